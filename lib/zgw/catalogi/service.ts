import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { invalidParamsFromZod, type InvalidParam } from "@/lib/errors";
import { validatieFout, zgwFout } from "../fouten";
import { parseScopeExpressie, type Autorisatiecontext } from "../scopes";
import { controleerProcestype, controleerSelectielijstklasse, omschrijvingGeneriek } from "./externe-lijsten";
import {
  BesluittypeInvoer,
  CatalogusInvoer,
  EigenschapInvoer,
  InformatieobjecttypeInvoer,
  ResultaattypeInvoer,
  RoltypeInvoer,
  StatustypeInvoer,
  ZaakobjecttypeInvoer,
  ZaaktypeInvoer,
  ZiotInvoer,
} from "./invoer";
import {
  laadSnapshot,
  resourceUrl,
  uuidUitUrl,
  zoekCatalogus,
  zoekOnderdeel,
  zoekType,
  type CatalogusRij,
  type CatalogusSnapshot,
  type Db,
  type HoofdSoort,
  type OnderdeelRij,
  type OnderdeelSoort,
  type TypeRij,
} from "./opslag";
import { controleerAfleidingswijze, controleerBrondatum, overlapt } from "./regels";
import { ztcCatalogus, ztcOnderdeel, ztcType } from "./schema";

/**
 * Writes of the Catalogi API with the rules of GUIDE §4.3. Every write runs in one
 * transaction; relations are checked against the catalogus as it is inside it.
 */

export interface Omgeving {
  db: Db;
  apiRoot: string;
  auth: Autorisatiecontext;
}

const GEFORCEERD_SCHRIJVEN = parseScopeExpressie("catalogi.geforceerd-schrijven");
const GEFORCEERD_VERWIJDEREN = parseScopeExpressie("catalogi.geforceerd-verwijderen");

/** A correctie (ztc-009/010): a change of a published type by a client with the geforceerd scope. */
function magCorrigeren(auth: Autorisatiecontext, verwijderen = false): boolean {
  return auth.mag(verwijderen ? GEFORCEERD_VERWIJDEREN : GEFORCEERD_SCHRIJVEN);
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw validatieFout([{ name: "nonFieldErrors", code: "invalid", reason: "Verwacht een JSON-object." }]);
  }
  const r = schema.safeParse(body);
  if (!r.success) throw validatieFout(invalidParamsFromZod(r.error));
  return r.data;
}

function gooiAlsFouten(fouten: InvalidParam[]): void {
  if (fouten.length > 0) throw validatieFout(fouten);
}

export function nietGevonden(soort: string): Error {
  return zgwFout("not_found", "not_found", `Deze ${soort} bestaat niet.`);
}

function nietConcept(soort: string): Error {
  return validatieFout(
    [{ name: "nonFieldErrors", code: "non-concept-object", reason: `Een gepubliceerd ${soort} mag niet gewijzigd of verwijderd worden.` }],
    `Het ${soort} is gepubliceerd.`,
  );
}

function nietConceptZaaktype(): Error {
  return validatieFout(
    [{ name: "nonFieldErrors", code: "non-concept-zaaktype", reason: "Het zaaktype is gepubliceerd; wijzig een nieuwe versie." }],
    "Het zaaktype is gepubliceerd.",
  );
}

function andereCatalogus(veld: string): InvalidParam {
  return { name: veld, code: "relations-incorrect-catalogus", reason: "Relaties tussen typen blijven binnen één catalogus." };
}

/**
 * Serialises writes within one catalogus (row lock until the transaction ends), so two
 * concurrent writes cannot both pass the overlap, uniqueness and relation checks.
 */
async function vergrendelCatalogus(db: Db, catalogusUuid: string): Promise<void> {
  await db.select({ uuid: ztcCatalogus.uuid }).from(ztcCatalogus).where(eq(ztcCatalogus.uuid, catalogusUuid)).for("update");
}

/** The catalogus a `catalogus` URL names (400 on the field when it does not). */
async function catalogusUitUrl(omg: Omgeving, url: string, veld = "catalogus"): Promise<CatalogusRij> {
  const uuid = uuidUitUrl(omg.apiRoot, "catalogus", url);
  const rij = uuid ? await zoekCatalogus(omg.db, uuid) : null;
  if (!rij) throw validatieFout([{ name: veld, code: "does-not-exist", reason: "Deze catalogus bestaat niet (in deze API)." }]);
  return rij;
}

