import { z } from "zod";
import { zaakOpschorten, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { OpschortenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST {OpschortenInvoer}: 204, or 403 problem+json without the right (nothing changed). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const uuid = parseParam(params.uuid, z.uuid(), "zaak");
  await zaakOpschorten(ctx, uuid, await leesInvoer(request, OpschortenInvoer));
  return leeg();
});
