import { leesInvoer, ok, proxyRoute } from "@/lib/zaakafhandeling";
import { recenteOpdrachten, startOpdracht } from "@/lib/verdelen";
import { VerdeelInvoer } from "@/lib/verdelen/contract";

/** GET -> the user's recent verdeel-opdrachten (progress for the "lopende taken" area). */
export const GET = proxyRoute(async (ctx) => ok(await recenteOpdrachten(ctx.db, ctx.id)));

/**
 * POST {VerdeelInvoer} -> 202 {VerdeelOpdracht} (200 when this id was posted before); 403
 * problem+json without werklijst.zaken_taken_verdelen (nothing stored).
 */
export const POST = proxyRoute(async (ctx, request) => {
  const { opdracht, nieuw } = await startOpdracht(ctx, await leesInvoer(request, VerdeelInvoer));
  return ok(opdracht, nieuw ? 202 : 200);
});
