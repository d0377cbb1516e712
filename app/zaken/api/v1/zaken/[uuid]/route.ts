import { zgwRoute } from "@/lib/zgw";
import { zaakHead, zaakLezen, zaakVervangen, zaakVerwijderen, zaakWijzigen } from "@/lib/zgw/zaken";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("zaken", "zaak_retrieve", zaakLezen);
export const HEAD = zgwRoute<Params>("zaken", "zaak_headers", zaakHead);
export const PUT = zgwRoute<Params>("zaken", "zaak_update", zaakVervangen);
export const PATCH = zgwRoute<Params>("zaken", "zaak_partial_update", zaakWijzigen);
export const DELETE = zgwRoute<Params>("zaken", "zaak_destroy", zaakVerwijderen);
