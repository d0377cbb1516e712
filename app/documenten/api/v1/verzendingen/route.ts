import { zgwRoute } from "@/lib/zgw";
import { verzendingAanmaken, verzendingLijst } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("documenten", "verzending_list", verzendingLijst);
export const POST = zgwRoute("documenten", "verzending_create", verzendingAanmaken);
