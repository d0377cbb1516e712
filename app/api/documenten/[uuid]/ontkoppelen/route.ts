import { z } from "zod";
import { documentOntkoppelen, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { DocumentOntkoppelenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST DocumentOntkoppelenInvoer -> 204. */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  await documentOntkoppelen(ctx, parseParam(params.uuid, z.uuid(), "document"), await leesInvoer(request, DocumentOntkoppelenInvoer));
  return leeg();
});
