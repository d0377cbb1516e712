import { zgwRoute } from "@/lib/zgw";
import { klantcontactAanmaken, klantcontactLijst } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

export const GET = zgwRoute("zaken", "klantcontact_list", klantcontactLijst);
export const POST = zgwRoute("zaken", "klantcontact_create", klantcontactAanmaken);
