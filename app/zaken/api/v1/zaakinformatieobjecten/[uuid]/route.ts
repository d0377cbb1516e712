import { zgwRoute } from "@/lib/zgw";
import { zioBijwerken, zioLezen, zioVerwijderen } from "@/lib/zgw/zaken/relaties";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("zaken", "zaakinformatieobject_retrieve", zioLezen);
export const HEAD = zgwRoute<Params>("zaken", "zaakinformatieobject_headers", zioLezen);
export const PUT = zgwRoute<Params>("zaken", "zaakinformatieobject_update", zioBijwerken(false));
export const PATCH = zgwRoute<Params>("zaken", "zaakinformatieobject_partial_update", zioBijwerken(true));
export const DELETE = zgwRoute<Params>("zaken", "zaakinformatieobject_destroy", zioVerwijderen);
