import { zgwRoute } from "@/lib/zgw";
import { documentLock } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

export const POST = zgwRoute<{ uuid: string }>("documenten", "enkelvoudiginformatieobject_lock", documentLock);
