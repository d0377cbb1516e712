import { zgwRoute } from "@/lib/zgw";
import { zioAanmaken, zioLijst } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("zaken", "zaakinformatieobject_list", zioLijst);
export const POST = zgwRoute("zaken", "zaakinformatieobject_create", zioAanmaken);
