import { zgwRoute } from "@/lib/zgw";
import { hoofdAanmaken, hoofdLijst } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("catalogi", "besluittype_list", hoofdLijst("besluittype"));
export const POST = zgwRoute("catalogi", "besluittype_create", hoofdAanmaken("besluittype"));
