import { vereisBeheren, zaaktypenOverzicht } from "@/lib/zaakafhandelparameters/beheer";
import { ok, proxyRoute } from "@/lib/zaakafhandeling";

/** GET -> ZaaktypeInrichting[]: every current zaaktype, its status and what is missing (403 without overig.beheren). */
export const GET = proxyRoute(async (ctx) => {
  vereisBeheren(ctx);
  return ok(await zaaktypenOverzicht(ctx));
});
