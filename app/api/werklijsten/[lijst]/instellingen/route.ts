import { instellingen, instellingenOpslaan } from "@/lib/werklijst/opslag";
import { leesInvoer, ok, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { WerklijstInstellingenInvoer, WerklijstNaam } from "@/lib/zaakafhandeling/contract";

/** GET -> WerklijstInstellingen of the user for this list. */
export const GET = proxyRoute<{ lijst: string }>(async (ctx, _request, params) => ok(await instellingen(ctx.db, ctx.id, parseParam(params.lijst, WerklijstNaam, "werklijst"))));

/** PUT WerklijstInstellingenInvoer -> WerklijstInstellingen (own settings only). */
export const PUT = proxyRoute<{ lijst: string }>(async (ctx, request, params) => {
  const lijst = parseParam(params.lijst, WerklijstNaam, "werklijst");
  return ok(await instellingenOpslaan(ctx.db, ctx.id, lijst, await leesInvoer(request, WerklijstInstellingenInvoer)));
});