/** The zaaktype a `zaaktype` URL names (400 on the field when it does not). */
async function zaaktypeUitUrl(omg: Omgeving, url: string): Promise<TypeRij> {
  const uuid = uuidUitUrl(omg.apiRoot, "zaaktype", url);
  const rij = uuid ? await zoekType(omg.db, "zaaktype", uuid) : null;
  if (!rij) throw validatieFout([{ name: "zaaktype", code: "does-not-exist", reason: "Dit zaaktype bestaat niet (in deze API)." }]);
  return rij;
}

/**
 * Relations by key (1.3, ztc-011a/b/c): each must exist in the catalogus; one that exists
 * only in another catalogus breaks ztc-013.
 */
async function controleerSleutels(
  omg: Omgeving,
  snapshot: CatalogusSnapshot,
  soort: HoofdSoort,
  sleutels: string[],
  veld: string,
  behalve?: string,
): Promise<InvalidParam[]> {
  const fouten: InvalidParam[] = [];
  for (const [i, sleutel] of sleutels.entries()) {
    if (sleutel === behalve) continue;
    if (snapshot.types.some((t) => t.soort === soort && t.sleutel === sleutel)) continue;
    const elders = await omg.db
      .select({ uuid: ztcType.uuid })
      .from(ztcType)
      .where(and(eq(ztcType.soort, soort), eq(ztcType.sleutel, sleutel)))
      .limit(1);
    fouten.push(
      elders.length > 0
        ? andereCatalogus(`${veld}.${i}`)
        : { name: `${veld}.${i}`, code: "does-not-exist", reason: `Er is geen ${soort} ${JSON.stringify(sleutel)} in deze catalogus.` },
    );
  }
  return fouten;
}

/** Versions of one type (same catalogus and key) may not overlap in validity. */
function controleerOverlap(snapshot: CatalogusSnapshot, soort: HoofdSoort, sleutel: string, begin: string, einde: string | null, eigen?: string): InvalidParam[] {
  const botsend = snapshot.types.find(
    (t) => t.soort === soort && t.sleutel === sleutel && t.uuid !== eigen && overlapt({ begin, einde }, { begin: t.beginGeldigheid, einde: t.eindeGeldigheid }),
  );
  return botsend
    ? [{ name: "beginGeldigheid", code: "overlap", reason: `Er is al een versie van dit ${soort} die in deze periode geldig is (${botsend.beginGeldigheid} t/m ${botsend.eindeGeldigheid ?? "onbepaald"}).` }]
    : [];
}

// ---------------------------------------------------------------- catalogussen

export async function maakCatalogus(omg: Omgeving, body: unknown): Promise<string> {
  const invoer = parse(CatalogusInvoer, body);
  const bestaand = await omg.db
    .select({ uuid: ztcCatalogus.uuid })
    .from(ztcCatalogus)
    .where(and(eq(ztcCatalogus.domein, invoer.domein), eq(ztcCatalogus.rsin, invoer.rsin)));
  if (bestaand.length > 0) {
    throw validatieFout([{ name: "nonFieldErrors", code: "unique", reason: "Er is al een catalogus met dit domein en RSIN." }]);
  }
  const uuid = randomUUID();
  const { domein, rsin, ...gegevens } = invoer;
  await omg.db.insert(ztcCatalogus).values({ uuid, domein, rsin, gegevens });
  return uuid;
}

// ---------------------------------------------------------------- zaaktypen, informatieobjecttypen, besluittypen

const HOOFD_INVOER = { zaaktype: ZaaktypeInvoer, informatieobjecttype: InformatieobjecttypeInvoer, besluittype: BesluittypeInvoer } as const;

