import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { brcBesluit } from "@/lib/zgw/besluiten/schema";
import { apiRoot } from "../../route";
import { zrcStatus } from "../schema";
import { iso, type Db } from "./gedeeld";
import {
  zrcKlantcontact,
  zrcRol,
  zrcZaakbesluit,
  zrcZaakcontactmoment,
  zrcZaakeigenschap,
  zrcZaakinformatieobject,
  zrcZaakobject,
  zrcZaakverzoek,
} from "./schema";

/** Rows -> API representations (as GET answers). URLs of local objects follow ZAC_PUBLIC_URL. */

export type RolRij = typeof zrcRol.$inferSelect;
export type ZaakobjectRij = typeof zrcZaakobject.$inferSelect;
export type ZioRij = typeof zrcZaakinformatieobject.$inferSelect;
export type ZaakeigenschapRij = typeof zrcZaakeigenschap.$inferSelect;
export type KlantcontactRij = typeof zrcKlantcontact.$inferSelect;
export type ZaakcontactmomentRij = typeof zrcZaakcontactmoment.$inferSelect;
export type ZaakverzoekRij = typeof zrcZaakverzoek.$inferSelect;
export type ZaakbesluitRij = typeof zrcZaakbesluit.$inferSelect;

const zaakUrl = (root: string, uuid: string) => `${root}/zaken/${uuid}`;

/** Rol.statussen: the statussen this rol set (Status.gezetdoor), for a page of rollen in one query. */
export async function statussenPerRol(db: Db, root: string, rollen: RolRij[]): Promise<Map<string, string[]>> {
  const uit = new Map<string, string[]>();
  if (rollen.length === 0) return uit;
  const rolUrls = rollen.map((r) => `${root}/rollen/${r.uuid}`);
  const zaken = [...new Set(rollen.map((r) => r.zaakUuid))];
  const rijen = await db
    .select({ uuid: zrcStatus.uuid, gezetdoor: sql<string>`${zrcStatus.gegevens}->>'gezetdoor'` })
    .from(zrcStatus)
    .where(and(inArray(zrcStatus.zaakUuid, zaken), inArray(sql`${zrcStatus.gegevens}->>'gezetdoor'`, rolUrls)))
    .orderBy(asc(zrcStatus.datumStatusGezet));
  for (const r of rijen) uit.set(r.gezetdoor, [...(uit.get(r.gezetdoor) ?? []), `${root}/statussen/${r.uuid}`]);
  return uit;
}

export function rolResource(root: string, r: RolRij, statussen: string[]): Record<string, unknown> {
  const g = r.gegevens;
  const url = `${root}/rollen/${r.uuid}`;
  return {
    url,
    uuid: r.uuid,
    zaak: zaakUrl(root, r.zaakUuid),
    ...(r.betrokkene ? { betrokkene: r.betrokkene } : {}),
    betrokkeneType: r.betrokkeneType,
    afwijkendeNaamBetrokkene: g.afwijkendeNaamBetrokkene ?? "",
    roltype: r.roltypeUrl,
    omschrijving: r.omschrijving,
    omschrijvingGeneriek: r.omschrijvingGeneriek,
    roltoelichting: g.roltoelichting ?? "",
    registratiedatum: iso(r.registratiedatum),
    indicatieMachtiging: g.indicatieMachtiging ?? "",
    contactpersoonRol: g.contactpersoonRol ?? null,
    statussen: statussen,
    betrokkeneIdentificatie: r.betrokkeneIdentificatie ?? null,
  };
}

export async function rolResources(db: Db, root: string, rijen: RolRij[]): Promise<Record<string, unknown>[]> {
  const statussen = await statussenPerRol(db, root, rijen);
  return rijen.map((r) => rolResource(root, r, statussen.get(`${root}/rollen/${r.uuid}`) ?? []));
}

