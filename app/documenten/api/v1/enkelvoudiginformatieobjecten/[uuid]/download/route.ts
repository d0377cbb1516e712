import { zgwRoute } from "@/lib/zgw";
import { documentDownload } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

export const GET = zgwRoute<{ uuid: string }>("documenten", "enkelvoudiginformatieobject_download", documentDownload);
