import { zgwRoute } from "@/lib/zgw";
import { catalogusAanmaken, catalogusLijst } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("catalogi", "catalogus_list", catalogusLijst);
export const POST = zgwRoute("catalogi", "catalogus_create", catalogusAanmaken);
