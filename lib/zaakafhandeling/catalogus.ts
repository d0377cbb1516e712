/**
 * Catalogue data the proxy needs on every request (zaaktypen and their status-, resultaat-,
 * rol-, besluit- and informatieobjecttypen), cached per process for a short while: published
 * types do not change, and a new version shows up within the TTL.
 */
import type { ZgwClient } from "@/lib/zgw-client";
import {
  ZgwBesluittype,
  ZgwInformatieobjecttype,
  ZgwResultaattype,
  ZgwRoltype,
  ZgwStatustype,
  ZgwZaaktype,
  type ZgwBesluittype as Besluittype,
  type ZgwInformatieobjecttype as Informatieobjecttype,
  type ZgwResultaattype as Resultaattype,
  type ZgwRoltype as Roltype,
  type ZgwStatustype as Statustype,
  type ZgwZaaktype as Zaaktype,
} from "@/lib/zgw-client";

const TTL_MS = 60_000;

interface Item<T> {
  waarde: Promise<T>;
  tot: number;
}
const cache = new Map<string, Item<unknown>>();

function gecached<T>(sleutel: string, laad: () => Promise<T>): Promise<T> {
  const bekend = cache.get(sleutel) as Item<T> | undefined;
  if (bekend && bekend.tot > Date.now()) return bekend.waarde;
  const waarde = laad();
  cache.set(sleutel, { waarde, tot: Date.now() + TTL_MS });
  waarde.catch(() => cache.delete(sleutel));
  return waarde;
}

/** Forget everything (tests; after a beheer change). */
export function vergeetCatalogus(): void {
  cache.clear();
}

/** Every zaaktype (all versions, concept included: zaken may refer to any version). */
export function alleZaaktypen(zgw: ZgwClient): Promise<Zaaktype[]> {
  return gecached(`zaaktypen:${zgw.roots.catalogi.fetchRoot}`, () => zgw.alle("catalogi", "/zaaktypen", ZgwZaaktype, { status: "alles" }, 50));
}

export async function zaaktypeVan(zgw: ZgwClient, url: string): Promise<Zaaktype> {
  const lijst = await alleZaaktypen(zgw);
  const gevonden = lijst.find((z) => z.url === url);
  if (gevonden) return gevonden;
  return gecached(`zaaktype:${url}`, () => zgw.haal(url, ZgwZaaktype));
}

export function statustypen(zgw: ZgwClient, zaaktypeUrl: string): Promise<Statustype[]> {
  return gecached(`statustypen:${zaaktypeUrl}`, async () =>
    (await zgw.alle("catalogi", "/statustypen", ZgwStatustype, { zaaktype: zaaktypeUrl, status: "alles" })).sort((a, b) => a.volgnummer - b.volgnummer),
  );
}

export function resultaattypen(zgw: ZgwClient, zaaktypeUrl: string): Promise<Resultaattype[]> {
  return gecached(`resultaattypen:${zaaktypeUrl}`, () => zgw.alle("catalogi", "/resultaattypen", ZgwResultaattype, { zaaktype: zaaktypeUrl, status: "alles" }));
}

export function roltypen(zgw: ZgwClient, zaaktypeUrl: string): Promise<Roltype[]> {
  return gecached(`roltypen:${zaaktypeUrl}`, () => zgw.alle("catalogi", "/roltypen", ZgwRoltype, { zaaktype: zaaktypeUrl, status: "alles" }));
}

export function besluittypen(zgw: ZgwClient, zaaktype: Zaaktype): Promise<Besluittype[]> {
  return Promise.all(zaaktype.besluittypen.map((url) => besluittypeVan(zgw, url)));
}

export function besluittypeVan(zgw: ZgwClient, url: string): Promise<Besluittype> {
  return gecached(`besluittype:${url}`, () => zgw.haal(url, ZgwBesluittype));
}

export function informatieobjecttypen(zgw: ZgwClient, zaaktype: Zaaktype): Promise<Informatieobjecttype[]> {
  return Promise.all(zaaktype.informatieobjecttypen.map((url) => informatieobjecttypeVan(zgw, url)));
}

export function informatieobjecttypeVan(zgw: ZgwClient, url: string): Promise<Informatieobjecttype> {
  return gecached(`iot:${url}`, () => zgw.haal(url, ZgwInformatieobjecttype));
}

export function statustypeVan(zgw: ZgwClient, url: string): Promise<Statustype> {
  return gecached(`statustype:${url}`, () => zgw.haal(url, ZgwStatustype));
}

export function resultaattypeVan(zgw: ZgwClient, url: string): Promise<Resultaattype> {
  return gecached(`resultaattype:${url}`, () => zgw.haal(url, ZgwResultaattype));
}

export function roltypeVan(zgw: ZgwClient, url: string): Promise<Roltype> {
  return gecached(`roltype:${url}`, () => zgw.haal(url, ZgwRoltype));
}

/** The end status: the one flagged isEindstatus, else the highest volgnummer (ZGW's rule). */
export function eindStatustype(typen: readonly Statustype[]): Statustype | undefined {
  return typen.find((t) => t.isEindstatus === true) ?? [...typen].sort((a, b) => b.volgnummer - a.volgnummer)[0];
}
