import { zgwRoute } from "@/lib/zgw";
import { auditTrailLijst } from "@/lib/zgw/besluiten";

export const dynamic = "force-dynamic";

/** `uuid` is the OAS's `besluit_uuid` (one slug name per path level in Next.js). */
export const GET = zgwRoute<{ uuid: string }>("besluiten", "audittrail_list", auditTrailLijst);
