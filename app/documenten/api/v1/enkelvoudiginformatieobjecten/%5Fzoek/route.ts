import { zgwRoute } from "@/lib/zgw";
import { documentZoek } from "@/lib/zgw/documenten";

export const dynamic = "force-dynamic";

/** `/_zoek`: the folder is named %5Fzoek because Next.js treats `_folders` as private. */
export const POST = zgwRoute("documenten", "enkelvoudiginformatieobject__zoek", documentZoek);
