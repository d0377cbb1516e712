import { zgwRoute } from "@/lib/zgw";
import { rolLezen, rolVerwijderen } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("zaken", "rol_retrieve", rolLezen);
export const HEAD = zgwRoute<Params>("zaken", "rol_headers", rolLezen);
export const DELETE = zgwRoute<Params>("zaken", "rol_destroy", rolVerwijderen);
