import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { selectRows, type Database, type Transaction } from "@/lib/db";
import { apiRoot } from "../route";
import { drcBestandsdeel, drcGebruiksrecht, drcInformatieobject, drcInformatieobjectVersie, drcObjectinformatieobject, drcVerzending } from "./schema";

export type Db = Database | Transaction;
export type DocumentRij = typeof drcInformatieobject.$inferSelect;
export type VersieRij = typeof drcInformatieobjectVersie.$inferSelect;
export type BestandsdeelRij = typeof drcBestandsdeel.$inferSelect;
export type GebruiksrechtRij = typeof drcGebruiksrecht.$inferSelect;
export type VerzendingRij = typeof drcVerzending.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(v: string): boolean {
  return UUID.test(v);
}

export const COLLECTIE = {
  eio: "enkelvoudiginformatieobjecten",
  gebruiksrecht: "gebruiksrechten",
  oio: "objectinformatieobjecten",
  verzending: "verzendingen",
  bestandsdeel: "bestandsdelen",
} as const;

export function eioUrl(root: string, uuid: string): string {
  return `${root}/${COLLECTIE.eio}/${uuid}`;
}

/** The uuid of a document URL of this API (on `root`), or null. */
export function eioUuidUitUrl(root: string, url: string): string | null {
  const prefix = `${root}/${COLLECTIE.eio}/`;
  if (!url.startsWith(prefix)) return null;
  const rest = url.slice(prefix.length).replace(/\/$/, "");
  return isUuid(rest) ? rest.toLowerCase() : null;
}

export async function zoekDocument(db: Db, uuid: string, opties: { voorUpdate?: boolean } = {}): Promise<DocumentRij | null> {
  const q = db.select().from(drcInformatieobject).where(eq(drcInformatieobject.uuid, uuid));
  const [rij] = opties.voorUpdate ? await q.for("update") : await q;
  return rij ?? null;
}

/** A version: the latest, a given `versie`, or the latest registered at or before `registratieOp`. */
export async function zoekVersie(db: Db, uuid: string, keuze: { versie?: number; registratieOp?: Date } = {}): Promise<VersieRij | null> {
  const v = drcInformatieobjectVersie;
  const [rij] = await db
    .select()
    .from(v)
    .where(
      and(
        eq(v.informatieobjectUuid, uuid),
        keuze.versie !== undefined ? eq(v.versie, keuze.versie) : undefined,
        keuze.registratieOp !== undefined ? lte(v.beginRegistratie, keuze.registratieOp) : undefined,
      ),
    )
    .orderBy(desc(v.versie))
    .limit(1);
  return rij ?? null;
}

export async function bestandsdelenVan(db: Db, uuids: string[]): Promise<Map<string, BestandsdeelRij[]>> {
  const uit = new Map<string, BestandsdeelRij[]>();
  if (uuids.length === 0) return uit;
  const rijen = await db.select().from(drcBestandsdeel).where(inArray(drcBestandsdeel.informatieobjectUuid, uuids)).orderBy(drcBestandsdeel.volgnummer);
  for (const r of rijen) uit.set(r.informatieobjectUuid, [...(uit.get(r.informatieobjectUuid) ?? []), r]);
  return uit;
}

/**
 * The EnkelvoudigInformatieObject representation of one version. Fields in the OAS order;
 * `inhoud` is the download URL of this version (null without content), `locked` and
 * `bestandsdelen` belong to the document now (only the latest version has parts).
 */
