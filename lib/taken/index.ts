/**
 * Taken (the app's own tables): start, toekennen, wijzigen, afronden, history, and the
 * werklijst queries (filtered, sorted and paged in SQL). Authorisation is the caller's
 * (lib/zaakafhandeling asks the policy first).
 */
import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, gte, ilike, inArray, lte, ne, sql, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { taak, taakHistorie } from "./schema";

type Db = Database | Transaction;
export type TaakRij = typeof taak.$inferSelect;
export type TaakHistorieRij = typeof taakHistorie.$inferSelect;

export interface Actor {
  id: string;
  naam: string;
}

export interface NieuweTaak {
  taaktype: string;
  zaak: { uuid: string; url: string; identificatie: string; zaaktype: string };
  gegevens: unknown;
  groep: string | null;
  behandelaar: Actor | null;
  streefdatum: string | null;
  fataledatum: string | null;
  toelichting?: string;
}

async function historie(db: Db, taakId: string, actor: Actor, actie: string, toelichting = ""): Promise<void> {
  await db.insert(taakHistorie).values({ id: randomUUID(), taakId, gebruikerId: actor.id, gebruiker: actor.naam, actie, toelichting });
}

export async function taakStarten(db: Database, nieuw: NieuweTaak, actor: Actor): Promise<TaakRij> {
  return db.transaction(async (tx) => {
    const [rij] = await tx
      .insert(taak)
      .values({
        id: randomUUID(),
        taaktype: nieuw.taaktype,
        zaakUuid: nieuw.zaak.uuid,
        zaakUrl: nieuw.zaak.url,
        zaakIdentificatie: nieuw.zaak.identificatie,
        zaaktype: nieuw.zaak.zaaktype,
        status: nieuw.behandelaar ? "toegekend" : "niet_toegekend",
        groep: nieuw.groep,
        behandelaarId: nieuw.behandelaar?.id ?? null,
        behandelaarNaam: nieuw.behandelaar?.naam ?? null,
        streefdatum: nieuw.streefdatum,
        fataledatum: nieuw.fataledatum,
        toelichting: nieuw.toelichting ?? "",
        gegevens: nieuw.gegevens,
        aangemaaktDoor: actor.id,
      })
      .returning();
    if (!rij) throw new Error("taak niet opgeslagen");
    await historie(tx, rij.id, actor, "Taak gestart");
    return rij;
  });
}

export async function taakLezen(db: Db, id: string): Promise<TaakRij | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [rij] = await db.select().from(taak).where(eq(taak.id, id));
  return rij ?? null;
}

export function takenVanZaak(db: Db, zaakUuid: string): Promise<TaakRij[]> {
  return db.select().from(taak).where(eq(taak.zaakUuid, zaakUuid)).orderBy(asc(taak.aangemaakt));
}

export function taakHistorieVan(db: Db, taakId: string): Promise<TaakHistorieRij[]> {
  return db.select().from(taakHistorie).where(eq(taakHistorie.taakId, taakId)).orderBy(asc(taakHistorie.tijdstip));
}

export async function taakToekennen(db: Database, id: string, groep: string | null, behandelaar: Actor | null, actor: Actor, reden = ""): Promise<TaakRij> {
  return db.transaction(async (tx) => {
    const [rij] = await tx
      .update(taak)
      .set({ groep, behandelaarId: behandelaar?.id ?? null, behandelaarNaam: behandelaar?.naam ?? null, status: behandelaar ? "toegekend" : "niet_toegekend" })
      .where(and(eq(taak.id, id), ne(taak.status, "afgerond")))
      .returning();
    if (!rij) throw AppError.conflict("Deze taak is al afgerond.");
    const aan = behandelaar ? `Toegekend aan ${behandelaar.naam}` : groep ? `Toegekend aan groep ${groep}` : "Vrijgegeven";
    await historie(tx, id, actor, aan, reden);
    return rij;
  });
}

export async function taakWijzigen(
  db: Database,
  id: string,
  wijziging: { streefdatum?: string | null; fataledatum?: string | null; toelichting?: string },
  actor: Actor,
): Promise<TaakRij> {
  return db.transaction(async (tx) => {
    const [rij] = await tx.update(taak).set(wijziging).where(eq(taak.id, id)).returning();
    if (!rij) throw AppError.notFound("Deze taak bestaat niet.");
    await historie(tx, id, actor, "Gegevens gewijzigd", Object.keys(wijziging).join(", "));
    return rij;
  });
}

