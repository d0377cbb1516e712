import { zgwRoute } from "@/lib/zgw";
import { onderdeelAanmaken, onderdeelLijst } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("catalogi", "zaakobjecttype_list", onderdeelLijst("zaakobjecttype"));
export const POST = zgwRoute("catalogi", "zaakobjecttype_create", onderdeelAanmaken("zaakobjecttype"));
