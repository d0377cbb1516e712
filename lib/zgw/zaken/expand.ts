import { inArray } from "drizzle-orm";
import { zgwFout } from "../fouten";
import type { Autorisatiecontext } from "../scopes";
import { haalResource, lokaleUuid } from "../verwijzingen";
import { relatieResources } from "./relaties";
import { statusResources, zaakResources, type Db } from "./opslag";
import { zrcStatus, zrcZaak } from "./schema";
import { SCOPE } from "./service";

/**
 * `expand` (GUIDE 5.3, zrc-025..028): comma-separated dot paths, at most 3 levels (deeper
 * parts are cut), each part an expandable attribute of its resource (else 404); only Zaken
 * and Catalogi data; every expanded zaak is authorised like a read (unauthorised ones are
 * left out, a single relation becomes {}). Each level is loaded in batches for all parents.
 */

type Soort = "zaak" | "status" | "resultaat" | "rol" | "zaakobject" | "zaakinformatieobject" | "zaakeigenschap" | "catalogi";
type Resource = Record<string, unknown>;
type Boom = Map<string, Boom>;

interface Veld {
  soort: Soort;
  lijst: boolean;
  /** For catalogi fields: the collection (for local reads). */
  collectie?: string;
}

const VELDEN: Record<Soort, Record<string, Veld>> = {
  zaak: {
    zaaktype: { soort: "catalogi", lijst: false, collectie: "zaaktypen" },
    hoofdzaak: { soort: "zaak", lijst: false },
    deelzaken: { soort: "zaak", lijst: true },
    relevanteAndereZaken: { soort: "zaak", lijst: true },
    eigenschappen: { soort: "zaakeigenschap", lijst: true },
    rollen: { soort: "rol", lijst: true },
    status: { soort: "status", lijst: false },
    zaakobjecten: { soort: "zaakobject", lijst: true },
    zaakinformatieobjecten: { soort: "zaakinformatieobject", lijst: true },
    resultaat: { soort: "resultaat", lijst: false },
  },
  status: {
    statustype: { soort: "catalogi", lijst: false, collectie: "statustypen" },
    gezetdoor: { soort: "rol", lijst: false },
    zaakinformatieobjecten: { soort: "zaakinformatieobject", lijst: true },
  },
  resultaat: {
    zaak: { soort: "zaak", lijst: false },
    resultaattype: { soort: "catalogi", lijst: false, collectie: "resultaattypen" },
  },
  rol: {
    zaak: { soort: "zaak", lijst: false },
    roltype: { soort: "catalogi", lijst: false, collectie: "roltypen" },
    statussen: { soort: "status", lijst: true },
  },
  zaakobject: { zaakobjecttype: { soort: "catalogi", lijst: false, collectie: "zaakobjecttypen" } },
  zaakinformatieobject: { status: { soort: "status", lijst: false } },
  zaakeigenschap: {},
  catalogi: {},
};

const COLLECTIE: Partial<Record<Soort, string>> = {
  rol: "rollen",
  zaakobject: "zaakobjecten",
  zaakinformatieobject: "zaakinformatieobjecten",
  resultaat: "resultaten",
};

export const MAX_DIEPTE = 3;

/** The expand tree; 404 (zrc-027) for a path that is no expandable attribute. */
export function expandBoom(expand: string | undefined, soort: Soort = "zaak"): Boom {
  const boom: Boom = new Map();
  if (!expand) return boom;
  for (const pad of expand.split(",").map((p) => p.trim()).filter(Boolean)) {
    // zrc-026: deeper levels are cut at 3.
    const delen = pad.split(".").slice(0, MAX_DIEPTE);
    let knoop = boom;
    let s: Soort = soort;
    for (const deel of delen) {
      const veld = VELDEN[s][deel];
      if (!veld) throw zgwFout("not_found", "not_found", `Het expand-pad '${pad}' bestaat niet: '${deel}' is geen uit te breiden attribuut.`);
      let kind = knoop.get(deel);
      if (!kind) knoop.set(deel, (kind = new Map()));
      knoop = kind;
      s = veld.soort;
    }
  }
  return boom;
}

interface Omgeving {
  db: Db;
  root: string;
  auth: Autorisatiecontext;
  cache: Map<string, Promise<Resource>>;
}

function urlsVan(resource: Resource, veld: string): string[] {
  const w = resource[veld];
  if (w === null || w === undefined || w === "") return [];
  if (Array.isArray(w)) return w.map((x) => (typeof x === "string" ? x : ((x as { url?: string }).url ?? ""))).filter(Boolean);
  return typeof w === "string" ? [w] : [];
}

