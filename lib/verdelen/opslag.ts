/**
 * The opdracht and item tables: create, claim (FOR UPDATE SKIP LOCKED with a lease), settle,
 * and the reads for the UI. Authorisation is the caller's.
 */
import { and, count, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { selectRows, type Database, type Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PolicyGebruiker } from "@/lib/policy";
import type { ItemStatus, VerdeelOpdracht } from "./contract";
import { verdeelItem, verdeelOpdracht } from "./schema";

type Db = Database | Transaction;
export type OpdrachtRij = typeof verdeelOpdracht.$inferSelect;

/** Who started an opdracht, as the worker needs them to act on their behalf. */
export interface GebruikerMomentopname {
  id: string;
  naam: string;
  groepen: string[];
  policy: PolicyGebruiker;
}

export interface NieuweOpdracht {
  id: string;
  soort: "zaken" | "taken";
  actie: "verdelen" | "vrijgeven";
  groep: string | null;
  behandelaarId: string | null;
  reden: string;
  gebruiker: GebruikerMomentopname;
  items: { sleutel: string; label: string | null }[];
}

/**
 * Stores an opdracht with its items in one transaction. The same id twice (a retried POST)
 * returns the existing opdracht (`nieuw: false`) and changes nothing.
 */
export async function maakOpdracht(db: Database, o: NieuweOpdracht): Promise<{ opdracht: OpdrachtRij; nieuw: boolean }> {
  const uniek = [...new Map(o.items.map((i) => [i.sleutel, i])).values()];
  return db.transaction(async (tx) => {
    const [rij] = await tx
      .insert(verdeelOpdracht)
      .values({
        id: o.id,
        soort: o.soort,
        actie: o.actie,
        groep: o.groep,
        behandelaarId: o.behandelaarId,
        reden: o.reden,
        gebruikerId: o.gebruiker.id,
        gebruiker: o.gebruiker,
        totaal: uniek.length,
        status: uniek.length === 0 ? "klaar" : "wachtend",
        klaar: uniek.length === 0 ? new Date() : null,
      })
      .onConflictDoNothing({ target: verdeelOpdracht.id })
      .returning();
    if (!rij) {
      const [bestaand] = await tx.select().from(verdeelOpdracht).where(eq(verdeelOpdracht.id, o.id));
      // Another user's id: answer as if it were taken, revealing nothing about it.
      if (!bestaand || bestaand.gebruikerId !== o.gebruiker.id) throw AppError.conflict("Deze opdracht-id is al in gebruik.");
      return { opdracht: bestaand, nieuw: false };
    }
    for (let i = 0; i < uniek.length; i += 500) {
      await tx.insert(verdeelItem).values(
        uniek.slice(i, i + 500).map((item, j) => ({ opdrachtId: o.id, volgnummer: i + j + 1, sleutel: item.sleutel, label: item.label })),
      );
    }
    return { opdracht: rij, nieuw: true };
  });
}

export interface GeclaimdItem {
  opdrachtId: string;
  sleutel: string;
  label: string | null;
  /** Attempts including this one: a fencing token, only this claim may settle the item. */
  pogingen: number;
}

/**
 * Claims up to `max` waiting items (oldest opdracht first, in item order) for `leaseMs`.
 * SKIP LOCKED keeps concurrent claims disjoint; an item whose worker died is claimed again
 * once its lease has run out (that is how a restart resumes an opdracht).
 */
export async function claimItems(db: Database, max: number, leaseMs: number): Promise<GeclaimdItem[]> {
  const rijen = await selectRows<{ opdracht_id: string; sleutel: string; label: string | null; pogingen: number }>(
    db,
    sql`with kandidaten as (
          select i.opdracht_id, i.sleutel from ${verdeelItem} i
          join ${verdeelOpdracht} o on o.id = i.opdracht_id
          where i.status = 'wachtend' and (i.geclaimd_tot is null or i.geclaimd_tot <= now())
          order by o.aangemaakt, i.opdracht_id, i.volgnummer
          limit ${max}
          for update of i skip locked)
        update ${verdeelItem} u
           set pogingen = u.pogingen + 1,
               geclaimd_tot = now() + make_interval(secs => ${leaseMs / 1000})
          from kandidaten k
         where u.opdracht_id = k.opdracht_id and u.sleutel = k.sleutel
        returning u.opdracht_id, u.sleutel, u.label, u.pogingen, u.volgnummer`,
  );
  const geclaimd = rijen.map((r) => ({ opdrachtId: String(r.opdracht_id), sleutel: r.sleutel, label: r.label, pogingen: Number(r.pogingen) }));
  const opdrachten = [...new Set(geclaimd.map((g) => g.opdrachtId))];
  if (opdrachten.length) {
    await db.update(verdeelOpdracht).set({ status: "bezig" }).where(and(inArray(verdeelOpdracht.id, opdrachten), eq(verdeelOpdracht.status, "wachtend")));
  }
  return geclaimd;
}

function vanDezeClaim(item: GeclaimdItem) {
  return and(
    eq(verdeelItem.opdrachtId, item.opdrachtId),
    eq(verdeelItem.sleutel, item.sleutel),
    eq(verdeelItem.pogingen, item.pogingen),
    eq(verdeelItem.status, "wachtend"),
  );
}

/** The final outcome of one item (only by the claim that holds it). */
export async function zetUitkomst(db: Db, item: GeclaimdItem, uitkomst: { status: Exclude<ItemStatus, "wachtend">; reden: string | null; label: string | null }): Promise<void> {
  await db
    .update(verdeelItem)
    .set({ status: uitkomst.status, reden: uitkomst.reden, label: uitkomst.label ?? item.label, geclaimdTot: null, bijgewerkt: sql`now()` })
    .where(vanDezeClaim(item));
}

/** A temporary failure: try again after `ms` (the attempt stays counted). */
export async function stelUit(db: Db, item: GeclaimdItem, ms: number, fout: string): Promise<void> {
  await db
    .update(verdeelItem)
    .set({ reden: fout, geclaimdTot: sql`now() + make_interval(secs => ${ms / 1000})`, bijgewerkt: sql`now()` })
    .where(vanDezeClaim(item));
}

/** Claimed items not tried (the worker stops): due again at once, the attempt not counted. */
export async function geefVrij(db: Db, items: GeclaimdItem[]): Promise<void> {
  for (const item of items) {
    await db.update(verdeelItem).set({ pogingen: item.pogingen - 1, geclaimdTot: null }).where(vanDezeClaim(item));
  }
}

/** Opdrachten without waiting items become `klaar`. */
export async function rondAf(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`
    update ${verdeelOpdracht} o set status = 'klaar', klaar = now()
     where o.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) and o.status <> 'klaar'
       and not exists (select 1 from ${verdeelItem} i where i.opdracht_id = o.id and i.status = 'wachtend')`);
}

