import { z } from "zod";
import { zaakHervatten, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { HervattenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST {HervattenInvoer}: 204, or 403 problem+json without the right (nothing changed). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const uuid = parseParam(params.uuid, z.uuid(), "zaak");
  await zaakHervatten(ctx, uuid, await leesInvoer(request, HervattenInvoer));
  return leeg();
});
