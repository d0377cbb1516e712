import { leesInvoer, ok } from "@/lib/zaakafhandeling/route";
import { mappingToevoegen } from "@/lib/pabc/beheer";
import { MappingInvoer } from "@/lib/pabc/beheer-contract";
import { pabcBeheerRoute } from "@/lib/pabc/beheer-route";

/** POST MappingInvoer -> 201 { id }. */
export const POST = pabcBeheerRoute(async (ctx, request) => ok(await mappingToevoegen(ctx, await leesInvoer(request, MappingInvoer)), 201));
