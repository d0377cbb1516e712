import { applicatieLezen, applicatieVervangen, applicatieVerwijderen, applicatieWijzigen } from "@/lib/zgw/autorisaties";
import { zgwRoute } from "@/lib/zgw";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("autorisaties", "applicatie_read", applicatieLezen);
export const PUT = zgwRoute<Params>("autorisaties", "applicatie_update", applicatieVervangen);
export const PATCH = zgwRoute<Params>("autorisaties", "applicatie_partial_update", applicatieWijzigen);
export const DELETE = zgwRoute<Params>("autorisaties", "applicatie_delete", applicatieVerwijderen);
