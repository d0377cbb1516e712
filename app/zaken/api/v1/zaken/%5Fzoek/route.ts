import { zgwRoute } from "@/lib/zgw";
import { zaakZoek } from "@/lib/zgw/zaken";

export const dynamic = "force-dynamic";

export const POST = zgwRoute("zaken", "zaak__zoek", zaakZoek);
