import { z } from "zod";
import { zaakToekennen, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { ToekennenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST {ToekennenInvoer}: 204, or 403 problem+json without the right (nothing changed). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const uuid = parseParam(params.uuid, z.uuid(), "zaak");
  await zaakToekennen(ctx, uuid, await leesInvoer(request, ToekennenInvoer));
  return leeg();
});
