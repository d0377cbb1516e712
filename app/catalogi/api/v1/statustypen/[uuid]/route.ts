import { zgwRoute } from "@/lib/zgw";
import { onderdeelBijwerken, onderdeelLezen, onderdeelVerwijderen } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("catalogi", "statustype_retrieve", onderdeelLezen("statustype"));
export const HEAD = zgwRoute<Params>("catalogi", "statustype_headers", onderdeelLezen("statustype"));
export const PUT = zgwRoute<Params>("catalogi", "statustype_update", onderdeelBijwerken("statustype", false));
export const PATCH = zgwRoute<Params>("catalogi", "statustype_partial_update", onderdeelBijwerken("statustype", true));
export const DELETE = zgwRoute<Params>("catalogi", "statustype_destroy", onderdeelVerwijderen("statustype"));
