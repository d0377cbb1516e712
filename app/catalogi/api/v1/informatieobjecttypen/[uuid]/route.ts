import { zgwRoute } from "@/lib/zgw";
import { hoofdBijwerken, hoofdLezen, hoofdVerwijderen } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("catalogi", "informatieobjecttype_retrieve", hoofdLezen("informatieobjecttype"));
export const HEAD = zgwRoute<Params>("catalogi", "informatieobjecttype_headers", hoofdLezen("informatieobjecttype"));
export const PUT = zgwRoute<Params>("catalogi", "informatieobjecttype_update", hoofdBijwerken("informatieobjecttype", false));
export const PATCH = zgwRoute<Params>("catalogi", "informatieobjecttype_partial_update", hoofdBijwerken("informatieobjecttype", true));
export const DELETE = zgwRoute<Params>("catalogi", "informatieobjecttype_destroy", hoofdVerwijderen("informatieobjecttype"));
