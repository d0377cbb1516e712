import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db";
import { ztcCatalogus, ztcOnderdeel, ztcType } from "./schema";

export type Db = Database | Transaction;
export type CatalogusRij = typeof ztcCatalogus.$inferSelect;
export type TypeRij = typeof ztcType.$inferSelect;
export type OnderdeelRij = typeof ztcOnderdeel.$inferSelect;

export type HoofdSoort = "zaaktype" | "informatieobjecttype" | "besluittype";
export type OnderdeelSoort = "statustype" | "roltype" | "resultaattype" | "eigenschap" | "zaakobjecttype" | "zaaktype-informatieobjecttype";
export type Soort = "catalogus" | HoofdSoort | OnderdeelSoort;

/** The collection (path segment) of each resource. */
export const COLLECTIE: Record<Soort, string> = {
  catalogus: "catalogussen",
  zaaktype: "zaaktypen",
  informatieobjecttype: "informatieobjecttypen",
  besluittype: "besluittypen",
  statustype: "statustypen",
  roltype: "roltypen",
  resultaattype: "resultaattypen",
  eigenschap: "eigenschappen",
  zaakobjecttype: "zaakobjecttypen",
  "zaaktype-informatieobjecttype": "zaaktype-informatieobjecttypen",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(v: string): boolean {
  return UUID.test(v);
}

export function resourceUrl(apiRoot: string, soort: Soort, uuid: string): string {
  return `${apiRoot}/${COLLECTIE[soort]}/${uuid}`;
}

/**
 * The uuid in a URL of this API, or null. Only URLs on this API's own root count: a
 * resource "of the same catalogus on another host" is another resource (ztc-013).
 */
export function uuidUitUrl(apiRoot: string, soort: Soort, url: string): string | null {
  const prefix = `${apiRoot}/${COLLECTIE[soort]}/`;
  if (!url.startsWith(prefix)) return null;
  const rest = url.slice(prefix.length).replace(/\/$/, "");
  return isUuid(rest) ? rest.toLowerCase() : null;
}

/**
 * Everything in one catalogus. Relations in the Catalogi API never leave a catalogus
 * (ztc-013) and since 1.3 go by omschrijving/identificatie, so resources are built from this
 * snapshot (catalogi hold tens to hundreds of types, not millions).
 */
export interface CatalogusSnapshot {
  catalogus: CatalogusRij;
  types: TypeRij[];
  onderdelen: OnderdeelRij[];
}

async function leesSnapshot(db: Db, catalogus: CatalogusRij): Promise<CatalogusSnapshot> {
  const catalogusUuid = catalogus.uuid;
  const types = await db
    .select()
    .from(ztcType)
    .where(eq(ztcType.catalogusUuid, catalogusUuid))
    .orderBy(asc(ztcType.beginGeldigheid), asc(ztcType.aangemaaktOp), asc(ztcType.uuid));
  const zaaktypen = types.filter((t) => t.soort === "zaaktype").map((t) => t.uuid);
  const onderdelen =
    zaaktypen.length === 0
      ? []
      : await db
          .select()
          .from(ztcOnderdeel)
          .where(inArray(ztcOnderdeel.zaaktypeUuid, zaaktypen))
          .orderBy(asc(ztcOnderdeel.aangemaaktOp), asc(ztcOnderdeel.uuid));
  return { catalogus, types, onderdelen };
}

/**
 * The last snapshot per catalogus read in this process, with the version token it was read
 * at. Every reference to a type from the other APIs needs the catalogus (relations go by
 * omschrijving), and a catalogus of 100 zaaktypen is ~1,600 rows: reading it once per change
 * instead of once per request. Snapshots are shared: never mutate one.
 */
const SNAPSHOTS = Symbol.for("zac.catalogi.snapshots");
type SnapshotSlot = typeof globalThis & { [SNAPSHOTS]?: Map<string, CatalogusSnapshot> };

function snapshotCache(): Map<string, CatalogusSnapshot> {
  const g = globalThis as SnapshotSlot;
  return (g[SNAPSHOTS] ??= new Map());
}

export async function laadSnapshot(db: Db, catalogusUuid: string): Promise<CatalogusSnapshot | null> {
  // One row: the catalogus with its current version token (inside a transaction: as that
  // transaction sees it, so its own uncommitted changes give a token no one else will see).
  const [catalogus] = await db.select().from(ztcCatalogus).where(eq(ztcCatalogus.uuid, catalogusUuid));
  if (!catalogus) return null;
  const cache = snapshotCache();
  const bekend = cache.get(catalogusUuid);
  if (bekend && bekend.catalogus.versie === catalogus.versie) return bekend;
  const snapshot = await leesSnapshot(db, catalogus);
  cache.set(catalogusUuid, snapshot);
  return snapshot;
}

/** Snapshots per catalogus for one request (a list touches a few catalogi at most). */
export class SnapshotCache {
  private readonly cache = new Map<string, Promise<CatalogusSnapshot | null>>();
  constructor(private readonly db: Db) {}
  async get(catalogusUuid: string): Promise<CatalogusSnapshot> {
    let p = this.cache.get(catalogusUuid);
    if (!p) {
      p = laadSnapshot(this.db, catalogusUuid);
      this.cache.set(catalogusUuid, p);
    }
    const s = await p;
    if (!s) throw new Error(`Catalogus ${catalogusUuid} bestaat niet`);
    return s;
  }
}

export async function zoekCatalogus(db: Db, uuid: string): Promise<CatalogusRij | null> {
  const [rij] = await db.select().from(ztcCatalogus).where(eq(ztcCatalogus.uuid, uuid));
  return rij ?? null;
}

export async function zoekType(db: Db, soort: HoofdSoort, uuid: string): Promise<TypeRij | null> {
  const [rij] = await db
    .select()
    .from(ztcType)
    .where(and(eq(ztcType.uuid, uuid), eq(ztcType.soort, soort)));
  return rij ?? null;
}

export async function zoekOnderdeel(db: Db, soort: OnderdeelSoort, uuid: string): Promise<{ onderdeel: OnderdeelRij; zaaktype: TypeRij } | null> {
  const [rij] = await db
    .select({ onderdeel: ztcOnderdeel, zaaktype: ztcType })
    .from(ztcOnderdeel)
    .innerJoin(ztcType, eq(ztcType.uuid, ztcOnderdeel.zaaktypeUuid))
    .where(and(eq(ztcOnderdeel.uuid, uuid), eq(ztcOnderdeel.soort, soort)));
  return rij ?? null;
}
