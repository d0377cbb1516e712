import { zgwRoute } from "@/lib/zgw";
import { onderdeelBijwerken, onderdeelLezen, onderdeelVerwijderen } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("catalogi", "roltype_retrieve", onderdeelLezen("roltype"));
export const HEAD = zgwRoute<Params>("catalogi", "roltype_headers", onderdeelLezen("roltype"));
export const PUT = zgwRoute<Params>("catalogi", "roltype_update", onderdeelBijwerken("roltype", false));
export const PATCH = zgwRoute<Params>("catalogi", "roltype_partial_update", onderdeelBijwerken("roltype", true));
export const DELETE = zgwRoute<Params>("catalogi", "roltype_destroy", onderdeelVerwijderen("roltype"));
