import { zgwRoute } from "@/lib/zgw";
import { onderdeelAanmaken, onderdeelLijst } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("catalogi", "resultaattype_list", onderdeelLijst("resultaattype"));
export const POST = zgwRoute("catalogi", "resultaattype_create", onderdeelAanmaken("resultaattype"));
