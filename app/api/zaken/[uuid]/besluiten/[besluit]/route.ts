import { z } from "zod";
import { besluitWijzigen, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { BesluitWijzigenInvoer } from "@/lib/zaakafhandeling/contract";

/** PATCH BesluitWijzigenInvoer -> 204. */
export const PATCH = proxyRoute<{ uuid: string; besluit: string }>(async (ctx, request, params) => {
  await besluitWijzigen(ctx, parseParam(params.uuid, z.uuid(), "zaak"), parseParam(params.besluit, z.uuid(), "besluit"), await leesInvoer(request, BesluitWijzigenInvoer));
  return leeg();
});
