import { z } from "zod";
import { zaakVerlengen, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { VerlengenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST {VerlengenInvoer}: 204, or 403 problem+json without the right (nothing changed). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const uuid = parseParam(params.uuid, z.uuid(), "zaak");
  await zaakVerlengen(ctx, uuid, await leesInvoer(request, VerlengenInvoer));
  return leeg();
});
