import { ok, proxyRoute, zaaktypeKeuzes } from "@/lib/zaakafhandeling";

/** GET -> ZaaktypeKeuze[]: the zaaktypen the user may read, with magStarten. */
export const GET = proxyRoute(async (ctx) => ok(await zaaktypeKeuzes(ctx)));
