import { zgwRoute } from "@/lib/zgw";
import { metZaakParam, zaakeigenschapBijwerken, zaakeigenschapLezen, zaakeigenschapVerwijderen } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

// The zaak segment is `[uuid]` (shared with the zaak detail route); the OAS calls it zaak_uuid.
type Params = { uuid: string; zaakeigenschap_uuid: string };
const pad = (p: Params) => ({ zaak_uuid: p.uuid, uuid: p.zaakeigenschap_uuid });

export const GET = zgwRoute<Params>("zaken", "zaakeigenschap_retrieve", metZaakParam(zaakeigenschapLezen, pad));
export const HEAD = zgwRoute<Params>("zaken", "zaakeigenschap_headers", metZaakParam(zaakeigenschapLezen, pad));
export const PUT = zgwRoute<Params>("zaken", "zaakeigenschap_update", metZaakParam(zaakeigenschapBijwerken(false), pad));
export const PATCH = zgwRoute<Params>("zaken", "zaakeigenschap_partial_update", metZaakParam(zaakeigenschapBijwerken(true), pad));
export const DELETE = zgwRoute<Params>("zaken", "zaakeigenschap_destroy", metZaakParam(zaakeigenschapVerwijderen, pad));
