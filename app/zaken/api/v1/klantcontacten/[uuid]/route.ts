import { zgwRoute } from "@/lib/zgw";
import { klantcontactLezen } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

export const GET = zgwRoute<{ uuid: string }>("zaken", "klantcontact_retrieve", klantcontactLezen);
