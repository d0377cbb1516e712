import { zgwRoute } from "@/lib/zgw";
import { metZaakParam, zaakbesluitAanmaken, zaakbesluitLijst } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

// The zaak segment is `[uuid]` (shared with the zaak detail route); the OAS calls it zaak_uuid.
type Params = { uuid: string };
const pad = (p: Params) => ({ zaak_uuid: p.uuid });

export const GET = zgwRoute<Params>("zaken", "zaakbesluit_list", metZaakParam(zaakbesluitLijst, pad));
export const POST = zgwRoute<Params>("zaken", "zaakbesluit_create", metZaakParam(zaakbesluitAanmaken, pad));
