import { zgwRoute } from "@/lib/zgw";
import { documentUnlock } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

export const POST = zgwRoute<{ uuid: string }>("documenten", "enkelvoudiginformatieobject_unlock", documentUnlock);
