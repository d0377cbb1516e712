import { zgwRoute } from "@/lib/zgw";
import { zaakAudittrailDetail } from "@/lib/zgw/zaken";

export const dynamic = "force-dynamic";

export const GET = zgwRoute<{ uuid: string; audit_uuid: string }>("zaken", "audittrail_retrieve", zaakAudittrailDetail);
