import { zgwRoute } from "@/lib/zgw";
import { gebruiksrechtAanmaken, gebruiksrechtLijst } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("documenten", "gebruiksrechten_list", gebruiksrechtLijst);
export const POST = zgwRoute("documenten", "gebruiksrechten_create", gebruiksrechtAanmaken);
