import { getDatabase } from "@/lib/db";
import { route } from "@/lib/http";
import { notificatiesOpnieuw } from "@/lib/zgw/notificaties";

export const dynamic = "force-dynamic";

/** Failed notifications back to waiting: `{"alle": true}` or `{"ids": [..]}` (X-API-KEY). */
export const POST = route(async (request) => notificatiesOpnieuw(request, (await getDatabase()).db));