export function eioResource(root: string, doc: DocumentRij, versie: VersieRij, delen: BestandsdeelRij[] = []): Record<string, unknown> {
  const g = versie.gegevens;
  const url = eioUrl(root, doc.uuid);
  const laatste = versie.versie === doc.versie;
  return {
    url,
    identificatie: g.identificatie,
    bronorganisatie: g.bronorganisatie,
    creatiedatum: g.creatiedatum,
    titel: g.titel,
    vertrouwelijkheidaanduiding: g.vertrouwelijkheidaanduiding,
    auteur: g.auteur,
    status: g.status ?? "",
    formaat: g.formaat ?? "",
    taal: g.taal,
    versie: versie.versie,
    beginRegistratie: versie.beginRegistratie.toISOString(),
    bestandsnaam: g.bestandsnaam ?? "",
    inhoud: versie.blob ? `${url}/download?versie=${versie.versie}` : null,
    bestandsomvang: versie.bestandsomvang,
    link: g.link ?? "",
    beschrijving: g.beschrijving ?? "",
    ontvangstdatum: g.ontvangstdatum ?? null,
    verzenddatum: g.verzenddatum ?? null,
    // drc-006 is kept on the document (gebruiksrechten are not versioned).
    indicatieGebruiksrecht: doc.indicatieGebruiksrecht,
    verschijningsvorm: g.verschijningsvorm ?? "",
    ondertekening: g.ondertekening ?? null,
    integriteit: g.integriteit ?? null,
    informatieobjecttype: g.informatieobjecttype,
    locked: doc.lock !== "",
    bestandsdelen: laatste
      ? delen.map((d) => ({ url: `${root}/${COLLECTIE.bestandsdeel}/${d.uuid}`, volgnummer: d.volgnummer, omvang: d.omvang, voltooid: d.blob !== null, lock: "" }))
      : [],
    trefwoorden: g.trefwoorden ?? [],
  };
}

/** Reads a document (latest version) as GET answers; for lib/zgw/lokaal.ts. */
export async function leesDocument(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const doc = await zoekDocument(db, uuid);
  if (!doc) return null;
  const versie = await zoekVersie(db, uuid, { versie: doc.versie });
  if (!versie) return null;
  const delen = (await bestandsdelenVan(db, [uuid])).get(uuid) ?? [];
  return eioResource(root, doc, versie, delen);
}

export interface DocumentVoorRelatie {
  uuid: string;
  url: string;
  informatieobjecttypeUrl: string;
  vertrouwelijkheidaanduiding: string;
  status: string;
  indicatieGebruiksrecht: boolean | null;
  bronorganisatie: string;
  identificatie: string;
  versie: number;
  locked: boolean;
}

/**
 * What the Zaken and Besluiten APIs need of a local document for their relations (zrc-003,
 * zrc-017, zrc-007, zrc-022, brc rules): null when it does not exist.
 */
export async function documentVoorRelatie(db: Db, uuid: string): Promise<DocumentVoorRelatie | null> {
  if (!isUuid(uuid)) return null;
  const doc = await zoekDocument(db, uuid.toLowerCase());
  if (!doc) return null;
  return {
    uuid: doc.uuid,
    url: eioUrl(apiRoot("documenten"), doc.uuid),
    informatieobjecttypeUrl: doc.informatieobjecttype,
    vertrouwelijkheidaanduiding: doc.vertrouwelijkheidaanduiding,
    status: doc.status,
    indicatieGebruiksrecht: doc.indicatieGebruiksrecht,
    bronorganisatie: doc.bronorganisatie,
    identificatie: doc.identificatie,
    versie: doc.versie,
    locked: doc.lock !== "",
  };
}

// ---------------------------------------------------------------- gebruiksrechten, verzendingen

export function gebruiksrechtResource(root: string, r: GebruiksrechtRij): Record<string, unknown> {
  return {
    url: `${root}/${COLLECTIE.gebruiksrecht}/${r.uuid}`,
    informatieobject: eioUrl(root, r.informatieobjectUuid),
    startdatum: r.startdatum.toISOString(),
    einddatum: r.einddatum ? r.einddatum.toISOString() : null,
    omschrijvingVoorwaarden: r.omschrijvingVoorwaarden,
  };
}

export function verzendingResource(root: string, r: VerzendingRij): Record<string, unknown> {
  const g = r.gegevens;
  return {
    url: `${root}/${COLLECTIE.verzending}/${r.uuid}`,
    betrokkene: r.betrokkene,
    informatieobject: eioUrl(root, r.informatieobjectUuid),
    aardRelatie: r.aardRelatie,
    toelichting: g.toelichting ?? "",
    ontvangstdatum: g.ontvangstdatum ?? null,
    verzenddatum: g.verzenddatum ?? null,
    contactPersoon: g.contactPersoon,
    contactpersoonnaam: g.contactpersoonnaam ?? "",
    binnenlandsCorrespondentieadres: g.binnenlandsCorrespondentieadres ?? null,
    buitenlandsCorrespondentieadres: g.buitenlandsCorrespondentieadres ?? null,
    correspondentiePostadres: g.correspondentiePostadres ?? null,
    faxnummer: g.faxnummer ?? null,
    emailadres: g.emailadres ?? null,
    mijnOverheid: g.mijnOverheid ?? false,
    telefoonnummer: g.telefoonnummer ?? null,
  };
}

