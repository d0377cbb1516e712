import { zgwRoute } from "@/lib/zgw";
import { onderdeelAanmaken, onderdeelLijst } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("catalogi", "eigenschap_list", onderdeelLijst("eigenschap"));
export const POST = zgwRoute("catalogi", "eigenschap_create", onderdeelAanmaken("eigenschap"));