async function valideerHoofdtype(omg: Omgeving, soort: HoofdSoort, invoer: Record<string, unknown>, eigen?: TypeRij): Promise<{ catalogus: CatalogusRij; sleutel: string }> {
  const catalogus = await catalogusUitUrl(omg, String(invoer.catalogus));
  if (eigen && eigen.catalogusUuid !== catalogus.uuid) {
    throw validatieFout([{ name: "catalogus", code: "wijzigen-niet-toegelaten", reason: "De catalogus van een type kan niet gewijzigd worden." }]);
  }
  await vergrendelCatalogus(omg.db, catalogus.uuid);
  const snapshot = (await laadSnapshot(omg.db, catalogus.uuid))!;
  const sleutel = String(soort === "zaaktype" ? invoer.identificatie : invoer.omschrijving);
  const fouten = controleerOverlap(snapshot, soort, sleutel, String(invoer.beginGeldigheid), (invoer.eindeGeldigheid as string | null) ?? null, eigen?.uuid);
  if (soort === "zaaktype") {
    const z = invoer as z.output<typeof ZaaktypeInvoer>;
    fouten.push(...(await controleerSleutels(omg, snapshot, "besluittype", z.besluittypen, "besluittypen")));
    fouten.push(...(await controleerSleutels(omg, snapshot, "zaaktype", z.deelzaaktypen, "deelzaaktypen")));
    for (const [i, r] of z.gerelateerdeZaaktypen.entries()) {
      fouten.push(...(await controleerSleutels(omg, snapshot, "zaaktype", [r.zaaktype], `gerelateerdeZaaktypen.${i}.zaaktype`, z.identificatie)).map((f) => ({ ...f, name: `gerelateerdeZaaktypen.${i}.zaaktype` })));
    }
    if (z.verlengingMogelijk && !z.verlengingstermijn) {
      fouten.push({ name: "verlengingstermijn", code: "required", reason: "verlengingstermijn is verplicht als verlengingMogelijk true is." });
    }
    fouten.push(...(await controleerProcestype(z.selectielijstProcestype)));
  } else if (soort === "besluittype") {
    const b = invoer as z.output<typeof BesluittypeInvoer>;
    fouten.push(...(await controleerSleutels(omg, snapshot, "informatieobjecttype", b.informatieobjecttypen, "informatieobjecttypen")));
  }
  gooiAlsFouten(fouten);
  return { catalogus, sleutel };
}

export async function maakHoofdtype(omg: Omgeving, soort: HoofdSoort, body: unknown): Promise<TypeRij> {
  const invoer = parse(HOOFD_INVOER[soort], body) as Record<string, unknown>;
  const { catalogus, sleutel } = await valideerHoofdtype(omg, soort, invoer);
  const [rij] = await omg.db
    .insert(ztcType)
    .values({
      uuid: randomUUID(),
      soort,
      catalogusUuid: catalogus.uuid,
      sleutel,
      omschrijving: String(invoer.omschrijving),
      concept: true,
      beginGeldigheid: String(invoer.beginGeldigheid),
      eindeGeldigheid: (invoer.eindeGeldigheid as string | null) ?? null,
      gegevens: invoer,
    })
    .returning();
  return rij!;
}

/** PUT (volledig) or PATCH (merged with the stored representation, then validated as a whole). */
export async function werkHoofdtypeBij(omg: Omgeving, soort: HoofdSoort, uuid: string, body: unknown, gedeeltelijk: boolean): Promise<TypeRij> {
  const bestaand = await zoekType(omg.db, soort, uuid);
  if (!bestaand) throw nietGevonden(soort);
  if (typeof body !== "object" || body === null || Array.isArray(body)) parse(HOOFD_INVOER[soort], body);
  if (!bestaand.concept && !magCorrigeren(omg.auth)) {
    // ztc-009: a published type only takes a new eindeGeldigheid (to end this version).
    const velden = Object.keys(body as object);
    if (!gedeeltelijk || velden.some((v) => v !== "eindeGeldigheid")) throw nietConcept(soort);
  }
  const samen = gedeeltelijk ? { ...bestaand.gegevens, catalogus: resourceUrl(omg.apiRoot, "catalogus", bestaand.catalogusUuid), ...(body as object) } : body;
  const invoer = parse(HOOFD_INVOER[soort], samen) as Record<string, unknown>;
  const { sleutel } = await valideerHoofdtype(omg, soort, invoer, bestaand);
  const [rij] = await omg.db
    .update(ztcType)
    .set({
      sleutel,
      omschrijving: String(invoer.omschrijving),
      beginGeldigheid: String(invoer.beginGeldigheid),
      eindeGeldigheid: (invoer.eindeGeldigheid as string | null) ?? null,
      gegevens: invoer,
    })
    .where(eq(ztcType.uuid, uuid))
    .returning();
  return rij!;
}

