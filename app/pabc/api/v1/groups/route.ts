import { route } from "@/lib/http";
import { groepenVerzoek, ingebouwdePabcContext } from "@/lib/pabc";

export const dynamic = "force-dynamic";

/** Built-in PABC: groups by application role and entity type (PABC contract). */
export const GET = route(async (request, { log }) => groepenVerzoek(request, await ingebouwdePabcContext(log)));