export function zaakobjectResource(root: string, r: ZaakobjectRij): Record<string, unknown> {
  const g = r.gegevens;
  return {
    url: `${root}/zaakobjecten/${r.uuid}`,
    uuid: r.uuid,
    zaak: zaakUrl(root, r.zaakUuid),
    ...(r.objectUrl ? { object: r.objectUrl } : {}),
    ...(r.zaakobjecttypeUrl ? { zaakobjecttype: r.zaakobjecttypeUrl } : {}),
    objectType: r.objectType,
    // The OAS pattern ([a-z_]+) rejects "", so an empty objectTypeOverige is left out.
    ...(g.objectTypeOverige ? { objectTypeOverige: g.objectTypeOverige } : {}),
    objectTypeOverigeDefinitie: g.objectTypeOverigeDefinitie ?? null,
    relatieomschrijving: g.relatieomschrijving ?? "",
    ...(g.objectIdentificatie !== undefined && g.objectIdentificatie !== null ? { objectIdentificatie: g.objectIdentificatie } : {}),
  };
}

/** The document URL: a local document's follows this app's public URL. */
export function informatieobjectUrl(r: Pick<ZioRij, "informatieobjectUrl" | "informatieobjectUuid">): string {
  return r.informatieobjectUuid ? `${apiRoot("documenten")}/enkelvoudiginformatieobjecten/${r.informatieobjectUuid}` : r.informatieobjectUrl;
}

export function zioResource(root: string, r: ZioRij): Record<string, unknown> {
  return {
    url: `${root}/zaakinformatieobjecten/${r.uuid}`,
    uuid: r.uuid,
    informatieobject: informatieobjectUrl(r),
    zaak: zaakUrl(root, r.zaakUuid),
    aardRelatieWeergave: "Hoort bij, omgekeerd: kent",
    titel: r.titel,
    beschrijving: r.beschrijving,
    registratiedatum: iso(r.registratiedatum),
    vernietigingsdatum: iso(r.vernietigingsdatum),
    status: r.statusUrl,
  };
}

export function zaakeigenschapResource(root: string, r: ZaakeigenschapRij): Record<string, unknown> {
  return {
    url: `${root}/zaken/${r.zaakUuid}/zaakeigenschappen/${r.uuid}`,
    uuid: r.uuid,
    zaak: zaakUrl(root, r.zaakUuid),
    eigenschap: r.eigenschapUrl,
    naam: r.naam,
    waarde: r.waarde,
  };
}

export function klantcontactResource(root: string, r: KlantcontactRij): Record<string, unknown> {
  const g = r.gegevens;
  return {
    url: `${root}/klantcontacten/${r.uuid}`,
    uuid: r.uuid,
    zaak: zaakUrl(root, r.zaakUuid),
    identificatie: r.identificatie,
    datumtijd: iso(r.datumtijd),
    kanaal: g.kanaal ?? "",
    onderwerp: g.onderwerp ?? "",
    toelichting: g.toelichting ?? "",
  };
}

export function zaakcontactmomentResource(root: string, r: ZaakcontactmomentRij): Record<string, unknown> {
  return { url: `${root}/zaakcontactmomenten/${r.uuid}`, uuid: r.uuid, zaak: zaakUrl(root, r.zaakUuid), contactmoment: r.contactmomentUrl };
}

export function zaakverzoekResource(root: string, r: ZaakverzoekRij): Record<string, unknown> {
  return { url: `${root}/zaakverzoeken/${r.uuid}`, uuid: r.uuid, zaak: zaakUrl(root, r.zaakUuid), verzoek: r.verzoekUrl };
}

/** A zaak-besluit relation: an external one (own row) or a local besluit naming this zaak (uuid = the besluit's). */
export function zaakbesluitResource(root: string, zaakUuid: string, uuid: string, besluit: string): Record<string, unknown> {
  return { url: `${root}/zaken/${zaakUuid}/besluiten/${uuid}`, uuid, besluit };
}

export const lokaalBesluitUrl = (uuid: string) => `${apiRoot("besluiten")}/besluiten/${uuid}`;

/** The besluiten of one zaak: local besluiten (brc_besluit.zaak_uuid) then the external relations. */
export async function zaakbesluitResources(db: Db, root: string, zaakUuid: string): Promise<Record<string, unknown>[]> {
  const lokaal = await db
    .select({ uuid: brcBesluit.uuid })
    .from(brcBesluit)
    .where(eq(brcBesluit.zaakUuid, zaakUuid))
    .orderBy(asc(brcBesluit.aangemaaktOp), asc(brcBesluit.uuid));
  const extern = await db.select().from(zrcZaakbesluit).where(eq(zrcZaakbesluit.zaakUuid, zaakUuid)).orderBy(asc(zrcZaakbesluit.volgorde));
  return [
    ...lokaal.map((b) => zaakbesluitResource(root, zaakUuid, b.uuid, lokaalBesluitUrl(b.uuid))),
    ...extern.map((b) => zaakbesluitResource(root, zaakUuid, b.uuid, b.besluitUrl)),
  ];
}

