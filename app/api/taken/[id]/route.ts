import { z } from "zod";
import { leesInvoer, leeg, ok, parseParam, proxyRoute, taakDetail, taakWijzigen } from "@/lib/zaakafhandeling";
import { TaakWijzigenInvoer } from "@/lib/zaakafhandeling/contract";

/** GET -> TaakDetail. */
export const GET = proxyRoute<{ id: string }>(async (ctx, _request, params) => ok(await taakDetail(ctx, parseParam(params.id, z.uuid(), "taak"))));

/** PATCH TaakWijzigenInvoer -> 204. */
export const PATCH = proxyRoute<{ id: string }>(async (ctx, request, params) => {
  await taakWijzigen(ctx, parseParam(params.id, z.uuid(), "taak"), await leesInvoer(request, TaakWijzigenInvoer));
  return leeg();
});
