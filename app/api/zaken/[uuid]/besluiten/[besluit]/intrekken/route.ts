import { z } from "zod";
import { besluitIntrekken, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { BesluitIntrekkenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST BesluitIntrekkenInvoer -> 204. */
export const POST = proxyRoute<{ uuid: string; besluit: string }>(async (ctx, request, params) => {
  await besluitIntrekken(ctx, parseParam(params.uuid, z.uuid(), "zaak"), parseParam(params.besluit, z.uuid(), "besluit"), await leesInvoer(request, BesluitIntrekkenInvoer));
  return leeg();
});
