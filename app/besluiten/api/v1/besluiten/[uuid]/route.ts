import { zgwRoute } from "@/lib/zgw";
import { besluitBijwerken, besluitLezen, besluitVerwijderen } from "@/lib/zgw/besluiten";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("besluiten", "besluit_read", besluitLezen);
export const HEAD = zgwRoute<Params>("besluiten", "besluit_headers", besluitLezen);
export const PUT = zgwRoute<Params>("besluiten", "besluit_update", besluitBijwerken(false));
export const PATCH = zgwRoute<Params>("besluiten", "besluit_partial_update", besluitBijwerken(true));
export const DELETE = zgwRoute<Params>("besluiten", "besluit_delete", besluitVerwijderen);
