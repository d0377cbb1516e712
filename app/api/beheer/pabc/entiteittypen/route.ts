import { leesInvoer, ok } from "@/lib/zaakafhandeling/route";
import { entiteitTypeToevoegen } from "@/lib/pabc/beheer";
import { EntiteitTypeInvoer } from "@/lib/pabc/beheer-contract";
import { pabcBeheerRoute } from "@/lib/pabc/beheer-route";

/** POST EntiteitTypeInvoer -> 201 { id }. */
export const POST = pabcBeheerRoute(async (ctx, request) => ok(await entiteitTypeToevoegen(ctx, await leesInvoer(request, EntiteitTypeInvoer)), 201));
