import { ok } from "@/lib/zaakafhandeling/route";
import { pabcOverzicht } from "@/lib/pabc/beheer";
import { pabcBeheerRoute } from "@/lib/pabc/beheer-route";

export const dynamic = "force-dynamic";

/** GET -> PabcOverzicht (everything of the built-in PABC; `extern` with PABC_URL). */
export const GET = pabcBeheerRoute(async (ctx) => ok(await pabcOverzicht(ctx)));
