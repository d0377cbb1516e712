import { z } from "zod";
import { leesInvoer, leeg, ok, parseParam } from "@/lib/zaakafhandeling/route";
import { domeinWijzigen, domeinVerwijderen } from "@/lib/pabc/beheer";
import { DomeinInvoer } from "@/lib/pabc/beheer-contract";
import { pabcBeheerRoute } from "@/lib/pabc/beheer-route";

/** PUT DomeinInvoer -> 200 { id }. */
export const PUT = pabcBeheerRoute<{ id: string }>(async (ctx, request, params) =>
  ok(await domeinWijzigen(ctx, parseParam(params.id, z.uuid(), "domein"), await leesInvoer(request, DomeinInvoer))),
);

/** DELETE -> 204 (409 while still in use). */
export const DELETE = pabcBeheerRoute<{ id: string }>(async (ctx, _request, params) => {
  await domeinVerwijderen(ctx, parseParam(params.id, z.uuid(), "domein"));
  return leeg();
});
