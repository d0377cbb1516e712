import { zoekopdrachtVerwijderen } from "@/lib/werklijst/opslag";
import { leeg, parseParam, proxyRoute } from "@/lib/zaakafhandeling";
import { WerklijstNaam } from "@/lib/zaakafhandeling/contract";

/** DELETE -> 204 (own zoekopdracht only; another user's gives 404). */
export const DELETE = proxyRoute<{ lijst: string; id: string }>(async (ctx, _request, params) => {
  await zoekopdrachtVerwijderen(ctx.db, ctx.id, parseParam(params.lijst, WerklijstNaam, "werklijst"), params.id);
  return leeg();
});
