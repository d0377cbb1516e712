import { zgwRoute } from "@/lib/zgw";
import { metZaakParam, zaakbesluitLezen, zaakbesluitVerwijderen } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

// The zaak segment is `[uuid]` (shared with the zaak detail route); the OAS calls it zaak_uuid.
type Params = { uuid: string; zaakbesluit_uuid: string };
const pad = (p: Params) => ({ zaak_uuid: p.uuid, uuid: p.zaakbesluit_uuid });

export const GET = zgwRoute<Params>("zaken", "zaakbesluit_retrieve", metZaakParam(zaakbesluitLezen, pad));
export const DELETE = zgwRoute<Params>("zaken", "zaakbesluit_destroy", metZaakParam(zaakbesluitVerwijderen, pad));
