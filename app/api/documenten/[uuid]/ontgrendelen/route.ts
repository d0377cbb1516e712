import { z } from "zod";
import { documentOntgrendelen, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";

/** POST -> 204. */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, _request, params) => {
  await documentOntgrendelen(ctx, parseParam(params.uuid, z.uuid(), "document"));
  return leeg();
});
