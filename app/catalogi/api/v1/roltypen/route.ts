import { zgwRoute } from "@/lib/zgw";
import { onderdeelAanmaken, onderdeelLijst } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("catalogi", "roltype_list", onderdeelLijst("roltype"));
export const POST = zgwRoute("catalogi", "roltype_create", onderdeelAanmaken("roltype"));
