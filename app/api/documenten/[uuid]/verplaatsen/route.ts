import { z } from "zod";
import { documentVerplaatsen, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { VerplaatsenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST VerplaatsenInvoer -> 204. */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  await documentVerplaatsen(ctx, parseParam(params.uuid, z.uuid(), "document"), await leesInvoer(request, VerplaatsenInvoer));
  return leeg();
});
