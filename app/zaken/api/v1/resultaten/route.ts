import { zgwRoute } from "@/lib/zgw";
import { resultaatAanmaken, resultaatLijst } from "@/lib/zgw/zaken";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("zaken", "resultaat_list", resultaatLijst);
export const POST = zgwRoute("zaken", "resultaat_create", resultaatAanmaken);
