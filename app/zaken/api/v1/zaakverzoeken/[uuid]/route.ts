import { zgwRoute } from "@/lib/zgw";
import { zaakverzoekLezen, zaakverzoekVerwijderen } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("zaken", "zaakverzoek_retrieve", zaakverzoekLezen);
export const DELETE = zgwRoute<Params>("zaken", "zaakverzoek_destroy", zaakverzoekVerwijderen);
