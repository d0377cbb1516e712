import { leesInvoer, ok } from "@/lib/zaakafhandeling/route";
import { domeinToevoegen } from "@/lib/pabc/beheer";
import { DomeinInvoer } from "@/lib/pabc/beheer-contract";
import { pabcBeheerRoute } from "@/lib/pabc/beheer-route";

/** POST DomeinInvoer -> 201 { id }. */
export const POST = pabcBeheerRoute(async (ctx, request) => ok(await domeinToevoegen(ctx, await leesInvoer(request, DomeinInvoer)), 201));
