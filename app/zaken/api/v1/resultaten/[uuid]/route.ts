import { zgwRoute } from "@/lib/zgw";
import { resultaatLezen, resultaatVervangen, resultaatVerwijderen, resultaatWijzigen } from "@/lib/zgw/zaken";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("zaken", "resultaat_retrieve", resultaatLezen);
export const HEAD = zgwRoute<Params>("zaken", "resultaat_headers", resultaatLezen);
export const PUT = zgwRoute<Params>("zaken", "resultaat_update", resultaatVervangen);
export const PATCH = zgwRoute<Params>("zaken", "resultaat_partial_update", resultaatWijzigen);
export const DELETE = zgwRoute<Params>("zaken", "resultaat_destroy", resultaatVerwijderen);
