import { zgwRoute } from "@/lib/zgw";
import { zaakcontactmomentAanmaken, zaakcontactmomentLijst } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("zaken", "zaakcontactmoment_list", zaakcontactmomentLijst);
export const POST = zgwRoute("zaken", "zaakcontactmoment_create", zaakcontactmomentAanmaken);
