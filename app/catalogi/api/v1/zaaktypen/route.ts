import { zgwRoute } from "@/lib/zgw";
import { hoofdAanmaken, hoofdLijst } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("catalogi", "zaaktype_list", hoofdLijst("zaaktype"));
export const POST = zgwRoute("catalogi", "zaaktype_create", hoofdAanmaken("zaaktype"));
