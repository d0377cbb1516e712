import { zgwRoute } from "@/lib/zgw";
import { auditTrailDetail } from "@/lib/zgw/besluiten";

export const dynamic = "force-dynamic";

/** `uuid` is the OAS's `besluit_uuid`, `audit_uuid` its `uuid` (one slug name per path level in Next.js). */
export const GET = zgwRoute<{ uuid: string; audit_uuid: string }>("besluiten", "audittrail_read", auditTrailDetail);
