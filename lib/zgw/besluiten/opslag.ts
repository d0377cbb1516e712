import { eq, inArray } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db";
import { apiRoot } from "../route";
import { brcBesluit, brcBesluitinformatieobject } from "./schema";

export type Db = Database | Transaction;
export type BesluitRij = typeof brcBesluit.$inferSelect;
export type BioRij = typeof brcBesluitinformatieobject.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(v: string): boolean {
  return UUID.test(v);
}

export const VERVALREDEN_WEERGAVE: Record<string, string> = {
  tijdelijk: "Besluit met tijdelijke werking",
  ingetrokken_overheid: "Besluit ingetrokken door overheid",
  ingetrokken_belanghebbende: "Besluit ingetrokken o.v.v. belanghebbende",
};

export function besluitUrl(uuid: string, root = apiRoot("besluiten")): string {
  return `${root}/besluiten/${uuid}`;
}

export function bioUrl(uuid: string, root = apiRoot("besluiten")): string {
  return `${root}/besluitinformatieobjecten/${uuid}`;
}

/** The besluittype URL of a row: on the current public URL when it is one of this app's. */
export function besluittypeVan(rij: Pick<BesluitRij, "besluittypeUrl" | "besluittypeUuid">): string {
  return rij.besluittypeUuid ? `${apiRoot("catalogi")}/besluittypen/${rij.besluittypeUuid}` : rij.besluittypeUrl;
}

/** The zaak URL of a row, "" without zaak (as Open Zaak answers). */
export function zaakVan(rij: Pick<BesluitRij, "zaakUuid" | "zaakUrl">): string {
  if (rij.zaakUuid) return `${apiRoot("zaken")}/zaken/${rij.zaakUuid}`;
  return rij.zaakUrl ?? "";
}

export function informatieobjectVan(rij: Pick<BioRij, "informatieobjectUuid" | "informatieobjectUrl">): string {
  return rij.informatieobjectUuid ? `${apiRoot("documenten")}/enkelvoudiginformatieobjecten/${rij.informatieobjectUuid}` : rij.informatieobjectUrl;
}

/** The Besluit as the API answers it. */
export function besluitResource(rij: BesluitRij, root = apiRoot("besluiten")) {
  return {
    url: besluitUrl(rij.uuid, root),
    identificatie: rij.identificatie,
    verantwoordelijkeOrganisatie: rij.verantwoordelijkeOrganisatie,
    besluittype: besluittypeVan(rij),
    zaak: zaakVan(rij),
    datum: rij.datum,
    toelichting: rij.toelichting,
    bestuursorgaan: rij.bestuursorgaan,
    ingangsdatum: rij.ingangsdatum,
    vervaldatum: rij.vervaldatum,
    vervalreden: rij.vervalreden,
    vervalredenWeergave: VERVALREDEN_WEERGAVE[rij.vervalreden] ?? "",
    publicatiedatum: rij.publicatiedatum,
    verzenddatum: rij.verzenddatum,
    uiterlijkeReactiedatum: rij.uiterlijkeReactiedatum,
  };
}
export type BesluitResource = ReturnType<typeof besluitResource>;

export function bioResource(rij: BioRij, root = apiRoot("besluiten")) {
  return {
    url: bioUrl(rij.uuid, root),
    informatieobject: informatieobjectVan(rij),
    besluit: besluitUrl(rij.besluitUuid, root),
  };
}

export async function zoekBesluit(db: Db, uuid: string): Promise<BesluitRij | null> {
  if (!isUuid(uuid)) return null;
  const [rij] = await db.select().from(brcBesluit).where(eq(brcBesluit.uuid, uuid.toLowerCase()));
  return rij ?? null;
}

export async function zoekBio(db: Db, uuid: string): Promise<{ bio: BioRij; besluit: BesluitRij } | null> {
  if (!isUuid(uuid)) return null;
  const [rij] = await db
    .select({ bio: brcBesluitinformatieobject, besluit: brcBesluit })
    .from(brcBesluitinformatieobject)
    .innerJoin(brcBesluit, eq(brcBesluit.uuid, brcBesluitinformatieobject.besluitUuid))
    .where(eq(brcBesluitinformatieobject.uuid, uuid.toLowerCase()));
  return rij ?? null;
}

export async function biosVanBesluit(db: Db, besluitUuid: string): Promise<BioRij[]> {
  return db.select().from(brcBesluitinformatieobject).where(eq(brcBesluitinformatieobject.besluitUuid, besluitUuid));
}

// ---------------------------------------------------------------- for the other APIs

/** Local reader of `besluiten` for lib/zgw/lokaal.ts. */
export async function leesBesluit(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const rij = await zoekBesluit(db, uuid);
  return rij ? besluitResource(rij, root) : null;
}

/** Local reader of `besluitinformatieobjecten` for lib/zgw/lokaal.ts. */
export async function leesBesluitinformatieobject(db: Db, root: string, uuid: string): Promise<Record<string, unknown> | null> {
  const rij = await zoekBio(db, uuid);
  return rij ? bioResource(rij.bio, root) : null;
}

export interface BesluitVoorRelatie {
  uuid: string;
  url: string;
  identificatie: string;
  verantwoordelijkeOrganisatie: string;
  besluittypeUrl: string;
  /** "" without zaak. */
  zaakUrl: string;
  zaakUuid: string | null;
  datum: string;
  ingangsdatum: string;
  vervaldatum: string | null;
}

function voorRelatie(rij: BesluitRij): BesluitVoorRelatie {
  return {
    uuid: rij.uuid,
    url: besluitUrl(rij.uuid),
    identificatie: rij.identificatie,
    verantwoordelijkeOrganisatie: rij.verantwoordelijkeOrganisatie,
    besluittypeUrl: besluittypeVan(rij),
    zaakUrl: zaakVan(rij),
    zaakUuid: rij.zaakUuid,
    datum: rij.datum,
    ingangsdatum: rij.ingangsdatum,
    vervaldatum: rij.vervaldatum,
  };
}

/** A besluit of this app as the other APIs need it for relations (Zaken, Documenten), or null. */
export async function besluitVoorRelatie(db: Db, uuid: string): Promise<BesluitVoorRelatie | null> {
  const rij = await zoekBesluit(db, uuid);
  return rij ? voorRelatie(rij) : null;
}

/** Several at once (for a page of relations: no N+1), keyed by uuid. */
export async function besluitenVoorRelatie(db: Db, uuids: string[]): Promise<Map<string, BesluitVoorRelatie>> {
  const geldig = [...new Set(uuids.filter(isUuid).map((u) => u.toLowerCase()))];
  if (geldig.length === 0) return new Map();
  const rijen = await db.select().from(brcBesluit).where(inArray(brcBesluit.uuid, geldig));
  return new Map(rijen.map((r) => [r.uuid, voorRelatie(r)]));
}
