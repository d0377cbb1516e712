import { zgwRoute } from "@/lib/zgw";
import { hoofdPubliceren } from "@/lib/zgw/catalogi";

export const dynamic = "force-dynamic";

type Params = { uuid: string };

export const POST = zgwRoute<Params>("catalogi", "besluittype_publish", hoofdPubliceren("besluittype"));
