import { zgwRoute } from "@/lib/zgw";
import { documentBijwerken, documentLezen, documentVerwijderen } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("documenten", "enkelvoudiginformatieobject_retrieve", documentLezen);
export const HEAD = zgwRoute<Params>("documenten", "enkelvoudiginformatieobject_headers", documentLezen);
export const PUT = zgwRoute<Params>("documenten", "enkelvoudiginformatieobject_update", documentBijwerken(false));
export const PATCH = zgwRoute<Params>("documenten", "enkelvoudiginformatieobject_partial_update", documentBijwerken(true));
export const DELETE = zgwRoute<Params>("documenten", "enkelvoudiginformatieobject_destroy", documentVerwijderen);
