import { zgwRoute } from "@/lib/zgw";
import { verzendingBijwerken, verzendingLezen, verzendingVerwijderen } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("documenten", "verzending_retrieve", verzendingLezen);
export const HEAD = zgwRoute<Params>("documenten", "verzending_headers", verzendingLezen);
export const PUT = zgwRoute<Params>("documenten", "verzending_update", verzendingBijwerken(false));
export const PATCH = zgwRoute<Params>("documenten", "verzending_partial_update", verzendingBijwerken(true));
export const DELETE = zgwRoute<Params>("documenten", "verzending_destroy", verzendingVerwijderen);
