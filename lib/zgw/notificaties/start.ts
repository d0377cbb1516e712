import { sql } from "drizzle-orm";
import type { Database, DatabaseHandle, Transaction } from "@/lib/db";
import { registreerGereedheidsControle } from "@/lib/health";
import type { Logger } from "@/lib/log";
import { notificatiesInstellingen } from "./env";
import { telOpenstaand } from "./opslag";
import { luisterNaarCommits, NotificatieWerker, WEK_KANAAL } from "./werker";

const WERKER_KEY = Symbol.for("zac.notificaties.werker");
type MetWerker = typeof globalThis & { [WERKER_KEY]?: NotificatieWerker };

/** The running worker of this process (the route handlers of a Next.js bundle see the same one). */
export function notificatieWerker(): NotificatieWerker | null {
  return (globalThis as MetWerker)[WERKER_KEY] ?? null;
}

/**
 * Starts the delivery worker when a Notificaties API is configured (returns null otherwise).
 * Kanaal registration runs in the worker, so an unreachable NRC never delays or stops start-up.
 * A URL without credentials throws (a configuration error the operator must fix).
 */
export async function startNotificaties(handle: DatabaseHandle, opties: { publicUrl: string; log: Logger }): Promise<NotificatieWerker | null> {
  const instellingen = notificatiesInstellingen();
  if (!instellingen) return null;
  const g = globalThis as MetWerker;
  if (g[WERKER_KEY]) return g[WERKER_KEY];
  const log = opties.log.child({ module: "notificaties" });
  const werker = new NotificatieWerker({
    db: handle.db,
    instellingen,
    publicUrl: opties.publicUrl,
    log,
    luister: luisterNaarCommits(handle, log),
  });
  g[WERKER_KEY] = werker;
  await werker.start();
  registreerNotificatieGereedheid(handle.db);
  log.info({ nrc: instellingen.apiUrl }, "notificaties: afleverwerker gestart");
  return werker;
}

/**
 * Stops the worker of this process (if any): waits for the sends in flight (at most one NRC
 * timeout) and hands claimed rows not yet tried back. server.ts calls it on SIGTERM/SIGINT
 * before closing the database.
 */
export async function stopNotificaties(): Promise<void> {
  const g = globalThis as MetWerker;
  const werker = g[WERKER_KEY];
  delete g[WERKER_KEY];
  await werker?.stop();
}

/** Let the worker look for work now (no-op when none runs in this process). */
export function wekNotificatieWerker(): void {
  notificatieWerker()?.wek();
}

/**
 * To be called in the transaction that writes outbox rows: wakes the worker(s) right after
 * COMMIT (PostgreSQL delivers NOTIFY only on commit, never on rollback), in every process.
 */
export async function meldNieuweNotificaties(tx: Database | Transaction): Promise<void> {
  await tx.execute(sql`select pg_notify(${WEK_KANAAL}, '')`);
}

/**
 * Readiness detail: always ok (an NRC outage must not take the app out of the load balancer;
 * notifications wait in the outbox), but says what is wrong.
 */
function registreerNotificatieGereedheid(db: Database): void {
  registreerGereedheidsControle("notificaties", async () => {
    const werker = notificatieWerker();
    const status = await telOpenstaand(db);
    const delen = [
      werker?.status.actief ? "afleverwerker actief" : "afleverwerker gestopt",
      `${status.wachtend} wachtend`,
      `${status.mislukt} mislukt`,
    ];
    if (status.oudsteWachtend) delen.push(`oudste wachtend sinds ${status.oudsteWachtend}`);
    if (werker && !werker.status.kanalenGeregistreerd) delen.push("kanalen nog niet geregistreerd");
    if (werker?.status.laatsteFout) delen.push(`laatste fout: ${werker.status.laatsteFout.slice(0, 200)}`);
    return { ok: true, detail: delen.join("; ") };
  });
}
