import { zgwRoute } from "@/lib/zgw";
import { oioLezen, oioVerwijderen } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("documenten", "objectinformatieobject_retrieve", oioLezen);
export const HEAD = zgwRoute<Params>("documenten", "objectinformatieobject_headers", oioLezen);
export const DELETE = zgwRoute<Params>("documenten", "objectinformatieobject_destroy", oioVerwijderen);
