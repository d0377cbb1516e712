import { z } from "zod";
import { vereisInterneApiSleutel } from "@/lib/auth/interne-api";
import type { Database } from "@/lib/db";
import { AppError, invalidParamsFromZod } from "@/lib/errors";
import { json } from "@/lib/http";
import { notificatiesGeconfigureerd } from "./env";
import { outboxStatus, zetOpnieuwKlaar } from "./opslag";
import { notificatieWerker, wekNotificatieWerker } from "./start";

/**
 * Internal endpoints (X-API-KEY) for operators: the state of the notifications outbox and
 * re-sending failed notifications (Open Zaak's "failed notifications" admin).
 */

const GEEN_CACHE = { "Cache-Control": "no-store" };

const StatusQuery = z.object({ page: z.coerce.number().int().min(1).max(1_000_000).optional() }).strict();

/** GET /rest/internal/notificaties/status[?page=n] */
export async function notificatieStatus(request: Request, db: Database): Promise<Response> {
  vereisInterneApiSleutel(request);
  const url = new URL(request.url);
  const q = StatusQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!q.success) throw AppError.invalid("Ongeldige queryparameters.", invalidParamsFromZod(q.error));
  const status = await outboxStatus(db, q.data.page ?? 1);
  const werker = notificatieWerker();
  return json({ geconfigureerd: notificatiesGeconfigureerd(), werker: werker?.status ?? null, ...status }, { headers: GEEN_CACHE });
}

const RetryInvoer = z.union([
  z.object({ alle: z.literal(true) }).strict(),
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(1000) }).strict(),
]);

/** POST /rest/internal/notificaties/retry with `{"alle": true}` or `{"ids": [..]}`: failed -> waiting again. */
export async function notificatiesOpnieuw(request: Request, db: Database): Promise<Response> {
  vereisInterneApiSleutel(request);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw AppError.invalid('Verwacht een JSON-body: {"alle": true} of {"ids": [1, 2]}.');
  }
  const invoer = RetryInvoer.safeParse(body);
  if (!invoer.success) throw AppError.invalid('Verwacht {"alle": true} of {"ids": [1, 2]}.', invalidParamsFromZod(invoer.error));
  const aantal = await zetOpnieuwKlaar(db, "alle" in invoer.data ? "alle" : invoer.data.ids);
  wekNotificatieWerker();
  return json({ opnieuwKlaargezet: aantal }, { headers: GEEN_CACHE });
}
