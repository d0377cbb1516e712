import { z } from "zod";
import { taakAfronden, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { TaakAfrondenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST TaakAfrondenInvoer -> 204. */
export const POST = proxyRoute<{ id: string }>(async (ctx, request, params) => {
  await taakAfronden(ctx, parseParam(params.id, z.uuid(), "taak"), await leesInvoer(request, TaakAfrondenInvoer));
  return leeg();
});
