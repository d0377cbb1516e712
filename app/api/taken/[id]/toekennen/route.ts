import { z } from "zod";
import { taakToekennen, leesInvoer, leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { ToekennenInvoer } from "@/lib/zaakafhandeling/contract";

/** POST ToekennenInvoer -> 204. */
export const POST = proxyRoute<{ id: string }>(async (ctx, request, params) => {
  await taakToekennen(ctx, parseParam(params.id, z.uuid(), "taak"), await leesInvoer(request, ToekennenInvoer));
  return leeg();
});
