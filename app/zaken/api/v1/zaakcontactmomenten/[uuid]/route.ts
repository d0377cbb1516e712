import { zgwRoute } from "@/lib/zgw";
import { zaakcontactmomentLezen, zaakcontactmomentVerwijderen } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("zaken", "zaakcontactmoment_retrieve", zaakcontactmomentLezen);
export const DELETE = zgwRoute<Params>("zaken", "zaakcontactmoment_destroy", zaakcontactmomentVerwijderen);
