import { randomUUID } from "node:crypto";
import { and, asc, count, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db";
import { ontsleutel, versleutel } from "../auth/geheim";
import type { Component, ConsumerAutorisatie } from "../scopes";
import { zgwApplicatie, zgwApplicatieClientId, zgwAutorisatie, zgwClientSecret } from "./schema";

type Db = Database | Transaction;

export interface AutorisatieGegevens extends ConsumerAutorisatie {
  component: Component;
  scopes: string[];
  zaaktype: string | null;
  informatieobjecttype: string | null;
  besluittype: string | null;
  maxVertrouwelijkheidaanduiding: string | null;
}

export interface ApplicatieGegevens {
  uuid: string;
  clientIds: string[];
  label: string;
  heeftAlleAutorisaties: boolean;
  autorisaties: AutorisatieGegevens[];
}

/** Client ids and autorisaties of these applicaties, in their stored order. */
async function vulAan(db: Db, rijen: { uuid: string; label: string; heeftAlleAutorisaties: boolean }[]): Promise<ApplicatieGegevens[]> {
  if (rijen.length === 0) return [];
  const uuids = rijen.map((r) => r.uuid);
  const clientIds = await db
    .select()
    .from(zgwApplicatieClientId)
    .where(inArray(zgwApplicatieClientId.applicatieUuid, uuids))
    .orderBy(asc(zgwApplicatieClientId.volgorde));
  const autorisaties = await db
    .select()
    .from(zgwAutorisatie)
    .where(inArray(zgwAutorisatie.applicatieUuid, uuids))
    .orderBy(asc(zgwAutorisatie.volgorde));
  return rijen.map((r) => ({
    uuid: r.uuid,
    label: r.label,
    heeftAlleAutorisaties: r.heeftAlleAutorisaties,
    clientIds: clientIds.filter((c) => c.applicatieUuid === r.uuid).map((c) => c.clientId),
    autorisaties: autorisaties
      .filter((a) => a.applicatieUuid === r.uuid)
      .map((a) => ({
        component: a.component as Component,
        scopes: a.scopes,
        zaaktype: a.zaaktype,
        informatieobjecttype: a.informatieobjecttype,
        besluittype: a.besluittype,
        maxVertrouwelijkheidaanduiding: a.maxVertrouwelijkheidaanduiding,
      })),
  }));
}

const applicatieKolommen = {
  uuid: zgwApplicatie.uuid,
  label: zgwApplicatie.label,
  heeftAlleAutorisaties: zgwApplicatie.heeftAlleAutorisaties,
};

export async function zoekApplicatie(db: Db, uuid: string): Promise<ApplicatieGegevens | null> {
  const rijen = await db.select(applicatieKolommen).from(zgwApplicatie).where(eq(zgwApplicatie.uuid, uuid));
  return (await vulAan(db, rijen))[0] ?? null;
}

/** The applicatie that lists this client id (at most one: ac-001). */
export async function applicatieVoorClientId(db: Db, clientId: string): Promise<ApplicatieGegevens | null> {
  const rijen = await db
    .select(applicatieKolommen)
    .from(zgwApplicatie)
    .innerJoin(zgwApplicatieClientId, eq(zgwApplicatieClientId.applicatieUuid, zgwApplicatie.uuid))
    .where(eq(zgwApplicatieClientId.clientId, clientId));
  return (await vulAan(db, rijen))[0] ?? null;
}

/** Applicaties whose clientIds contain all of `clientIds` (Open Zaak's `contains` filter). */
function bevatClientIds(clientIds: string[]): SQL {
  return inArray(
    zgwApplicatie.uuid,
    sql`(select ${zgwApplicatieClientId.applicatieUuid} from ${zgwApplicatieClientId}
         where ${inArray(zgwApplicatieClientId.clientId, clientIds)}
         group by ${zgwApplicatieClientId.applicatieUuid}
         having count(distinct ${zgwApplicatieClientId.clientId}) = ${new Set(clientIds).size})`,
  );
}

export async function lijstApplicaties(
  db: Db,
  opties: { clientIds?: string[]; offset: number; limit: number },
): Promise<{ count: number; applicaties: ApplicatieGegevens[] }> {
  const filter = opties.clientIds && opties.clientIds.length > 0 ? bevatClientIds(opties.clientIds) : undefined;
  const [totaal] = await db.select({ n: count() }).from(zgwApplicatie).where(filter);
  const rijen = await db
    .select(applicatieKolommen)
    .from(zgwApplicatie)
    .where(filter)
    .orderBy(asc(zgwApplicatie.aangemaaktOp), asc(zgwApplicatie.uuid))
    .offset(opties.offset)
    .limit(opties.limit);
  return { count: Number(totaal?.n ?? 0), applicaties: await vulAan(db, rijen) };
}

/** Client ids of `clientIds` that another applicatie already uses (ac-001). */
export async function clientIdsInGebruik(db: Db, clientIds: string[], behalve?: string): Promise<{ clientId: string; applicatieUuid: string }[]> {
  if (clientIds.length === 0) return [];
  return db
    .select({ clientId: zgwApplicatieClientId.clientId, applicatieUuid: zgwApplicatieClientId.applicatieUuid })
    .from(zgwApplicatieClientId)
    .where(and(inArray(zgwApplicatieClientId.clientId, clientIds), behalve ? ne(zgwApplicatieClientId.applicatieUuid, behalve) : undefined));
}

/** Creates or replaces an applicatie with its client ids and autorisaties. */
export async function bewaarApplicatie(tx: Transaction, applicatie: ApplicatieGegevens): Promise<void> {
  await tx
    .insert(zgwApplicatie)
    .values({ uuid: applicatie.uuid, label: applicatie.label, heeftAlleAutorisaties: applicatie.heeftAlleAutorisaties })
    .onConflictDoUpdate({
      target: zgwApplicatie.uuid,
      set: { label: applicatie.label, heeftAlleAutorisaties: applicatie.heeftAlleAutorisaties, gewijzigdOp: sql`now()` },
    });
  await tx.delete(zgwApplicatieClientId).where(eq(zgwApplicatieClientId.applicatieUuid, applicatie.uuid));
  await tx.delete(zgwAutorisatie).where(eq(zgwAutorisatie.applicatieUuid, applicatie.uuid));
  if (applicatie.clientIds.length > 0) {
    await tx
      .insert(zgwApplicatieClientId)
      .values(applicatie.clientIds.map((clientId, volgorde) => ({ clientId, applicatieUuid: applicatie.uuid, volgorde })));
  }
  if (applicatie.autorisaties.length > 0) {
    await tx.insert(zgwAutorisatie).values(
      applicatie.autorisaties.map((a, volgorde) => ({
        id: randomUUID(),
        applicatieUuid: applicatie.uuid,
        volgorde,
        component: a.component,
        scopes: a.scopes,
        zaaktype: a.zaaktype,
        informatieobjecttype: a.informatieobjecttype,
        besluittype: a.besluittype,
        maxVertrouwelijkheidaanduiding: a.maxVertrouwelijkheidaanduiding,
      })),
    );
  }
}

export async function verwijderApplicatie(db: Db, uuid: string): Promise<boolean> {
  const weg = await db.delete(zgwApplicatie).where(eq(zgwApplicatie.uuid, uuid)).returning({ uuid: zgwApplicatie.uuid });
  return weg.length > 0;
}

/** The plaintext secret of a client id, or null (none registered, or not readable with this key). */
export async function zoekClientSecret(db: Db, clientId: string, sleutel?: Buffer): Promise<string | null> {
  const [rij] = await db.select().from(zgwClientSecret).where(eq(zgwClientSecret.clientId, clientId));
  if (!rij) return null;
  return ontsleutel(rij.versleuteld, sleutel);
}

export async function zetClientSecret(db: Db, clientId: string, secret: string, sleutel?: Buffer): Promise<void> {
  const versleuteld = versleutel(secret, sleutel);
  await db
    .insert(zgwClientSecret)
    .values({ clientId, versleuteld })
    .onConflictDoUpdate({ target: zgwClientSecret.clientId, set: { versleuteld, gewijzigdOp: sql`now()` } });
}

/** Stores the secret only when the client id has none yet; true when it was stored. */
export async function zetClientSecretAlsNieuw(db: Db, clientId: string, secret: string, sleutel?: Buffer): Promise<boolean> {
  const rijen = await db
    .insert(zgwClientSecret)
    .values({ clientId, versleuteld: versleutel(secret, sleutel) })
    .onConflictDoNothing()
    .returning({ clientId: zgwClientSecret.clientId });
  return rijen.length > 0;
}
