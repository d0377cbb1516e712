import { zgwRoute } from "@/lib/zgw";
import { gebruiksrechtBijwerken, gebruiksrechtLezen, gebruiksrechtVerwijderen } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("documenten", "gebruiksrechten_retrieve", gebruiksrechtLezen);
export const HEAD = zgwRoute<Params>("documenten", "gebruiksrechten_headers", gebruiksrechtLezen);
export const PUT = zgwRoute<Params>("documenten", "gebruiksrechten_update", gebruiksrechtBijwerken(false));
export const PATCH = zgwRoute<Params>("documenten", "gebruiksrechten_partial_update", gebruiksrechtBijwerken(true));
export const DELETE = zgwRoute<Params>("documenten", "gebruiksrechten_destroy", gebruiksrechtVerwijderen);
