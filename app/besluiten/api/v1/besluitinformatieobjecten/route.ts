import { zgwRoute } from "@/lib/zgw";
import { bioAanmaken, bioLijst } from "@/lib/zgw/besluiten";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("besluiten", "besluitinformatieobject_list", bioLijst);
export const POST = zgwRoute("besluiten", "besluitinformatieobject_create", bioAanmaken);