/** Returns the deleted type (for its notification). */
export async function verwijderHoofdtype(omg: Omgeving, soort: HoofdSoort, uuid: string): Promise<TypeRij> {
  const bestaand = await zoekType(omg.db, soort, uuid);
  if (!bestaand) throw nietGevonden(soort);
  if (!bestaand.concept && !magCorrigeren(omg.auth, true)) throw nietConcept(soort);
  await omg.db.delete(ztcType).where(eq(ztcType.uuid, uuid));
  return bestaand;
}

/** POST {type}/{uuid}/publish: concept -> definitief; ztc-012 for zaaktypen. */
export async function publiceer(omg: Omgeving, soort: HoofdSoort, uuid: string): Promise<TypeRij> {
  const bestaand = await zoekType(omg.db, soort, uuid);
  if (!bestaand) throw nietGevonden(soort);
  if (soort === "zaaktype") {
    const snapshot = (await laadSnapshot(omg.db, bestaand.catalogusUuid))!;
    const gepubliceerd = (s: HoofdSoort, sleutel: string) => snapshot.types.some((t) => t.soort === s && t.sleutel === sleutel && !t.concept);
    const fouten: InvalidParam[] = [];
    for (const b of (bestaand.gegevens.besluittypen as string[] | undefined) ?? []) {
      if (!gepubliceerd("besluittype", b)) {
        fouten.push({ name: "besluittypen", code: "concept-relation", reason: `Besluittype ${JSON.stringify(b)} is nog niet gepubliceerd.` });
      }
    }
    for (const o of snapshot.onderdelen.filter((o) => o.zaaktypeUuid === uuid && o.soort === "zaaktype-informatieobjecttype")) {
      const iot = String(o.gegevens.informatieobjecttype);
      if (!gepubliceerd("informatieobjecttype", iot)) {
        fouten.push({ name: "informatieobjecttypen", code: "concept-relation", reason: `Informatieobjecttype ${JSON.stringify(iot)} is nog niet gepubliceerd.` });
      }
    }
    gooiAlsFouten(fouten);
  }
  const [rij] = await omg.db.update(ztcType).set({ concept: false }).where(eq(ztcType.uuid, uuid)).returning();
  return rij!;
}

// ---------------------------------------------------------------- onderdelen van een zaaktype

const ONDERDEEL_INVOER = {
  statustype: StatustypeInvoer,
  roltype: RoltypeInvoer,
  resultaattype: ResultaattypeInvoer,
  eigenschap: EigenschapInvoer,
  zaakobjecttype: ZaakobjecttypeInvoer,
  "zaaktype-informatieobjecttype": ZiotInvoer,
} as const;

/** Whether a statustype URL names a statustype of this zaaktype. */
function statustypeVanZaaktype(omg: Omgeving, snapshot: CatalogusSnapshot, zaaktype: TypeRij, url: string | null, veld: string): InvalidParam[] {
  if (url === null) return [];
  const uuid = uuidUitUrl(omg.apiRoot, "statustype", url);
  const st = snapshot.onderdelen.find((o) => o.uuid === uuid && o.soort === "statustype");
  if (!st) return [{ name: veld, code: "does-not-exist", reason: "Dit statustype bestaat niet (in deze catalogus)." }];
  if (st.zaaktypeUuid !== zaaktype.uuid) return [{ name: veld, code: "relations-incorrect-zaaktype", reason: "Het statustype hoort bij een ander zaaktype." }];
  return [];
}

