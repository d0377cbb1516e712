import { route } from "@/lib/http";
import { applicatieRollenVerzoek, ingebouwdePabcContext } from "@/lib/pabc";

export const dynamic = "force-dynamic";

/** Built-in PABC: application roles per entity type for functional roles (PABC contract). */
export const POST = route(async (request, { log }) => applicatieRollenVerzoek(request, await ingebouwdePabcContext(log)));
