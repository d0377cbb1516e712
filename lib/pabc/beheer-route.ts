/**
 * The route wrapper of app/api/beheer/pabc/**: session -> policy "overig.beheren" (deny by
 * default, 403 problem+json) -> the beheer context (database, external PABC or not).
 * The proxy (proxy.ts) already refuses non-beheerders on /api/beheer; the handler asks the
 * policy itself as well, so the right holds even if the route is reached another way.
 */
import { getConfig } from "@/lib/config";
import { assertRecht } from "@/lib/policy";
import { overigeRechtenVoor } from "@/lib/zaakafhandeling/feiten";
import { proxyRoute } from "@/lib/zaakafhandeling/route";
import type { PabcBeheerContext } from "./beheer";

export function pabcBeheerRoute<P = Record<string, string>>(
  handler: (ctx: PabcBeheerContext, request: Request, params: P) => Promise<Response>,
) {
  return proxyRoute<P>(async (medewerker, request, params) => {
    assertRecht(overigeRechtenVoor(medewerker), "overig.beheren", "het beheer van PABC");
    return handler({ db: medewerker.db, extern: Boolean(getConfig().PABC_URL) }, request, params);
  });
}
