import { zgwRoute } from "@/lib/zgw";
import { hoofdAanmaken, hoofdLijst } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("catalogi", "informatieobjecttype_list", hoofdLijst("informatieobjecttype"));
export const POST = zgwRoute("catalogi", "informatieobjecttype_create", hoofdAanmaken("informatieobjecttype"));
