import { zgwRoute } from "@/lib/zgw";
import { statusAanmaken, statusLijst } from "@/lib/zgw/zaken";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("zaken", "status_list", statusLijst);
export const POST = zgwRoute("zaken", "status_create", statusAanmaken);
