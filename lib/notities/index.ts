/** Notities on a zaak (the app's own table). Authorisation is the caller's (lib/zaakafhandeling). */
import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notitie } from "./schema";

type Db = Database | Transaction;
export type NotitieRij = typeof notitie.$inferSelect;

export function notitiesVanZaak(db: Db, zaakUuid: string): Promise<NotitieRij[]> {
  return db.select().from(notitie).where(eq(notitie.zaakUuid, zaakUuid)).orderBy(asc(notitie.aangemaakt));
}

export async function notitieToevoegen(db: Db, zaakUuid: string, auteur: { id: string; naam: string }, tekst: string): Promise<NotitieRij> {
  const [rij] = await db.insert(notitie).values({ id: randomUUID(), zaakUuid, tekst, auteurId: auteur.id, auteur: auteur.naam }).returning();
  if (!rij) throw new Error("notitie niet opgeslagen");
  return rij;
}

async function bestaande(db: Db, zaakUuid: string, id: string): Promise<NotitieRij> {
  const [rij] = await db.select().from(notitie).where(and(eq(notitie.id, id), eq(notitie.zaakUuid, zaakUuid)));
  if (!rij) throw AppError.notFound("Deze notitie bestaat niet.");
  return rij;
}

export async function notitieWijzigen(db: Db, zaakUuid: string, id: string, tekst: string): Promise<NotitieRij> {
  await bestaande(db, zaakUuid, id);
  const [rij] = await db.update(notitie).set({ tekst, gewijzigd: new Date() }).where(eq(notitie.id, id)).returning();
  if (!rij) throw AppError.notFound("Deze notitie bestaat niet.");
  return rij;
}

export async function notitieVerwijderen(db: Db, zaakUuid: string, id: string): Promise<void> {
  await bestaande(db, zaakUuid, id);
  await db.delete(notitie).where(eq(notitie.id, id));
}

export { notitie } from "./schema";