export async function leesGebruiksrecht(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const [r] = await db.select().from(drcGebruiksrecht).where(eq(drcGebruiksrecht.uuid, uuid));
  return r ? gebruiksrechtResource(root, r) : null;
}

export async function leesVerzending(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const [r] = await db.select().from(drcVerzending).where(eq(drcVerzending.uuid, uuid));
  return r ? verzendingResource(root, r) : null;
}

// ---------------------------------------------------------------- objectinformatieobjecten

/**
 * One relation document-object. The local list is the union of drc_objectinformatieobject
 * (external objects), zrc_zaakinformatieobject and brc_besluitinformatieobject rows with a
 * local document; the derived rows carry the uuid of the ZIO/BIO they come from.
 */
export interface OioRij {
  uuid: string;
  informatieobjectUuid: string;
  /** URL of an external object; null for a local zaak/besluit. */
  object: string | null;
  objectUuid: string | null;
  objectType: string;
  bron: "drc" | "zrc" | "brc";
}

export function oioResource(root: string, r: OioRij): Record<string, unknown> {
  const object =
    r.object ?? (r.objectType === "zaak" ? `${apiRoot("zaken")}/zaken/${r.objectUuid}` : `${apiRoot("besluiten")}/besluiten/${r.objectUuid}`);
  return {
    url: `${root}/${COLLECTIE.oio}/${r.uuid}`,
    informatieobject: eioUrl(root, r.informatieobjectUuid),
    object,
    objectType: r.objectType,
  };
}

/** Which of the Zaken/Besluiten relation tables exist (owned by other modules; absent in an older schema). */
export async function bestaandeRelatieTabellen(db: Db): Promise<{ zio: boolean; bio: boolean }> {
  const [rij] = await selectRows<{ zio: string | null; bio: string | null }>(
    db,
    sql`select to_regclass('zrc_zaakinformatieobject')::text as zio, to_regclass('brc_besluitinformatieobject')::text as bio`,
  );
  return { zio: (rij?.zio ?? null) !== null, bio: (rij?.bio ?? null) !== null };
}

/** The union of the three relation tables as one SQL relation with the OioRij columns (snake case). */
export async function oioBron(db: Db) {
  const t = await bestaandeRelatieTabellen(db);
  const delen = [
    sql`select uuid, informatieobject_uuid, object, null::uuid as object_uuid, object_type, 'drc' as bron from ${drcObjectinformatieobject}`,
  ];
  if (t.zio) {
    delen.push(
      sql`select uuid, informatieobject_uuid, null::text as object, zaak_uuid as object_uuid, 'zaak' as object_type, 'zrc' as bron from zrc_zaakinformatieobject where informatieobject_uuid is not null`,
    );
  }
  if (t.bio) {
    delen.push(
      sql`select uuid, informatieobject_uuid, null::text as object, besluit_uuid as object_uuid, 'besluit' as object_type, 'brc' as bron from brc_besluitinformatieobject where informatieobject_uuid is not null`,
    );
  }
  return sql.join(delen, sql` union all `);
}

export function naarOioRij(r: Record<string, unknown>): OioRij {
  return {
    uuid: String(r.uuid),
    informatieobjectUuid: String(r.informatieobject_uuid),
    object: (r.object as string | null) ?? null,
    objectUuid: (r.object_uuid as string | null) ?? null,
    objectType: String(r.object_type),
    bron: r.bron as OioRij["bron"],
  };
}

export async function zoekOio(db: Db, uuid: string): Promise<OioRij | null> {
  const bron = await oioBron(db);
  const [r] = await selectRows<Record<string, unknown>>(db, sql`select * from (${bron}) as o where o.uuid = ${uuid} limit 1`);
  return r ? naarOioRij(r) : null;
}

export async function leesOio(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const r = await zoekOio(db, uuid);
  return r ? oioResource(root, r) : null;
}
