import { z } from "zod";
import { leesInvoer, leeg, ok, parseParam } from "@/lib/zaakafhandeling/route";
import { entiteitTypeWijzigen, entiteitTypeVerwijderen } from "@/lib/pabc/beheer";
import { EntiteitTypeInvoer } from "@/lib/pabc/beheer-contract";
import { pabcBeheerRoute } from "@/lib/pabc/beheer-route";

/** PUT EntiteitTypeInvoer -> 200 { id }. */
export const PUT = pabcBeheerRoute<{ id: string }>(async (ctx, request, params) =>
  ok(await entiteitTypeWijzigen(ctx, parseParam(params.id, z.uuid(), "zaaktype"), await leesInvoer(request, EntiteitTypeInvoer))),
);

/** DELETE -> 204 (409 while still in use). */
export const DELETE = pabcBeheerRoute<{ id: string }>(async (ctx, _request, params) => {
  await entiteitTypeVerwijderen(ctx, parseParam(params.id, z.uuid(), "zaaktype"));
  return leeg();
});
