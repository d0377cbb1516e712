import { zgwRoute } from "@/lib/zgw";
import { statusLezen } from "@/lib/zgw/zaken";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("zaken", "status_retrieve", statusLezen);
export const HEAD = zgwRoute<Params>("zaken", "status_headers", statusLezen);
