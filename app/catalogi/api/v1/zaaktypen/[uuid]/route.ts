import { zgwRoute } from "@/lib/zgw";
import { hoofdBijwerken, hoofdLezen, hoofdVerwijderen } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("catalogi", "zaaktype_retrieve", hoofdLezen("zaaktype"));
export const HEAD = zgwRoute<Params>("catalogi", "zaaktype_headers", hoofdLezen("zaaktype"));
export const PUT = zgwRoute<Params>("catalogi", "zaaktype_update", hoofdBijwerken("zaaktype", false));
export const PATCH = zgwRoute<Params>("catalogi", "zaaktype_partial_update", hoofdBijwerken("zaaktype", true));
export const DELETE = zgwRoute<Params>("catalogi", "zaaktype_destroy", hoofdVerwijderen("zaaktype"));
