import { z } from "zod";
import { zaakKoppelenActie, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { KoppelenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST {KoppelenInvoer}: 204, or 403 problem+json without the right (nothing changed). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const uuid = parseParam(params.uuid, z.uuid(), "zaak");
  await zaakKoppelenActie(ctx, uuid, await leesInvoer(request, KoppelenInvoer));
  return leeg();
});