async function valideerOnderdeel(
  omg: Omgeving,
  soort: OnderdeelSoort,
  invoer: Record<string, unknown>,
  zaaktype: TypeRij,
  eigen?: string,
): Promise<Record<string, unknown>> {
  await vergrendelCatalogus(omg.db, zaaktype.catalogusUuid);
  const snapshot = (await laadSnapshot(omg.db, zaaktype.catalogusUuid))!;
  const fouten: InvalidParam[] = [];
  const gegevens = { ...invoer };
  // Sub-types share the validity of their zaaktype unless they say otherwise.
  if (soort !== "zaaktype-informatieobjecttype" && gegevens.beginGeldigheid == null) gegevens.beginGeldigheid = zaaktype.beginGeldigheid;
  switch (soort) {
    case "statustype": {
      const dubbel = snapshot.onderdelen.some(
        (o) => o.soort === "statustype" && o.zaaktypeUuid === zaaktype.uuid && o.uuid !== eigen && o.gegevens.volgnummer === invoer.volgnummer,
      );
      if (dubbel) fouten.push({ name: "volgnummer", code: "unique", reason: "Dit zaaktype heeft al een statustype met dit volgnummer." });
      break;
    }
    case "eigenschap":
      fouten.push(...statustypeVanZaaktype(omg, snapshot, zaaktype, (invoer.statustype as string | null) ?? null, "statustype"));
      gegevens.statustype = invoer.statustype ? uuidUitUrl(omg.apiRoot, "statustype", String(invoer.statustype)) : null;
      break;
    case "zaakobjecttype": {
      const catalogus = await catalogusUitUrl(omg, String(invoer.catalogus));
      if (catalogus.uuid !== zaaktype.catalogusUuid) fouten.push(andereCatalogus("catalogus"));
      break;
    }
    case "zaaktype-informatieobjecttype":
      fouten.push(...(await controleerSleutels(omg, snapshot, "informatieobjecttype", [String(invoer.informatieobjecttype)], "informatieobjecttype")).map((f) => ({ ...f, name: "informatieobjecttype" })));
      fouten.push(...statustypeVanZaaktype(omg, snapshot, zaaktype, (invoer.statustype as string | null) ?? null, "statustype"));
      gegevens.statustype = invoer.statustype ? uuidUitUrl(omg.apiRoot, "statustype", String(invoer.statustype)) : null;
      break;
    case "resultaattype": {
      const r = invoer as z.output<typeof ResultaattypeInvoer>;
      fouten.push(...(await controleerSleutels(omg, snapshot, "besluittype", r.besluittypen, "besluittypen")));
      for (const [i, url] of r.informatieobjecttypen.entries()) {
        const uuid = uuidUitUrl(omg.apiRoot, "informatieobjecttype", url);
        if (snapshot.types.some((t) => t.uuid === uuid && t.soort === "informatieobjecttype")) continue;
        const elders = uuid ? await zoekType(omg.db, "informatieobjecttype", uuid) : null;
        fouten.push(elders ? andereCatalogus(`informatieobjecttypen.${i}`) : { name: `informatieobjecttypen.${i}`, code: "does-not-exist", reason: "Dit informatieobjecttype bestaat niet." });
      }
      // Stored as uuids, so the URLs follow the public base URL.
      gegevens.informatieobjecttypen = r.informatieobjecttypen.map((url) => uuidUitUrl(omg.apiRoot, "informatieobjecttype", url));
      // ztc-004..008
      fouten.push(...controleerBrondatum(r.brondatumArchiefprocedure));
      // ztc-002: the external lists, when configured.
      const generiek = await omschrijvingGeneriek(r.resultaattypeomschrijving);
      fouten.push(...generiek.fouten);
      gegevens.omschrijvingGeneriek = generiek.omschrijving;
      const procestype = String(zaaktype.gegevens.selectielijstProcestype ?? "");
      const klasse = await controleerSelectielijstklasse(r.selectielijstklasse, procestype);
      fouten.push(...klasse.fouten);
      if (klasse.klasse) {
        // ztc-003 with the Selectielijst's procestermijn.
        fouten.push(...controleerAfleidingswijze(r.brondatumArchiefprocedure?.afleidingswijze, klasse.klasse.procestermijn));
        if (r.archiefnominatie === undefined || r.archiefnominatie === "") gegevens.archiefnominatie = klasse.klasse.waardering ?? "";
        if (r.archiefactietermijn == null) gegevens.archiefactietermijn = klasse.klasse.bewaartermijn;
      }
      break;
    }
    case "roltype":
      break;
  }
  gooiAlsFouten(fouten);
  return gegevens;
}

/** ztc-010: group members of a published zaaktype change only as correctie. */
function controleerGroepWijziging(omg: Omgeving, zaaktype: TypeRij, verwijderen = false): void {
  if (!zaaktype.concept && !magCorrigeren(omg.auth, verwijderen)) throw nietConceptZaaktype();
}

