import { zgwRoute } from "@/lib/zgw";
import { documentAanmaken, documentLijst } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("documenten", "enkelvoudiginformatieobject_list", documentLijst);
export const POST = zgwRoute("documenten", "enkelvoudiginformatieobject_create", documentAanmaken);
