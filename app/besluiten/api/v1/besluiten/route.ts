import { zgwRoute } from "@/lib/zgw";
import { besluitAanmaken, besluitLijst } from "@/lib/zgw/besluiten";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("besluiten", "besluit_list", besluitLijst);
export const POST = zgwRoute("besluiten", "besluit_create", besluitAanmaken);