/** ztc-010 for a zaaktype-informatieobjecttype: locked only when both sides are published. */
async function controleerZiotWijziging(omg: Omgeving, zaaktype: TypeRij, onderdeel: OnderdeelRij, verwijderen = false): Promise<void> {
  if (zaaktype.concept || magCorrigeren(omg.auth, verwijderen)) return;
  const snapshot = (await laadSnapshot(omg.db, zaaktype.catalogusUuid))!;
  const iotGepubliceerd = snapshot.types.some((t) => t.soort === "informatieobjecttype" && t.sleutel === onderdeel.gegevens.informatieobjecttype && !t.concept);
  if (iotGepubliceerd) {
    throw validatieFout(
      [{ name: "nonFieldErrors", code: "non-concept-relation", reason: "Zaaktype en informatieobjecttype zijn beide gepubliceerd." }],
      "Zaaktype en informatieobjecttype zijn gepubliceerd.",
    );
  }
}

/** The stored representation back as input (uuids -> URLs), for a PATCH merge. */
function naarInvoer(apiRoot: string, gegevens: Record<string, unknown>): Record<string, unknown> {
  const invoer = { ...gegevens };
  if (typeof invoer.statustype === "string") invoer.statustype = resourceUrl(apiRoot, "statustype", invoer.statustype);
  if (Array.isArray(invoer.informatieobjecttypen) && "resultaattypeomschrijving" in invoer) {
    invoer.informatieobjecttypen = (invoer.informatieobjecttypen as string[]).map((u) => resourceUrl(apiRoot, "informatieobjecttype", u));
  }
  return invoer;
}

export async function maakOnderdeel(omg: Omgeving, soort: OnderdeelSoort, body: unknown): Promise<OnderdeelRij> {
  const invoer = parse(ONDERDEEL_INVOER[soort], body) as Record<string, unknown>;
  const zaaktype = await zaaktypeUitUrl(omg, String(invoer.zaaktype));
  // ztc-010/011a: no new group members (or relations) on a published zaaktype, except as correctie.
  controleerGroepWijziging(omg, zaaktype);
  const gegevens = await valideerOnderdeel(omg, soort, invoer, zaaktype);
  const [rij] = await omg.db.insert(ztcOnderdeel).values({ uuid: randomUUID(), soort, zaaktypeUuid: zaaktype.uuid, gegevens }).returning();
  return rij!;
}

export async function werkOnderdeelBij(omg: Omgeving, soort: OnderdeelSoort, uuid: string, body: unknown, gedeeltelijk: boolean): Promise<OnderdeelRij> {
  const gevonden = await zoekOnderdeel(omg.db, soort, uuid);
  if (!gevonden) throw nietGevonden(soort);
  if (soort === "zaaktype-informatieobjecttype") await controleerZiotWijziging(omg, gevonden.zaaktype, gevonden.onderdeel);
  else controleerGroepWijziging(omg, gevonden.zaaktype);
  if (typeof body !== "object" || body === null || Array.isArray(body)) parse(ONDERDEEL_INVOER[soort], body);
  const samen = gedeeltelijk ? { ...naarInvoer(omg.apiRoot, gevonden.onderdeel.gegevens), zaaktype: resourceUrl(omg.apiRoot, "zaaktype", gevonden.zaaktype.uuid), ...(body as object) } : body;
  const invoer = parse(ONDERDEEL_INVOER[soort], samen) as Record<string, unknown>;
  const zaaktype = await zaaktypeUitUrl(omg, String(invoer.zaaktype));
  if (zaaktype.uuid !== gevonden.zaaktype.uuid) controleerGroepWijziging(omg, zaaktype);
  const gegevens = await valideerOnderdeel(omg, soort, invoer, zaaktype, uuid);
  const [rij] = await omg.db.update(ztcOnderdeel).set({ zaaktypeUuid: zaaktype.uuid, gegevens }).where(eq(ztcOnderdeel.uuid, uuid)).returning();
  return rij!;
}

export async function verwijderOnderdeel(omg: Omgeving, soort: OnderdeelSoort, uuid: string): Promise<void> {
  const gevonden = await zoekOnderdeel(omg.db, soort, uuid);
  if (!gevonden) throw nietGevonden(soort);
  if (soort === "zaaktype-informatieobjecttype") await controleerZiotWijziging(omg, gevonden.zaaktype, gevonden.onderdeel, true);
  else controleerGroepWijziging(omg, gevonden.zaaktype, true);
  await omg.db.delete(ztcOnderdeel).where(eq(ztcOnderdeel.uuid, uuid));
}
