import { z } from "zod";
import { zaakAfhandelen, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { AfhandelenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST {AfhandelenInvoer}: 204, or 403 problem+json without the right (nothing changed). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const uuid = parseParam(params.uuid, z.uuid(), "zaak");
  await zaakAfhandelen(ctx, uuid, await leesInvoer(request, AfhandelenInvoer));
  return leeg();
});
