import { z } from "zod";
import { zaakAfbreken, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { AfbrekenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST {AfbrekenInvoer}: 204, or 403 problem+json without the right (nothing changed). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const uuid = parseParam(params.uuid, z.uuid(), "zaak");
  await zaakAfbreken(ctx, uuid, await leesInvoer(request, AfbrekenInvoer));
  return leeg();
});
