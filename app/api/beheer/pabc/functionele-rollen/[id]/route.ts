import { z } from "zod";
import { leesInvoer, leeg, ok, parseParam } from "@/lib/zaakafhandeling/route";
import { functioneleRolWijzigen, functioneleRolVerwijderen } from "@/lib/pabc/beheer";
import { FunctioneleRolInvoer } from "@/lib/pabc/beheer-contract";
import { pabcBeheerRoute } from "@/lib/pabc/beheer-route";

/** PUT FunctioneleRolInvoer -> 200 { id }. */
export const PUT = pabcBeheerRoute<{ id: string }>(async (ctx, request, params) =>
  ok(await functioneleRolWijzigen(ctx, parseParam(params.id, z.uuid(), "functionele rol"), await leesInvoer(request, FunctioneleRolInvoer))),
);

/** DELETE -> 204 (409 while still in use). */
export const DELETE = pabcBeheerRoute<{ id: string }>(async (ctx, _request, params) => {
  await functioneleRolVerwijderen(ctx, parseParam(params.id, z.uuid(), "functionele rol"));
  return leeg();
});
