import { zgwRoute } from "@/lib/zgw";
import { rolAanmaken, rolLijst } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("zaken", "rol_list", rolLijst);
export const POST = zgwRoute("zaken", "rol_create", rolAanmaken);
