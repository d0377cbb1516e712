import { z } from "zod";
import { betrokkeneVerwijderen, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { RedenInvoer } from "@/lib/zaakafhandeling/contract";

/** DELETE (optional body RedenInvoer) -> 204. */
export const DELETE = proxyRoute<{ uuid: string; rol: string }>(async (ctx, request, params) => {
  const { reden } = await leesInvoer(request, RedenInvoer);
  await betrokkeneVerwijderen(ctx, parseParam(params.uuid, z.uuid(), "zaak"), parseParam(params.rol, z.uuid(), "betrokkene"), reden);
  return leeg();
});
