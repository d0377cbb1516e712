import { zgwRoute } from "@/lib/zgw";
import { metZaakParam, zaakeigenschapAanmaken, zaakeigenschapLijst } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

// The zaak segment is `[uuid]` (shared with the zaak detail route); the OAS calls it zaak_uuid.
type Params = { uuid: string };
const pad = (p: Params) => ({ zaak_uuid: p.uuid });

export const GET = zgwRoute<Params>("zaken", "zaakeigenschap_list", metZaakParam(zaakeigenschapLijst, pad));
export const POST = zgwRoute<Params>("zaken", "zaakeigenschap_create", metZaakParam(zaakeigenschapAanmaken, pad));
