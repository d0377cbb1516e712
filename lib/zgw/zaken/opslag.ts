import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db";
import { zrcRol, zrcZaakeigenschap, zrcZaakinformatieobject, zrcZaakobject } from "./relaties/schema";
import { BETALINGSINDICATIE_WEERGAVE } from "./invoer";
import { zrcResultaat, zrcStatus, zrcZaak } from "./schema";

/** Rows of the zaken core and their API representations (batch-loaded per page, no N+1). */

export type Db = Database | Transaction;
export type ZaakRij = typeof zrcZaak.$inferSelect;
export type StatusRij = typeof zrcStatus.$inferSelect;
export type ResultaatRij = typeof zrcResultaat.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string) => UUID.test(v);

export const url = {
  zaak: (root: string, uuid: string) => `${root}/zaken/${uuid}`,
  status: (root: string, uuid: string) => `${root}/statussen/${uuid}`,
  resultaat: (root: string, uuid: string) => `${root}/resultaten/${uuid}`,
  rol: (root: string, uuid: string) => `${root}/rollen/${uuid}`,
  zaakobject: (root: string, uuid: string) => `${root}/zaakobjecten/${uuid}`,
  zio: (root: string, uuid: string) => `${root}/zaakinformatieobjecten/${uuid}`,
  zaakeigenschap: (root: string, zaak: string, uuid: string) => `${root}/zaken/${zaak}/zaakeigenschappen/${uuid}`,
};

export async function zoekZaak(db: Db, uuid: string): Promise<ZaakRij | null> {
  if (!isUuid(uuid)) return null;
  const [r] = await db.select().from(zrcZaak).where(eq(zrcZaak.uuid, uuid.toLowerCase())).limit(1);
  return r ?? null;
}

export async function zoekStatus(db: Db, uuid: string): Promise<StatusRij | null> {
  if (!isUuid(uuid)) return null;
  const [r] = await db.select().from(zrcStatus).where(eq(zrcStatus.uuid, uuid.toLowerCase())).limit(1);
  return r ?? null;
}

export async function zoekResultaat(db: Db, uuid: string): Promise<ResultaatRij | null> {
  if (!isUuid(uuid)) return null;
  const [r] = await db.select().from(zrcResultaat).where(eq(zrcResultaat.uuid, uuid.toLowerCase())).limit(1);
  return r ?? null;
}

function groepeer<T>(rijen: T[], sleutel: (r: T) => string, waarde: (r: T) => string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const r of rijen) {
    const k = sleutel(r);
    const lijst = m.get(k);
    if (lijst) lijst.push(waarde(r));
    else m.set(k, [waarde(r)]);
  }
  return m;
}

/** The hoofdzaak URL as stored: local uuid or the foreign URL in gegevens. */
export function hoofdzaakUrl(root: string, r: ZaakRij): string | null {
  if (r.hoofdzaakUuid) return url.zaak(root, r.hoofdzaakUuid);
  const extern = r.gegevens.hoofdzaak;
  return typeof extern === "string" && extern ? extern : null;
}

