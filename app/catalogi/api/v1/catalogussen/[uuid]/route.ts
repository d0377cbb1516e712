import { zgwRoute } from "@/lib/zgw";
import { catalogusLezen } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const GET = zgwRoute<Params>("catalogi", "catalogus_retrieve", catalogusLezen);
export const HEAD = zgwRoute<Params>("catalogi", "catalogus_headers", catalogusLezen);