export async function opdrachtLezen(db: Db, id: string): Promise<OpdrachtRij | null> {
  const [rij] = await db.select().from(verdeelOpdracht).where(eq(verdeelOpdracht.id, id));
  return rij ?? null;
}

async function aantallen(db: Db, ids: string[]): Promise<Map<string, VerdeelOpdracht["aantallen"]>> {
  const uit = new Map<string, VerdeelOpdracht["aantallen"]>();
  for (const id of ids) uit.set(id, { wachtend: 0, gelukt: 0, overgeslagen: 0, mislukt: 0 });
  if (ids.length === 0) return uit;
  const rijen = await db
    .select({ id: verdeelItem.opdrachtId, status: verdeelItem.status, n: count() })
    .from(verdeelItem)
    .where(inArray(verdeelItem.opdrachtId, ids))
    .groupBy(verdeelItem.opdrachtId, verdeelItem.status);
  for (const r of rijen) {
    const a = uit.get(r.id);
    if (a && r.status in a) a[r.status as ItemStatus] = Number(r.n);
  }
  return uit;
}

function naarContract(o: OpdrachtRij, a: VerdeelOpdracht["aantallen"]): VerdeelOpdracht {
  return {
    id: o.id,
    soort: o.soort as VerdeelOpdracht["soort"],
    actie: o.actie as VerdeelOpdracht["actie"],
    groep: o.groep,
    behandelaar: o.behandelaarId,
    reden: o.reden,
    status: o.status as VerdeelOpdracht["status"],
    totaal: o.totaal,
    aantallen: a,
    aangemaakt: o.aangemaakt.toISOString(),
    klaar: o.klaar?.toISOString() ?? null,
  };
}

/** One opdracht of this user with every item's outcome; null for an unknown id or someone else's. */
export async function opdrachtVan(db: Db, id: string, gebruikerId: string): Promise<VerdeelOpdracht | null> {
  const o = await opdrachtLezen(db, id);
  if (!o || o.gebruikerId !== gebruikerId) return null;
  const items = await db
    .select({ sleutel: verdeelItem.sleutel, label: verdeelItem.label, status: verdeelItem.status, reden: verdeelItem.reden })
    .from(verdeelItem)
    .where(eq(verdeelItem.opdrachtId, id))
    .orderBy(verdeelItem.volgnummer);
  const a = (await aantallen(db, [id])).get(id)!;
  return {
    ...naarContract(o, a),
    items: items.map((i) => ({ ...i, status: i.status as ItemStatus, reden: i.status === "wachtend" ? null : i.reden })),
  };
}

/** The user's recent opdrachten (last 24 hours, not hidden), newest first. */
export async function recenteOpdrachten(db: Db, gebruikerId: string, max = 10): Promise<VerdeelOpdracht[]> {
  const rijen = await db
    .select()
    .from(verdeelOpdracht)
    .where(and(eq(verdeelOpdracht.gebruikerId, gebruikerId), isNull(verdeelOpdracht.verborgen), gt(verdeelOpdracht.aangemaakt, sql`now() - interval '24 hours'`)))
    .orderBy(desc(verdeelOpdracht.aangemaakt))
    .limit(max);
  const a = await aantallen(db, rijen.map((r) => r.id));
  return rijen.map((r) => naarContract(r, a.get(r.id)!));
}

/** Hides a finished opdracht from the recent list (only the owner's, only when klaar). */
export async function verbergOpdracht(db: Db, id: string, gebruikerId: string): Promise<boolean> {
  const rijen = await db
    .update(verdeelOpdracht)
    .set({ verborgen: sql`now()` })
    .where(and(eq(verdeelOpdracht.id, id), eq(verdeelOpdracht.gebruikerId, gebruikerId), eq(verdeelOpdracht.status, "klaar")))
    .returning({ id: verdeelOpdracht.id });
  return rijen.length > 0;
}
