import { z } from "zod";
import { zaakHeropenen, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { HeropenenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST {HeropenenInvoer}: 204, or 403 problem+json without the right (nothing changed). */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const uuid = parseParam(params.uuid, z.uuid(), "zaak");
  await zaakHeropenen(ctx, uuid, await leesInvoer(request, HeropenenInvoer));
  return leeg();
});
