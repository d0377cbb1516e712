import { leesInvoer, ok } from "@/lib/zaakafhandeling/route";
import { functioneleRolToevoegen } from "@/lib/pabc/beheer";
import { FunctioneleRolInvoer } from "@/lib/pabc/beheer-contract";
import { pabcBeheerRoute } from "@/lib/pabc/beheer-route";

/** POST FunctioneleRolInvoer -> 201 { id }. */
export const POST = pabcBeheerRoute(async (ctx, request) => ok(await functioneleRolToevoegen(ctx, await leesInvoer(request, FunctioneleRolInvoer)), 201));
