import { z } from "zod";
import { documentVergrendelen, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";

/** POST -> 204. */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, _request, params) => {
  await documentVergrendelen(ctx, parseParam(params.uuid, z.uuid(), "document"));
  return leeg();
});
