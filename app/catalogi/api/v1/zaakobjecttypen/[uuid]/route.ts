import { zgwRoute } from "@/lib/zgw";
import { onderdeelBijwerken, onderdeelLezen, onderdeelVerwijderen } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("catalogi", "zaakobjecttype_retrieve", onderdeelLezen("zaakobjecttype"));
export const HEAD = zgwRoute<Params>("catalogi", "zaakobjecttype_headers", onderdeelLezen("zaakobjecttype"));
export const PUT = zgwRoute<Params>("catalogi", "zaakobjecttype_update", onderdeelBijwerken("zaakobjecttype", false));
export const PATCH = zgwRoute<Params>("catalogi", "zaakobjecttype_partial_update", onderdeelBijwerken("zaakobjecttype", true));
export const DELETE = zgwRoute<Params>("catalogi", "zaakobjecttype_destroy", onderdeelVerwijderen("zaakobjecttype"));
