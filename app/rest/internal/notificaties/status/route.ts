import { getDatabase } from "@/lib/db";
import { route } from "@/lib/http";
import { notificatieStatus } from "@/lib/zgw/notificaties";

export const dynamic = "force-dynamic";

/** State of the notifications outbox (X-API-KEY). */
export const GET = route(async (request) => notificatieStatus(request, (await getDatabase()).db));
