import { zgwRoute } from "@/lib/zgw";
import { zaakobjectBijwerken, zaakobjectLezen, zaakobjectVerwijderen } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("zaken", "zaakobject_retrieve", zaakobjectLezen);
export const HEAD = zgwRoute<Params>("zaken", "zaakobject_headers", zaakobjectLezen);
export const PUT = zgwRoute<Params>("zaken", "zaakobject_update", zaakobjectBijwerken(false));
export const PATCH = zgwRoute<Params>("zaken", "zaakobject_partial_update", zaakobjectBijwerken(true));
export const DELETE = zgwRoute<Params>("zaken", "zaakobject_destroy", zaakobjectVerwijderen);
