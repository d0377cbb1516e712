import { zgwRoute } from "@/lib/zgw";
import { bioLezen, bioVerwijderen } from "@/lib/zgw/besluiten";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("besluiten", "besluitinformatieobject_read", bioLezen);
export const HEAD = zgwRoute<Params>("besluiten", "besluitinformatieobject_headers", bioLezen);
export const DELETE = zgwRoute<Params>("besluiten", "besluitinformatieobject_delete", bioVerwijderen);
