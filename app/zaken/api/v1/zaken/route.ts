import { zgwRoute } from "@/lib/zgw";
import { zaakAanmaken, zaakLijst } from "@/lib/zgw/zaken";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("zaken", "zaak_list", zaakLijst);
export const POST = zgwRoute("zaken", "zaak_create", zaakAanmaken);
