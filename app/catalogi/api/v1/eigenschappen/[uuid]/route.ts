import { zgwRoute } from "@/lib/zgw";
import { onderdeelBijwerken, onderdeelLezen, onderdeelVerwijderen } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("catalogi", "eigenschap_retrieve", onderdeelLezen("eigenschap"));
export const HEAD = zgwRoute<Params>("catalogi", "eigenschap_headers", onderdeelLezen("eigenschap"));
export const PUT = zgwRoute<Params>("catalogi", "eigenschap_update", onderdeelBijwerken("eigenschap", false));
export const PATCH = zgwRoute<Params>("catalogi", "eigenschap_partial_update", onderdeelBijwerken("eigenschap", true));
export const DELETE = zgwRoute<Params>("catalogi", "eigenschap_destroy", onderdeelVerwijderen("eigenschap"));