/** The Zaak resources of a page of rows, with their read-only lists in a few queries. */
export async function zaakResources(db: Db, root: string, rijen: ZaakRij[]): Promise<Record<string, unknown>[]> {
  if (rijen.length === 0) return [];
  const uuids = rijen.map((r) => r.uuid);
  const [resultaten, deelzaken, rollen, zios, objecten, eigenschappen] = await Promise.all([
    db.select({ uuid: zrcResultaat.uuid, zaak: zrcResultaat.zaakUuid }).from(zrcResultaat).where(inArray(zrcResultaat.zaakUuid, uuids)),
    db.select({ uuid: zrcZaak.uuid, zaak: zrcZaak.hoofdzaakUuid }).from(zrcZaak).where(inArray(zrcZaak.hoofdzaakUuid, uuids)).orderBy(asc(zrcZaak.volgorde)),
    db.select({ uuid: zrcRol.uuid, zaak: zrcRol.zaakUuid }).from(zrcRol).where(inArray(zrcRol.zaakUuid, uuids)).orderBy(asc(zrcRol.volgorde)),
    db.select({ uuid: zrcZaakinformatieobject.uuid, zaak: zrcZaakinformatieobject.zaakUuid }).from(zrcZaakinformatieobject).where(inArray(zrcZaakinformatieobject.zaakUuid, uuids)).orderBy(asc(zrcZaakinformatieobject.volgorde)),
    db.select({ uuid: zrcZaakobject.uuid, zaak: zrcZaakobject.zaakUuid }).from(zrcZaakobject).where(inArray(zrcZaakobject.zaakUuid, uuids)).orderBy(asc(zrcZaakobject.volgorde)),
    db.select({ uuid: zrcZaakeigenschap.uuid, zaak: zrcZaakeigenschap.zaakUuid }).from(zrcZaakeigenschap).where(inArray(zrcZaakeigenschap.zaakUuid, uuids)).orderBy(asc(zrcZaakeigenschap.volgorde)),
  ]);
  const resultaat = new Map(resultaten.map((r) => [r.zaak, url.resultaat(root, r.uuid)]));
  const deel = groepeer(deelzaken, (r) => r.zaak!, (r) => url.zaak(root, r.uuid));
  const rol = groepeer(rollen, (r) => r.zaak, (r) => url.rol(root, r.uuid));
  const zio = groepeer(zios, (r) => r.zaak, (r) => url.zio(root, r.uuid));
  const obj = groepeer(objecten, (r) => r.zaak, (r) => url.zaakobject(root, r.uuid));
  const eig = groepeer(eigenschappen, (r) => r.zaak, (r) => url.zaakeigenschap(root, r.zaak, r.uuid));
  return rijen.map((r) =>
    zaakResource(root, r, {
      resultaat: resultaat.get(r.uuid) ?? null,
      deelzaken: deel.get(r.uuid) ?? [],
      rollen: rol.get(r.uuid) ?? [],
      zaakinformatieobjecten: zio.get(r.uuid) ?? [],
      zaakobjecten: obj.get(r.uuid) ?? [],
      eigenschappen: eig.get(r.uuid) ?? [],
    }),
  );
}

interface ZaakLijsten {
  resultaat: string | null;
  deelzaken: string[];
  rollen: string[];
  zaakinformatieobjecten: string[];
  zaakobjecten: string[];
  eigenschappen: string[];
}

function zaakResource(root: string, r: ZaakRij, l: ZaakLijsten): Record<string, unknown> {
  const g = r.gegevens;
  const betalingsindicatie = (g.betalingsindicatie as string | undefined) ?? "";
  return {
    url: url.zaak(root, r.uuid),
    uuid: r.uuid,
    identificatie: r.identificatie,
    bronorganisatie: r.bronorganisatie,
    omschrijving: g.omschrijving ?? "",
    toelichting: g.toelichting ?? "",
    zaaktype: r.zaaktypeUrl,
    registratiedatum: r.registratiedatum,
    verantwoordelijkeOrganisatie: g.verantwoordelijkeOrganisatie ?? "",
    startdatum: r.startdatum,
    einddatum: r.einddatum,
    einddatumGepland: r.einddatumGepland,
    uiterlijkeEinddatumAfdoening: r.uiterlijkeEinddatumAfdoening,
    publicatiedatum: r.publicatiedatum,
    communicatiekanaal: g.communicatiekanaal ?? "",
    productenOfDiensten: g.productenOfDiensten ?? [],
    vertrouwelijkheidaanduiding: r.vertrouwelijkheidaanduiding,
    betalingsindicatie,
    betalingsindicatieWeergave: BETALINGSINDICATIE_WEERGAVE[betalingsindicatie] ?? "",
    laatsteBetaaldatum: g.laatsteBetaaldatum ?? null,
    zaakgeometrie: r.zaakgeometrie ?? null,
    verlenging: g.verlenging ?? null,
    // zrc-012: the group is always shown as a structure.
    opschorting: g.opschorting ?? { indicatie: false, reden: "" },
    selectielijstklasse: g.selectielijstklasse ?? "",
    hoofdzaak: hoofdzaakUrl(root, r),
    deelzaken: l.deelzaken,
    relevanteAndereZaken: g.relevanteAndereZaken ?? [],
    eigenschappen: l.eigenschappen,
    rollen: l.rollen,
    status: r.statusUuid ? url.status(root, r.statusUuid) : null,
    zaakinformatieobjecten: l.zaakinformatieobjecten,
    zaakobjecten: l.zaakobjecten,
    kenmerken: g.kenmerken ?? [],
    archiefnominatie: r.archiefnominatie,
    archiefstatus: r.archiefstatus,
    archiefactiedatum: r.archiefactiedatum,
    resultaat: l.resultaat,
    opdrachtgevendeOrganisatie: g.opdrachtgevendeOrganisatie ?? "",
    processobjectaard: g.processobjectaard ?? null,
    startdatumBewaartermijn: g.startdatumBewaartermijn ?? null,
    processobject: g.processobject ?? null,
  };
}

