import { zgwRoute } from "@/lib/zgw";
import { auditTrailLijst } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

/** `uuid` is the OAS's `enkelvoudiginformatieobject_uuid` (one slug name per path level in Next.js). */
export const GET = zgwRoute<{ uuid: string }>("documenten", "audittrail_list", auditTrailLijst);
