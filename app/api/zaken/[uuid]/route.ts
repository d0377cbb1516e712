import { z } from "zod";
import { leesInvoer, leeg, ok, parseParam, proxyRoute, zaakDetail, zaakWijzigen } from "@/lib/zaakafhandeling";
import { ZaakWijzigenInvoer } from "@/lib/zaakafhandeling/contract";

/** GET -> ZaakDetail (403 when the user may not read the zaak). */
export const GET = proxyRoute<{ uuid: string }>(async (ctx, _request, params) => ok(await zaakDetail(ctx, parseParam(params.uuid, z.uuid(), "zaak"))));

/** PATCH ZaakWijzigenInvoer (with reden) -> 204. */
export const PATCH = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  await zaakWijzigen(ctx, parseParam(params.uuid, z.uuid(), "zaak"), await leesInvoer(request, ZaakWijzigenInvoer));
  return leeg();
});