/** One zaak as GET answers it (the local reader of `zaken`). */
export async function leesZaak(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const r = await zoekZaak(db, uuid);
  return r ? ((await zaakResources(db, root, [r]))[0] ?? null) : null;
}

export function iso(tijd: Date): string {
  return tijd.toISOString().replace(".000Z", "Z");
}

/** The Status resources of a page, with indicatieLaatstGezetteStatus and their zaakinformatieobjecten. */
export async function statusResources(db: Db, root: string, rijen: StatusRij[]): Promise<Record<string, unknown>[]> {
  if (rijen.length === 0) return [];
  const zaken = await db
    .select({ uuid: zrcZaak.uuid, status: zrcZaak.statusUuid })
    .from(zrcZaak)
    .where(inArray(zrcZaak.uuid, [...new Set(rijen.map((r) => r.zaakUuid))]));
  const laatste = new Map(zaken.map((z) => [z.uuid, z.status]));
  const urls = rijen.map((r) => url.status(root, r.uuid));
  const zios = await db
    .select({ uuid: zrcZaakinformatieobject.uuid, status: zrcZaakinformatieobject.statusUrl })
    .from(zrcZaakinformatieobject)
    .where(inArray(zrcZaakinformatieobject.statusUrl, urls));
  const perStatus = groepeer(zios, (z) => z.status!, (z) => url.zio(root, z.uuid));
  return rijen.map((r) => ({
    url: url.status(root, r.uuid),
    uuid: r.uuid,
    zaak: url.zaak(root, r.zaakUuid),
    statustype: r.statustypeUrl,
    datumStatusGezet: iso(r.datumStatusGezet),
    statustoelichting: r.gegevens.statustoelichting ?? "",
    indicatieLaatstGezetteStatus: laatste.get(r.zaakUuid) === r.uuid,
    gezetdoor: r.gegevens.gezetdoor ?? "",
    zaakinformatieobjecten: perStatus.get(url.status(root, r.uuid)) ?? [],
  }));
}

export async function leesStatus(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const r = await zoekStatus(db, uuid);
  return r ? ((await statusResources(db, root, [r]))[0] ?? null) : null;
}

export function resultaatResource(root: string, r: ResultaatRij): Record<string, unknown> {
  return {
    url: url.resultaat(root, r.uuid),
    uuid: r.uuid,
    zaak: url.zaak(root, r.zaakUuid),
    resultaattype: r.resultaattypeUrl,
    toelichting: r.toelichting,
  };
}

export async function leesResultaat(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const r = await zoekResultaat(db, uuid);
  return r ? resultaatResource(root, r) : null;
}

/** The last set status of a zaak (latest datumStatusGezet, then latest written). */
export async function laatsteStatus(db: Db, zaakUuid: string): Promise<StatusRij | null> {
  const [r] = await db
    .select()
    .from(zrcStatus)
    .where(eq(zrcStatus.zaakUuid, zaakUuid))
    .orderBy(desc(zrcStatus.datumStatusGezet), desc(zrcStatus.volgorde))
    .limit(1);
  return r ?? null;
}

export async function resultaatVanZaak(db: Db, zaakUuid: string): Promise<ResultaatRij | null> {
  const [r] = await db.select().from(zrcResultaat).where(and(eq(zrcResultaat.zaakUuid, zaakUuid))).limit(1);
  return r ?? null;
}
