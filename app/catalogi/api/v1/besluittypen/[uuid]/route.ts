import { zgwRoute } from "@/lib/zgw";
import { hoofdBijwerken, hoofdLezen, hoofdVerwijderen } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("catalogi", "besluittype_retrieve", hoofdLezen("besluittype"));
export const HEAD = zgwRoute<Params>("catalogi", "besluittype_headers", hoofdLezen("besluittype"));
export const PUT = zgwRoute<Params>("catalogi", "besluittype_update", hoofdBijwerken("besluittype", false));
export const PATCH = zgwRoute<Params>("catalogi", "besluittype_partial_update", hoofdBijwerken("besluittype", true));
export const DELETE = zgwRoute<Params>("catalogi", "besluittype_destroy", hoofdVerwijderen("besluittype"));
