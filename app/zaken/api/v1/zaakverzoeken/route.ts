import { zgwRoute } from "@/lib/zgw";
import { zaakverzoekAanmaken, zaakverzoekLijst } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("zaken", "zaakverzoek_list", zaakverzoekLijst);
export const POST = zgwRoute("zaken", "zaakverzoek_create", zaakverzoekAanmaken);
