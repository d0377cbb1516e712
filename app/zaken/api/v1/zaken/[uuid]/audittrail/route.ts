import { zgwRoute } from "@/lib/zgw";
import { zaakAudittrailLijst } from "@/lib/zgw/zaken";

export const dynamic = "force-dynamic";

// The OAS names the zaak `zaak_uuid`; Next.js needs one slug name per level ([uuid]).
export const GET = zgwRoute<{ uuid: string }>("zaken", "audittrail_list", zaakAudittrailLijst);
