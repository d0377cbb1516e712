import { zgwRoute } from "@/lib/zgw";
import { zaakobjectAanmaken, zaakobjectLijst } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("zaken", "zaakobject_list", zaakobjectLijst);
export const POST = zgwRoute("zaken", "zaakobject_create", zaakobjectAanmaken);
