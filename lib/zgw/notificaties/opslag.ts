import { and, asc, count, desc, eq, inArray, isNotNull, min, sql } from "drizzle-orm";
import { selectRows, type Database, type Transaction } from "@/lib/db";
import { zgwNotificatieUitgaand as uitgaand } from "../gebeurtenissen/schema";

type Db = Database | Transaction;

export type NotificatieStatus = "wachtend" | "afgeleverd" | "mislukt";

export interface GeclaimdeNotificatie {
  id: number;
  hoofdObject: string;
  bericht: Record<string, unknown>;
  /** Attempts including this one (a fencing token: only this claim may settle the row). */
  pogingen: number;
}

/**
 * Claims up to `max` due rows for delivery and leases them for `leaseMs`: the attempt is
 * counted and `volgende_poging_op` moves past the lease, so no other worker takes them while
 * they are being sent. FOR UPDATE SKIP LOCKED makes two concurrent claims disjoint. Only the
 * oldest waiting row of each hoofdObject is eligible, so one main object's notifications
 * go out in creation order (a row in back-off holds back the later ones). A worker that dies
 * leaves its rows waiting; they are claimed again when the lease has run out (at-least-once).
 */
export async function claimNotificaties(db: Database, max: number, leaseMs: number): Promise<GeclaimdeNotificatie[]> {
  const rijen = await selectRows<{ id: string | number; hoofd_object: string; bericht: unknown; pogingen: number }>(
    db,
    sql`with kandidaten as (
          select o.id from ${uitgaand} o
          where o.status = 'wachtend' and o.volgende_poging_op <= now()
            and not exists (
              select 1 from ${uitgaand} e
              where e.hoofd_object = o.hoofd_object and e.status = 'wachtend' and e.id < o.id)
          order by o.id
          limit ${max}
          for update of o skip locked)
        update ${uitgaand} u
           set pogingen = u.pogingen + 1,
               volgende_poging_op = now() + make_interval(secs => ${leaseMs / 1000})
          from kandidaten k
         where u.id = k.id
        returning u.id, u.hoofd_object, u.bericht, u.pogingen`,
  );
  return rijen
    .map((r) => ({
      id: Number(r.id),
      hoofdObject: r.hoofd_object,
      bericht: (typeof r.bericht === "string" ? JSON.parse(r.bericht) : r.bericht) as Record<string, unknown>,
      pogingen: Number(r.pogingen),
    }))
    .sort((a, b) => a.id - b.id);
}

/** Only the claim that made attempt `pogingen` may settle the row (a later claim after an expired lease wins). */
function vanDezeClaim(n: GeclaimdeNotificatie) {
  return and(eq(uitgaand.id, n.id), eq(uitgaand.pogingen, n.pogingen), eq(uitgaand.status, "wachtend"));
}

export async function markeerAfgeleverd(db: Db, n: GeclaimdeNotificatie): Promise<void> {
  await db.update(uitgaand).set({ status: "afgeleverd", afgeleverdOp: sql`now()`, laatsteFout: null }).where(vanDezeClaim(n));
}

/** Claimed rows that were not tried (the worker is stopping): due again at once, the attempt not counted. */
export async function geefVrij(db: Db, rijen: GeclaimdeNotificatie[]): Promise<void> {
  for (const n of rijen) {
    await db.update(uitgaand).set({ pogingen: n.pogingen - 1, volgendePogingOp: sql`now()` }).where(vanDezeClaim(n));
  }
}

/** A failed attempt: wait `wachttijdMs`, or `mislukt` when this was the last attempt. */
export async function markeerFout(db: Db, n: GeclaimdeNotificatie, fout: string, opties: { laatste: boolean; wachttijdMs: number }): Promise<void> {
  await db
    .update(uitgaand)
    .set(
      opties.laatste
        ? { status: "mislukt", laatsteFout: fout }
        : { laatsteFout: fout, volgendePogingOp: sql`now() + make_interval(secs => ${opties.wachttijdMs / 1000})` },
    )
    .where(vanDezeClaim(n));
}

/** Failed rows back to waiting with a fresh number of attempts: all, or those with these ids. Returns how many. */
export async function zetOpnieuwKlaar(db: Db, ids: number[] | "alle"): Promise<number> {
  if (ids !== "alle" && ids.length === 0) return 0;
  const rijen = await db
    .update(uitgaand)
    .set({ status: "wachtend", pogingen: 0, volgendePogingOp: sql`now()` })
    .where(and(eq(uitgaand.status, "mislukt"), ids === "alle" ? undefined : inArray(uitgaand.id, ids)))
    .returning({ id: uitgaand.id });
  return rijen.length;
}

