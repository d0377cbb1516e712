import { z } from "zod";
import { leesInvoer, leeg, ok, parseParam } from "@/lib/zaakafhandeling/route";
import { mappingWijzigen, mappingVerwijderen } from "@/lib/pabc/beheer";
import { MappingInvoer } from "@/lib/pabc/beheer-contract";
import { pabcBeheerRoute } from "@/lib/pabc/beheer-route";

/** PUT MappingInvoer -> 200 { id }. */
export const PUT = pabcBeheerRoute<{ id: string }>(async (ctx, request, params) =>
  ok(await mappingWijzigen(ctx, parseParam(params.id, z.uuid(), "mapping"), await leesInvoer(request, MappingInvoer))),
);

/** DELETE -> 204 (409 while still in use). */
export const DELETE = pabcBeheerRoute<{ id: string }>(async (ctx, _request, params) => {
  await mappingVerwijderen(ctx, parseParam(params.id, z.uuid(), "mapping"));
  return leeg();
});