function onophaalbaar(url: string): Error {
  return zgwFout("not_found", "not_found", `Het uit te breiden object ${url} kon niet worden opgehaald.`);
}

async function haal(omg: Omgeving, url: string, api: "zaken" | "catalogi", collectie: string): Promise<Resource> {
  try {
    return await haalResource(omg.db, url, { api, collectie }, "expand", omg.cache);
  } catch {
    throw onophaalbaar(url); // zrc-028
  }
}

/** Loads the objects that the URLs name, by kind, in batches where local. */
async function laad(omg: Omgeving, veld: Veld, urls: string[], ouders: Resource[], soortOuder: Soort): Promise<Map<string, Resource | null>> {
  const uit = new Map<string, Resource | null>();
  const uniek = [...new Set(urls)];
  if (uniek.length === 0) return uit;
  if (veld.soort === "zaak") {
    const lokaal = uniek.map((u) => [u, lokaleUuid(u, "zaken", "zaken")] as const);
    const uuids = lokaal.map(([, l]) => l).filter((l): l is string => l !== null);
    const rijen = uuids.length ? await omg.db.select().from(zrcZaak).where(inArray(zrcZaak.uuid, uuids)) : [];
    const resources = new Map((await zaakResources(omg.db, omg.root, rijen)).map((r) => [r.url as string, r]));
    for (const [u, l] of lokaal) {
      const z = l ? (resources.get(u) ?? null) : await haal(omg, u, "zaken", "zaken");
      if (l && !z) throw onophaalbaar(u);
      // Every expanded zaak is authorised like a read (Open Zaak 1.29.3).
      const mag = z !== null && omg.auth.mag(SCOPE.lezen, { type: z.zaaktype as string, vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding as string });
      uit.set(u, mag ? z : null);
    }
    return uit;
  }
  if (veld.soort === "status") {
    const uuids = uniek.map((u) => lokaleUuid(u, "zaken", "statussen")).filter((l): l is string => l !== null);
    const rijen = uuids.length ? await omg.db.select().from(zrcStatus).where(inArray(zrcStatus.uuid, uuids)) : [];
    const resources = new Map((await statusResources(omg.db, omg.root, rijen)).map((r) => [r.url as string, r]));
    for (const u of uniek) uit.set(u, resources.get(u) ?? (await haal(omg, u, "zaken", "statussen")));
    return uit;
  }
  if (veld.soort === "catalogi") {
    for (const u of uniek) uit.set(u, await haal(omg, u, "catalogi", veld.collectie!));
    return uit;
  }
  const relatieSoort = veld.soort as "rol" | "zaakobject" | "zaakinformatieobject" | "zaakeigenschap";
  if (soortOuder === "zaak") {
    // The zaak's own relation lists: one batch per kind for all zaken of the page.
    const perZaak = await relatieResources(omg.db, omg.root, relatieSoort, ouders.map((o) => o.uuid as string));
    for (const lijst of perZaak.values()) for (const r of lijst) uit.set(r.url as string, r);
  }
  for (const u of uniek) {
    if (uit.has(u)) continue;
    const collectie = COLLECTIE[veld.soort];
    uit.set(u, collectie ? await haal(omg, u, "zaken", collectie) : null);
  }
  return uit;
}

async function breidNiveauUit(omg: Omgeving, resources: Resource[], soort: Soort, boom: Boom): Promise<void> {
  for (const [attr, kinderen] of boom) {
    const veld = VELDEN[soort][attr]!;
    const alle = resources.flatMap((r) => urlsVan(r, attr));
    const geladen = await laad(omg, veld, alle, resources, soort);
    const nieuw: Resource[] = [];
    for (const r of resources) {
      const expand = ((r._expand as Resource | undefined) ?? {}) as Resource;
      const objecten = urlsVan(r, attr)
        .map((u) => geladen.get(u) ?? null)
        .filter((o): o is Resource => o !== null)
        .map((o) => structuredClone(o));
      expand[attr] = veld.lijst ? objecten : (objecten[0] ?? {});
      r._expand = expand;
      nieuw.push(...objecten);
    }
    if (kinderen.size > 0 && nieuw.length > 0) await breidNiveauUit(omg, nieuw, veld.soort, kinderen);
  }
}

/** Adds `_expand` to the resources (in place). */
export async function breidUit(omg: Omgeving, resources: Resource[], boom: Boom, soort: Soort = "zaak"): Promise<void> {
  if (boom.size === 0 || resources.length === 0) return;
  await breidNiveauUit(omg, resources, soort, boom);
}