export type RelatieSoort = "rol" | "zaakobject" | "zaakinformatieobject" | "zaakeigenschap";

/**
 * The relation resources of a batch of zaken, per zaak uuid, in list order: one query per
 * call (plus one for Rol.statussen). For the zaak's read-only lists (rollen,
 * zaakobjecten, zaakinformatieobjecten, eigenschappen) and `expand`.
 */
export async function relatieResources(db: Db, root: string, soort: RelatieSoort, zaakUuids: string[]): Promise<Map<string, Record<string, unknown>[]>> {
  const uit = new Map<string, Record<string, unknown>[]>();
  const uuids = [...new Set(zaakUuids)];
  if (uuids.length === 0) return uit;
  const voegToe = (zaakUuid: string, r: Record<string, unknown>) => uit.set(zaakUuid, [...(uit.get(zaakUuid) ?? []), r]);
  switch (soort) {
    case "rol": {
      const rijen = await db.select().from(zrcRol).where(inArray(zrcRol.zaakUuid, uuids)).orderBy(asc(zrcRol.volgorde));
      const resources = await rolResources(db, root, rijen);
      rijen.forEach((r, i) => voegToe(r.zaakUuid, resources[i]!));
      break;
    }
    case "zaakobject": {
      const rijen = await db.select().from(zrcZaakobject).where(inArray(zrcZaakobject.zaakUuid, uuids)).orderBy(asc(zrcZaakobject.volgorde));
      for (const r of rijen) voegToe(r.zaakUuid, zaakobjectResource(root, r));
      break;
    }
    case "zaakinformatieobject": {
      const rijen = await db
        .select()
        .from(zrcZaakinformatieobject)
        .where(inArray(zrcZaakinformatieobject.zaakUuid, uuids))
        .orderBy(asc(zrcZaakinformatieobject.volgorde));
      for (const r of rijen) voegToe(r.zaakUuid, zioResource(root, r));
      break;
    }
    case "zaakeigenschap": {
      const rijen = await db.select().from(zrcZaakeigenschap).where(inArray(zrcZaakeigenschap.zaakUuid, uuids)).orderBy(asc(zrcZaakeigenschap.volgorde));
      for (const r of rijen) voegToe(r.zaakUuid, zaakeigenschapResource(root, r));
      break;
    }
  }
  return uit;
}

// ------------------------------------------------------------------ local readers (lib/zgw/lokaal.ts)

async function eenRij<T>(rijen: Promise<T[]>): Promise<T | null> {
  return (await rijen)[0] ?? null;
}

export async function leesRol(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const rij = await eenRij(db.select().from(zrcRol).where(eq(zrcRol.uuid, uuid)));
  return rij ? ((await rolResources(db, root, [rij]))[0] ?? null) : null;
}
export async function leesZaakobject(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const rij = await eenRij(db.select().from(zrcZaakobject).where(eq(zrcZaakobject.uuid, uuid)));
  return rij ? zaakobjectResource(root, rij) : null;
}
export async function leesZaakinformatieobject(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const rij = await eenRij(db.select().from(zrcZaakinformatieobject).where(eq(zrcZaakinformatieobject.uuid, uuid)));
  return rij ? zioResource(root, rij) : null;
}
export async function leesKlantcontact(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const rij = await eenRij(db.select().from(zrcKlantcontact).where(eq(zrcKlantcontact.uuid, uuid)));
  return rij ? klantcontactResource(root, rij) : null;
}
export async function leesZaakcontactmoment(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const rij = await eenRij(db.select().from(zrcZaakcontactmoment).where(eq(zrcZaakcontactmoment.uuid, uuid)));
  return rij ? zaakcontactmomentResource(root, rij) : null;
}
export async function leesZaakverzoek(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const rij = await eenRij(db.select().from(zrcZaakverzoek).where(eq(zrcZaakverzoek.uuid, uuid)));
  return rij ? zaakverzoekResource(root, rij) : null;
}
