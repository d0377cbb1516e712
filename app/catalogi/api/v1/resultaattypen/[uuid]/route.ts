import { zgwRoute } from "@/lib/zgw";
import { onderdeelBijwerken, onderdeelLezen, onderdeelVerwijderen } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("catalogi", "resultaattype_retrieve", onderdeelLezen("resultaattype"));
export const HEAD = zgwRoute<Params>("catalogi", "resultaattype_headers", onderdeelLezen("resultaattype"));
export const PUT = zgwRoute<Params>("catalogi", "resultaattype_update", onderdeelBijwerken("resultaattype", false));
export const PATCH = zgwRoute<Params>("catalogi", "resultaattype_partial_update", onderdeelBijwerken("resultaattype", true));
export const DELETE = zgwRoute<Params>("catalogi", "resultaattype_destroy", onderdeelVerwijderen("resultaattype"));