/** Deletes delivered rows older than `dagen` days, at most `max` per call (keeps one statement short). */
export async function ruimAfgeleverdOp(db: Db, dagen: number, max = 10_000): Promise<number> {
  const rijen = await selectRows<{ id: unknown }>(
    db,
    sql`delete from ${uitgaand} where id in (
          select id from ${uitgaand}
          where status = 'afgeleverd' and afgeleverd_op < now() - make_interval(days => ${dagen})
          limit ${max})
        returning id`,
  );
  return rijen.length;
}

export interface NotificatieRegel {
  id: number;
  kanaal: string;
  hoofdObject: string;
  resource: unknown;
  resourceUrl: unknown;
  actie: unknown;
  status: string;
  pogingen: number;
  laatsteFout: string | null;
  aangemaaktOp: string;
  volgendePogingOp: string;
}

function regel(r: typeof uitgaand.$inferSelect): NotificatieRegel {
  return {
    id: r.id,
    kanaal: r.kanaal,
    hoofdObject: r.hoofdObject,
    resource: r.bericht.resource,
    resourceUrl: r.bericht.resourceUrl,
    actie: r.bericht.actie,
    status: r.status,
    pogingen: r.pogingen,
    laatsteFout: r.laatsteFout,
    aangemaaktOp: r.aangemaaktOp.toISOString(),
    volgendePogingOp: r.volgendePogingOp.toISOString(),
  };
}

/** Waiting and failed rows only (index on status): cheap enough for the readiness check. */
export async function telOpenstaand(db: Db): Promise<{ wachtend: number; mislukt: number; oudsteWachtend: string | null }> {
  const rijen = await db
    .select({ status: uitgaand.status, n: count(), oudste: min(uitgaand.aangemaaktOp) })
    .from(uitgaand)
    .where(inArray(uitgaand.status, ["wachtend", "mislukt"]))
    .groupBy(uitgaand.status);
  const van = (s: string) => rijen.find((r) => r.status === s);
  const oudste = van("wachtend")?.oudste as Date | string | null | undefined;
  return { wachtend: Number(van("wachtend")?.n ?? 0), mislukt: Number(van("mislukt")?.n ?? 0), oudsteWachtend: oudste ? new Date(oudste).toISOString() : null };
}

export const STATUS_PAGINA = 50;

export interface OutboxStatus {
  aantallen: Record<NotificatieStatus, number>;
  oudsteWachtend: string | null;
  laatsteFouten: NotificatieRegel[];
  mislukt: { count: number; pagina: number; paginaGrootte: number; results: NotificatieRegel[] };
}

/** Counts per status, the oldest waiting row, the latest errors and one page of failed rows. */
export async function outboxStatus(db: Db, pagina = 1): Promise<OutboxStatus> {
  const perStatus = await db.select({ status: uitgaand.status, n: count() }).from(uitgaand).groupBy(uitgaand.status);
  const aantallen: Record<NotificatieStatus, number> = { wachtend: 0, afgeleverd: 0, mislukt: 0 };
  for (const r of perStatus) aantallen[r.status as NotificatieStatus] = Number(r.n);
  const [oudste] = await db.select({ op: min(uitgaand.aangemaaktOp) }).from(uitgaand).where(eq(uitgaand.status, "wachtend"));
  const fouten = await db
    .select()
    .from(uitgaand)
    .where(and(isNotNull(uitgaand.laatsteFout), inArray(uitgaand.status, ["wachtend", "mislukt"])))
    .orderBy(desc(uitgaand.id))
    .limit(10);
  const mislukt = await db
    .select()
    .from(uitgaand)
    .where(eq(uitgaand.status, "mislukt"))
    .orderBy(asc(uitgaand.id))
    .offset((pagina - 1) * STATUS_PAGINA)
    .limit(STATUS_PAGINA);
  const oudsteOp = oudste?.op as Date | string | null | undefined;
  return {
    aantallen,
    oudsteWachtend: oudsteOp ? new Date(oudsteOp).toISOString() : null,
    laatsteFouten: fouten.map(regel),
    mislukt: { count: aantallen.mislukt, pagina, paginaGrootte: STATUS_PAGINA, results: mislukt.map(regel) },
  };
}