export async function taakAfronden(db: Database, id: string, afronding: unknown, actor: Actor): Promise<TaakRij> {
  return db.transaction(async (tx) => {
    const [rij] = await tx
      .update(taak)
      .set({ status: "afgerond", afronding, afgerond: new Date() })
      .where(and(eq(taak.id, id), ne(taak.status, "afgerond")))
      .returning();
    if (!rij) throw AppError.conflict("Deze taak is al afgerond.");
    await historie(tx, id, actor, "Afgerond");
    return rij;
  });
}

// --- werklijst ---------------------------------------------------------------------------

export const TAAK_SORTEERKOLOMMEN = {
  naam: taak.taaktype,
  zaakIdentificatie: taak.zaakIdentificatie,
  zaaktype: taak.zaaktype,
  status: taak.status,
  aangemaakt: taak.aangemaakt,
  streefdatum: taak.streefdatum,
  fataledatum: taak.fataledatum,
  groep: taak.groep,
  behandelaar: taak.behandelaarNaam,
} as const;

export interface TakenQuery {
  /** null = every zaaktype (the policy said so); [] = none. Filtered in SQL. */
  zaaktypen: readonly string[] | null;
  alleenVan?: string;
  filters: Record<string, string[]>;
  sort?: keyof typeof TAAK_SORTEERKOLOMMEN;
  order: "asc" | "desc";
  offset: number;
  limit: number;
}

function escape(v: string): string {
  return v.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export async function takenWerklijst(db: Db, q: TakenQuery): Promise<{ count: number; rijen: TaakRij[] }> {
  if (q.zaaktypen !== null && q.zaaktypen.length === 0) return { count: 0, rijen: [] };
  const waar: (SQL | undefined)[] = [ne(taak.status, "afgerond")];
  if (q.zaaktypen !== null) waar.push(inArray(taak.zaaktype, [...q.zaaktypen]));
  if (q.alleenVan) waar.push(eq(taak.behandelaarId, q.alleenVan));
  const f = q.filters;
  if (f.naam?.length) waar.push(inArray(taak.taaktype, f.naam));
  if (f.zaaktype?.length) waar.push(inArray(taak.zaaktype, f.zaaktype));
  if (f.status?.length) waar.push(inArray(taak.status, f.status));
  if (f.zaakIdentificatie?.[0]) waar.push(ilike(taak.zaakIdentificatie, `%${escape(f.zaakIdentificatie[0])}%`));
  if (f.groep?.[0]) waar.push(ilike(taak.groep, `%${escape(f.groep[0])}%`));
  if (f.behandelaar?.[0]) waar.push(ilike(taak.behandelaarNaam, `%${escape(f.behandelaar[0])}%`));
  for (const kolom of ["streefdatum", "fataledatum"] as const) {
    const van = f[`${kolom}Van`]?.[0];
    const tot = f[`${kolom}Tot`]?.[0];
    if (van) waar.push(gte(taak[kolom], van));
    if (tot) waar.push(lte(taak[kolom], tot));
  }
  if (f.aangemaaktVan?.[0]) waar.push(gte(taak.aangemaakt, new Date(`${f.aangemaaktVan[0]}T00:00:00Z`)));
  if (f.aangemaaktTot?.[0]) waar.push(sql`${taak.aangemaakt} < (${f.aangemaaktTot[0]}::date + 1)`);
  const conditie = and(...waar);
  const kolom = TAAK_SORTEERKOLOMMEN[q.sort ?? "aangemaakt"];
  const volgorde = q.order === "desc" ? [desc(kolom), desc(taak.id)] : [asc(kolom), asc(taak.id)];
  const [totaal, rijen] = await Promise.all([
    db.select({ n: count() }).from(taak).where(conditie),
    db.select().from(taak).where(conditie).orderBy(...volgorde).limit(q.limit).offset(q.offset),
  ]);
  return { count: totaal[0]?.n ?? 0, rijen };
}

export { taak, taakHistorie } from "./schema";
