import { z } from "zod";
import { documentInhoud, parseParam, proxyRoute } from "@/lib/zaakafhandeling";

/** GET ?versie=n&inline=1 -> the content, streamed (inline only for PDF and images). */
export const GET = proxyRoute<{ uuid: string }>(async (ctx, request, params) => {
  const zoek = new URL(request.url).searchParams;
  const versie = zoek.get("versie");
  return documentInhoud(ctx, parseParam(params.uuid, z.uuid(), "document"), {
    versie: versie ? parseParam(versie, z.coerce.number().int().min(1), "versie") : undefined,
    inline: zoek.get("inline") === "1",
  });
});
