import { zgwRoute } from "@/lib/zgw";
import { onderdeelAanmaken, onderdeelLijst } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("catalogi", "statustype_list", onderdeelLijst("statustype"));
export const POST = zgwRoute("catalogi", "statustype_create", onderdeelAanmaken("statustype"));
