/**
 * Per-user werklijst settings (page size, columns), saved searches, and the two document
 * lists the app keeps itself (inbox, ontkoppeld). Authorisation is the caller's.
 */
import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, gte, ilike, inArray, sql, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { documentVergrendeling, werklijstDocument, werklijstInstelling, zoekopdracht } from "./schema";

type Db = Database | Transaction;

export const STANDAARD_PAGINAGROOTTE = 25;

export async function instellingen(db: Db, gebruikerId: string, lijst: string): Promise<{ pageSize: number; kolommen: string[] }> {
  const [rij] = await db
    .select()
    .from(werklijstInstelling)
    .where(and(eq(werklijstInstelling.gebruikerId, gebruikerId), eq(werklijstInstelling.lijst, lijst)));
  return { pageSize: rij?.paginagrootte ?? STANDAARD_PAGINAGROOTTE, kolommen: rij?.kolommen ?? [] };
}

export async function instellingenOpslaan(
  db: Db,
  gebruikerId: string,
  lijst: string,
  wijziging: { pageSize?: number; kolommen?: string[] },
): Promise<{ pageSize: number; kolommen: string[] }> {
  const huidig = await instellingen(db, gebruikerId, lijst);
  const nieuw = { pageSize: wijziging.pageSize ?? huidig.pageSize, kolommen: wijziging.kolommen ?? huidig.kolommen };
  await db
    .insert(werklijstInstelling)
    .values({ gebruikerId, lijst, paginagrootte: nieuw.pageSize, kolommen: nieuw.kolommen })
    .onConflictDoUpdate({
      target: [werklijstInstelling.gebruikerId, werklijstInstelling.lijst],
      set: { paginagrootte: nieuw.pageSize, kolommen: nieuw.kolommen, gewijzigd: new Date() },
    });
  return nieuw;
}

export type ZoekopdrachtRij = typeof zoekopdracht.$inferSelect;

export function zoekopdrachten(db: Db, gebruikerId: string, lijst: string): Promise<ZoekopdrachtRij[]> {
  return db
    .select()
    .from(zoekopdracht)
    .where(and(eq(zoekopdracht.gebruikerId, gebruikerId), eq(zoekopdracht.lijst, lijst)))
    .orderBy(asc(zoekopdracht.naam));
}

export async function zoekopdrachtOpslaan(db: Db, gebruikerId: string, lijst: string, naam: string, query: string): Promise<ZoekopdrachtRij> {
  const [rij] = await db.insert(zoekopdracht).values({ id: randomUUID(), gebruikerId, lijst, naam, query }).returning();
  if (!rij) throw new Error("zoekopdracht niet opgeslagen");
  return rij;
}

/** Only the owner's own zoekopdracht is found (another user's id gives 404). */
export async function zoekopdrachtVerwijderen(db: Db, gebruikerId: string, lijst: string, id: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound("Deze zoekopdracht bestaat niet.");
  const weg = await db
    .delete(zoekopdracht)
    .where(and(eq(zoekopdracht.id, id), eq(zoekopdracht.gebruikerId, gebruikerId), eq(zoekopdracht.lijst, lijst)))
    .returning({ id: zoekopdracht.id });
  if (weg.length === 0) throw AppError.notFound("Deze zoekopdracht bestaat niet.");
}

// --- inbox / ontkoppelde documenten ---------------------------------------------------------

export type WerklijstDocumentRij = typeof werklijstDocument.$inferSelect;
export type DocumentLijstSoort = "inbox" | "ontkoppeld";

export async function documentInLijst(
  db: Db,
  soort: DocumentLijstSoort,
  d: Omit<typeof werklijstDocument.$inferInsert, "id" | "soort" | "datum">,
): Promise<void> {
  await db.insert(werklijstDocument).values({ id: randomUUID(), soort, ...d });
}

export async function documentUitLijsten(db: Db, documentUuid: string): Promise<void> {
  await db.delete(werklijstDocument).where(eq(werklijstDocument.documentUuid, documentUuid));
}

const DOCUMENT_SORTEERKOLOMMEN = {
  titel: werklijstDocument.titel,
  identificatie: werklijstDocument.identificatie,
  informatieobjecttype: werklijstDocument.informatieobjecttype,
  datum: werklijstDocument.datum,
  zaakIdentificatie: werklijstDocument.zaakIdentificatie,
  door: werklijstDocument.door,
} as const;

function escape(v: string): string {
  return v.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export async function documentenWerklijst(
  db: Db,
  soort: DocumentLijstSoort,
  q: { filters: Record<string, string[]>; sort?: string; order: "asc" | "desc"; offset: number; limit: number },
): Promise<{ count: number; rijen: WerklijstDocumentRij[] }> {
  const waar: SQL[] = [eq(werklijstDocument.soort, soort)];
  for (const k of ["titel", "identificatie", "zaakIdentificatie", "door"] as const) {
    const v = q.filters[k]?.[0];
    if (v) waar.push(ilike(werklijstDocument[k], `%${escape(v)}%`));
  }
  const van = q.filters.datumVan?.[0];
  const tot = q.filters.datumTot?.[0];
  if (van) waar.push(gte(werklijstDocument.datum, new Date(`${van}T00:00:00Z`)));
  if (tot) waar.push(sql`${werklijstDocument.datum} < (${tot}::date + 1)`);
  const conditie = and(...waar);
  const kolom = DOCUMENT_SORTEERKOLOMMEN[(q.sort ?? "datum") as keyof typeof DOCUMENT_SORTEERKOLOMMEN] ?? werklijstDocument.datum;
  const volgorde = q.order === "desc" ? [desc(kolom), desc(werklijstDocument.id)] : [asc(kolom), asc(werklijstDocument.id)];
  const [totaal, rijen] = await Promise.all([
    db.select({ n: count() }).from(werklijstDocument).where(conditie),
    db.select().from(werklijstDocument).where(conditie).orderBy(...volgorde).limit(q.limit).offset(q.offset),
  ]);
  return { count: totaal[0]?.n ?? 0, rijen };
}

// --- document locks ------------------------------------------------------------------------

export type VergrendelingRij = typeof documentVergrendeling.$inferSelect;

export async function vergrendeling(db: Db, documentUuid: string): Promise<VergrendelingRij | null> {
  const [rij] = await db.select().from(documentVergrendeling).where(eq(documentVergrendeling.documentUuid, documentUuid));
  return rij ?? null;
}

export async function vergrendelingen(db: Db, documentUuids: readonly string[]): Promise<Map<string, VergrendelingRij>> {
  if (documentUuids.length === 0) return new Map();
  const rijen = await db.select().from(documentVergrendeling).where(inArray(documentVergrendeling.documentUuid, [...documentUuids]));
  return new Map(rijen.map((r) => [r.documentUuid, r]));
}

export async function vergrendelingOpslaan(db: Db, v: Omit<typeof documentVergrendeling.$inferInsert, "sinds">): Promise<void> {
  await db
    .insert(documentVergrendeling)
    .values(v)
    .onConflictDoUpdate({ target: documentVergrendeling.documentUuid, set: { slot: v.slot, gebruikerId: v.gebruikerId, gebruiker: v.gebruiker, upload: v.upload ?? false, sinds: new Date() } });
}

export async function vergrendelingVerwijderen(db: Db, documentUuid: string): Promise<void> {
  await db.delete(documentVergrendeling).where(eq(documentVergrendeling.documentUuid, documentUuid));
}

export { documentVergrendeling, werklijstDocument, werklijstInstelling, zoekopdracht } from "./schema";
