import { zgwRoute } from "@/lib/zgw";
import { oioAanmaken, oioLijst } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("documenten", "objectinformatieobject_list", oioLijst);
export const POST = zgwRoute("documenten", "objectinformatieobject_create", oioAanmaken);
