import { zgwRoute } from "@/lib/zgw";
import { onderdeelAanmaken, onderdeelLijst } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("catalogi", "zaakinformatieobjecttype_list", onderdeelLijst("zaaktype-informatieobjecttype"));
export const POST = zgwRoute("catalogi", "zaakinformatieobjecttype_create", onderdeelAanmaken("zaaktype-informatieobjecttype"));
