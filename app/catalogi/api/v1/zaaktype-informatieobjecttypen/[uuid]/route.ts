import { zgwRoute } from "@/lib/zgw";
import { onderdeelBijwerken, onderdeelLezen, onderdeelVerwijderen } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("catalogi", "zaakinformatieobjecttype_retrieve", onderdeelLezen("zaaktype-informatieobjecttype"));
export const HEAD = zgwRoute<Params>("catalogi", "zaakinformatieobjecttype_headers", onderdeelLezen("zaaktype-informatieobjecttype"));
export const PUT = zgwRoute<Params>("catalogi", "zaakinformatieobjecttype_update", onderdeelBijwerken("zaaktype-informatieobjecttype", false));
export const PATCH = zgwRoute<Params>("catalogi", "zaakinformatieobjecttype_partial_update", onderdeelBijwerken("zaaktype-informatieobjecttype", true));
export const DELETE = zgwRoute<Params>("catalogi", "zaakinformatieobjecttype_destroy", onderdeelVerwijderen("zaaktype-informatieobjecttype"));
