import { z } from "zod";
import { zaakStatusZetten, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { StatusInvoer } from "@/lib/zaakafhandeling/contract";

/** POST {StatusInvoer}: 204, or 403 problem+json without the right (nothing changed). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const uuid = parseParam(params.uuid, z.uuid(), "zaak");
  await zaakStatusZetten(ctx, uuid, await leesInvoer(request, StatusInvoer));
  return leeg();
});
