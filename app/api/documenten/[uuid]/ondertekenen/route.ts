import { z } from "zod";
import { documentOndertekenen, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";

/** POST -> 204. */
export const POST = proxyRoute<{ uuid: string }>(async (ctx, _request, params) => {
  await documentOndertekenen(ctx, parseParam(params.uuid, z.uuid(), "document"));
  return leeg();
});
