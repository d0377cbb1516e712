import { applicatieAanmaken, applicatieLijst } from "@/lib/zgw/autorisaties";
import { zgwRoute } from "@/lib/zgw";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("autorisaties", "applicatie_list", applicatieLijst);
export const POST = zgwRoute("autorisaties", "applicatie_create", applicatieAanmaken);
