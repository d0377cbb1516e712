import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { selectRows } from "@/lib/db";
import { AppError, invalidParamsFromZod } from "@/lib/errors";
import { registreerGebeurtenis, verwijderAuditTrail, type Actie } from "../gebeurtenissen";
import { validatieFout } from "../fouten";
import type { ZgwContext } from "../route";
import { parseScopeExpressie, type ObjectKenmerken, type ScopeExpressie } from "../scopes";
import { haalResource, lokaleUuid, zgwExternVerzoek } from "../verwijzingen";
import { chunkGrootte, gooiWeg, schrijfBlob, voegSamen } from "./blobs";
import {
  ADRES_VELDEN,
  EioInhoud,
  EioVelden,
  GebruiksrechtInvoer,
  OioInvoer,
  VerzendingInvoer,
  type EioGegevens,
} from "./invoer";
import {
  bestaandeRelatieTabellen,
  bestandsdelenVan,
  eioResource,
  eioUrl,
  eioUuidUitUrl,
  gebruiksrechtResource,
  naarOioRij,
  oioBron,
  oioResource,
  verzendingResource,
  zoekDocument,
  zoekVersie,
  type BestandsdeelRij,
  type Db,
  type DocumentRij,
  type OioRij,
} from "./opslag";
import { drcBestandsdeel, drcGebruiksrecht, drcInformatieobject, drcInformatieobjectVersie, drcObjectinformatieobject, drcVerzending } from "./schema";

/** Scope expressions checked per object (the OAS gives them per operation; HEAD and verzendingen have none). */
export const SCOPE = {
  lezen: parseScopeExpressie("documenten.lezen"),
  aanmaken: parseScopeExpressie("documenten.aanmaken"),
  bijwerken: parseScopeExpressie("(documenten.bijwerken | documenten.geforceerd-bijwerken)"),
  bijwerkenStrikt: parseScopeExpressie("documenten.bijwerken"),
  verwijderen: parseScopeExpressie("documenten.verwijderen"),
  lock: parseScopeExpressie("documenten.lock"),
  unlock: parseScopeExpressie("(documenten.lock | documenten.geforceerd-unlock)"),
  geforceerdUnlock: parseScopeExpressie("documenten.geforceerd-unlock"),
  audit: parseScopeExpressie("audittrails.lezen"),
} satisfies Record<string, ScopeExpressie>;

/** The environment of one write: its transaction, the request and blob clean-up lists. */
export interface Omgeving {
  db: Db;
  ctx: ZgwContext<unknown>;
  request: Request;
  /** Blobs written by this request: removed when the transaction fails. */
  nieuweBlobs: string[];
  /** Blobs that rows of this transaction stopped referencing: removed after commit. */
  oudeBlobs: string[];
}

/** Runs a write in one transaction and settles the blob store after it (see blobs.ts). */
export async function schrijf<T>(ctx: ZgwContext<unknown>, request: Request, werk: (omg: Omgeving) => Promise<T>): Promise<T> {
  const nieuweBlobs: string[] = [];
  const oudeBlobs: string[] = [];
  let resultaat: T;
  try {
    resultaat = await ctx.db.transaction((tx) => werk({ db: tx, ctx, request, nieuweBlobs, oudeBlobs }));
  } catch (error) {
    await gooiWeg(nieuweBlobs);
    throw error;
  }
  await gooiWeg(oudeBlobs);
  return resultaat;
}

export function nietGevonden(wat = "object"): AppError {
  return AppError.notFound(`Dit ${wat} bestaat niet.`);
}

export function kenmerken(doc: Pick<DocumentRij, "informatieobjecttype" | "vertrouwelijkheidaanduiding">): ObjectKenmerken {
  return { type: doc.informatieobjecttype, vertrouwelijkheidaanduiding: doc.vertrouwelijkheidaanduiding };
}

function notificatieKenmerken(doc: Pick<DocumentRij, "bronorganisatie" | "informatieobjecttype" | "vertrouwelijkheidaanduiding">): Record<string, string> {
  return { bronorganisatie: doc.bronorganisatie, informatieobjecttype: doc.informatieobjecttype, vertrouwelijkheidaanduiding: doc.vertrouwelijkheidaanduiding };
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const r = schema.safeParse(body);
  if (!r.success) throw validatieFout(invalidParamsFromZod(r.error));
  return r.data;
}

function alsObject(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw validatieFout([{ name: "nonFieldErrors", code: "invalid", reason: "Verwacht een JSON-object." }]);
  }
  return body as Record<string, unknown>;
}

// ---------------------------------------------------------------- rules

/** drc-001: the informatieobjecttype resolves (haalResource: 400 bad-url/invalid-resource) and is published. */
async function informatieobjecttypeVan(db: Db, url: string): Promise<Record<string, unknown>> {
  const iot = await haalResource(db, url, { api: "catalogi", collectie: "informatieobjecttypen" }, "informatieobjecttype");
  if (iot.concept === true) {
    throw validatieFout([{ name: "informatieobjecttype", code: "not-published", reason: "Het informatieobjecttype is nog niet gepubliceerd." }]);
  }
  return iot;
}

/** drc-005: a received document (ontvangstdatum) cannot be in_bewerking or ter_vaststelling. */
function controleerStatus(g: EioGegevens): void {
  if (g.ontvangstdatum && (g.status === "in_bewerking" || g.status === "ter_vaststelling")) {
    throw validatieFout([
      { name: "status", code: "invalid_for_received", reason: "De statussen in_bewerking en ter_vaststelling zijn niet toegestaan als er een ontvangstdatum is." },
    ]);
  }
}

async function controleerUniekeIdentificatie(db: Db, g: EioGegevens, eigen?: string): Promise<void> {
  const [dubbel] = await db
    .select({ uuid: drcInformatieobject.uuid })
    .from(drcInformatieobject)
    .where(
      and(
        eq(drcInformatieobject.bronorganisatie, g.bronorganisatie),
        eq(drcInformatieobject.identificatie, g.identificatie),
        eigen ? ne(drcInformatieobject.uuid, eigen) : undefined,
      ),
    )
    .limit(1);
  if (dubbel) {
    throw validatieFout([{ name: "identificatie", code: "identificatie-niet-uniek", reason: "Deze identificatie bestaat al voor deze bronorganisatie." }]);
  }
}

function nieuwLock(): string {
  // 128 random bits: a lock id must be unguessable (drc-009).
  return randomBytes(16).toString("hex");
}

function base64Inhoud(tekst: string): Buffer {
  return Buffer.from(tekst.replace(/\s/g, ""), "base64");
}

/** The parts of an upload of `omvang` bytes. */
function delenVoor(uuid: string, omvang: number): BestandsdeelRij[] {
  const grootte = chunkGrootte();
  const delen: BestandsdeelRij[] = [];
  for (let start = 0, volgnummer = 1; start < omvang; start += grootte, volgnummer++) {
    delen.push({ uuid: randomUUID(), informatieobjectUuid: uuid, volgnummer, omvang: Math.min(grootte, omvang - start), blob: null });
  }
  return delen;
}

// ---------------------------------------------------------------- enkelvoudiginformatieobjecten

type Inhoud = { blob: string | null; bestandsomvang: number | null; delen: number | null };

/** Decides the content of a new version from `inhoud`/`bestandsomvang` (GUIDE 2.2 "Large files"). */
async function bepaalInhoud(omg: Omgeving, invoer: z.output<typeof EioInhoud>, vorige: Inhoud | null, aanwezig: { inhoud: boolean; bestandsomvang: boolean }): Promise<Inhoud> {
  const inhoud = invoer.inhoud ?? null;
  // A download URL sent back unchanged (a GET round-trip) keeps the content.
  if (inhoud !== null && inhoud !== "" && !/^https?:\/\//.test(inhoud)) {
    const blob = await schrijfBlob(base64Inhoud(inhoud));
    omg.nieuweBlobs.push(blob.sleutel);
    return { blob: blob.sleutel, bestandsomvang: blob.omvang, delen: null };
  }
  const veranderd =
    vorige === null || (aanwezig.inhoud && (inhoud === null || inhoud === "")) || (aanwezig.bestandsomvang && (invoer.bestandsomvang ?? null) !== vorige.bestandsomvang);
  if (!veranderd) return { blob: vorige.blob, bestandsomvang: vorige.bestandsomvang, delen: null };
  const omvang = invoer.bestandsomvang ?? null;
  if (omvang !== null && omvang > 0) return { blob: null, bestandsomvang: omvang, delen: omvang };
  return { blob: null, bestandsomvang: omvang, delen: null };
}

export async function maakDocument(omg: Omgeving, body: unknown): Promise<{ resource: Record<string, unknown>; lock: string }> {
  const invoer = alsObject(body);
  const g = parse(EioVelden, invoer);
  const inhoudInvoer = parse(EioInhoud, invoer);
  const iot = await informatieobjecttypeVan(omg.db, g.informatieobjecttype);
  // drc-007: the client's value, else the informatieobjecttype's.
  if (!g.vertrouwelijkheidaanduiding) g.vertrouwelijkheidaanduiding = (iot.vertrouwelijkheidaanduiding as EioGegevens["vertrouwelijkheidaanduiding"]) || "openbaar";
  omg.ctx.auth.vereis(SCOPE.aanmaken, { type: g.informatieobjecttype, vertrouwelijkheidaanduiding: g.vertrouwelijkheidaanduiding });
  controleerStatus(g);
  const uuid = randomUUID();
  if (!g.identificatie) g.identificatie = `DOCUMENT-${uuid}`.slice(0, 40);
  await controleerUniekeIdentificatie(omg.db, g);

  const inhoud = await bepaalInhoud(omg, inhoudInvoer, null, { inhoud: "inhoud" in invoer, bestandsomvang: "bestandsomvang" in invoer });
  const lock = inhoud.delen !== null ? nieuwLock() : "";
  const [doc] = await omg.db
    .insert(drcInformatieobject)
    .values({
      uuid,
      identificatie: g.identificatie,
      bronorganisatie: g.bronorganisatie,
      informatieobjecttype: g.informatieobjecttype,
      vertrouwelijkheidaanduiding: g.vertrouwelijkheidaanduiding,
      status: g.status,
      trefwoorden: g.trefwoorden,
      indicatieGebruiksrecht: g.indicatieGebruiksrecht,
      versie: 1,
      lock,
    })
    .returning();
  const [versie] = await omg.db
    .insert(drcInformatieobjectVersie)
    .values({ informatieobjectUuid: uuid, versie: 1, beginRegistratie: new Date(), gegevens: g, blob: inhoud.blob, bestandsomvang: inhoud.bestandsomvang })
    .returning();
  const delen = inhoud.delen !== null ? delenVoor(uuid, inhoud.delen) : [];
  if (delen.length > 0) await omg.db.insert(drcBestandsdeel).values(delen);
  const resource = eioResource(omg.ctx.apiRoot, doc!, versie!, delen);
  await registreerGebeurtenis(omg.db, omg.ctx, omg.request, {
    kanaal: "documenten",
    hoofdObject: String(resource.url),
    hoofdObjectUuid: uuid,
    resource: "enkelvoudiginformatieobject",
    resourceUrl: String(resource.url),
    resourceWeergave: g.identificatie,
    actie: "create",
    resultaat: 201,
    oud: null,
    nieuw: resource,
    kenmerken: notificatieKenmerken(doc!),
  });
  return { resource, lock };
}

function lockFout(code: "unlocked" | "incorrect-lock-id"): AppError {
  return validatieFout([
    code === "unlocked"
      ? { name: "nonFieldErrors", code, reason: "Een document dat niet gelockt is kan niet gewijzigd worden; lock het eerst." }
      : { name: "nonFieldErrors", code, reason: "Onjuist lock-id." },
  ]);
}

export async function werkDocumentBij(omg: Omgeving, uuid: string, body: unknown, gedeeltelijk: boolean): Promise<Record<string, unknown>> {
  const doc = await zoekDocument(omg.db, uuid, { voorUpdate: true });
  if (!doc) throw nietGevonden("document");
  omg.ctx.auth.vereis(SCOPE.bijwerken, kenmerken(doc));
  const huidig = (await zoekVersie(omg.db, uuid, { versie: doc.versie }))!;
  const invoer = alsObject(body);
  const samen = gedeeltelijk ? { ...huidig.gegevens, ...invoer } : { ...invoer };
  if (!gedeeltelijk && !("vertrouwelijkheidaanduiding" in invoer)) delete samen.vertrouwelijkheidaanduiding;
  const g = parse(EioVelden, samen);
  const inhoudInvoer = parse(EioInhoud, invoer);
  // drc-009/010: only the holder of the lock may change the document.
  if (inhoudInvoer.lock === undefined || inhoudInvoer.lock === "") {
    throw validatieFout([{ name: "lock", code: "required", reason: "Dit veld is vereist." }]);
  }
  if (doc.lock === "") throw lockFout("unlocked");
  if (inhoudInvoer.lock !== doc.lock) throw lockFout("incorrect-lock-id");

  if (g.informatieobjecttype !== doc.informatieobjecttype || !g.vertrouwelijkheidaanduiding) {
    const iot = await informatieobjecttypeVan(omg.db, g.informatieobjecttype);
    if (!g.vertrouwelijkheidaanduiding) g.vertrouwelijkheidaanduiding = (iot.vertrouwelijkheidaanduiding as EioGegevens["vertrouwelijkheidaanduiding"]) || "openbaar";
  }
  // The new type/confidentiality must be within the consumer's rights too.
  omg.ctx.auth.vereis(SCOPE.bijwerken, { type: g.informatieobjecttype, vertrouwelijkheidaanduiding: g.vertrouwelijkheidaanduiding });
  controleerStatus(g);
  if (!g.identificatie) g.identificatie = doc.identificatie;
  if (g.identificatie !== doc.identificatie || g.bronorganisatie !== doc.bronorganisatie) await controleerUniekeIdentificatie(omg.db, g, uuid);

  const oudeDelen = (await bestandsdelenVan(omg.db, [uuid])).get(uuid) ?? [];
  const oud = eioResource(omg.ctx.apiRoot, doc, huidig, oudeDelen);
  const inhoud = await bepaalInhoud(
    omg,
    inhoudInvoer,
    { blob: huidig.blob, bestandsomvang: huidig.bestandsomvang, delen: null },
    { inhoud: "inhoud" in invoer, bestandsomvang: "bestandsomvang" in invoer },
  );
  const nieuweInhoud = inhoud.blob !== huidig.blob || inhoud.delen !== null;
  let delen = oudeDelen;
  if (nieuweInhoud && oudeDelen.length > 0) {
    // A new content replaces an unfinished upload.
    await omg.db.delete(drcBestandsdeel).where(eq(drcBestandsdeel.informatieobjectUuid, uuid));
    omg.oudeBlobs.push(...oudeDelen.map((d) => d.blob).filter((b): b is string => b !== null));
    delen = [];
  }
  if (inhoud.delen !== null) {
    const nieuw = delenVoor(uuid, inhoud.delen);
    await omg.db.insert(drcBestandsdeel).values(nieuw);
    delen = nieuw;
  }
  const versieNr = doc.versie + 1;
  const [versie] = await omg.db
    .insert(drcInformatieobjectVersie)
    .values({ informatieobjectUuid: uuid, versie: versieNr, beginRegistratie: new Date(), gegevens: g, blob: inhoud.blob, bestandsomvang: inhoud.bestandsomvang })
    .returning();
  const [bijgewerkt] = await omg.db
    .update(drcInformatieobject)
    .set({
      identificatie: g.identificatie,
      bronorganisatie: g.bronorganisatie,
      informatieobjecttype: g.informatieobjecttype,
      vertrouwelijkheidaanduiding: g.vertrouwelijkheidaanduiding,
      status: g.status,
      trefwoorden: g.trefwoorden,
      // Gebruiksrechten decide the indicatie once they exist (drc-006).
      indicatieGebruiksrecht: doc.indicatieGebruiksrecht === true ? true : g.indicatieGebruiksrecht,
      versie: versieNr,
    })
    .where(eq(drcInformatieobject.uuid, uuid))
    .returning();
  const resource = eioResource(omg.ctx.apiRoot, bijgewerkt!, versie!, delen);
  await registreerGebeurtenis(omg.db, omg.ctx, omg.request, {
    kanaal: "documenten",
    hoofdObject: String(resource.url),
    hoofdObjectUuid: uuid,
    resource: "enkelvoudiginformatieobject",
    resourceUrl: String(resource.url),
    resourceWeergave: g.identificatie,
    actie: gedeeltelijk ? "partial_update" : "update",
    resultaat: 200,
    oud,
    nieuw: resource,
    kenmerken: notificatieKenmerken(bijgewerkt!),
  });
  return resource;
}

/** All relations (ObjectInformatieObjecten) of one document: the union of the three tables. */
export async function relatiesVan(db: Db, uuid: string): Promise<OioRij[]> {
  const bron = await oioBron(db);
  const rijen = await selectRows<Record<string, unknown>>(db, sql`select * from (${bron}) as o where o.informatieobject_uuid = ${uuid}`);
  return rijen.map(naarOioRij);
}

export async function verwijderDocument(omg: Omgeving, uuid: string): Promise<void> {
  const doc = await zoekDocument(omg.db, uuid, { voorUpdate: true });
  if (!doc) throw nietGevonden("document");
  omg.ctx.auth.vereis(SCOPE.verwijderen, kenmerken(doc));
  // drc-008: not while a zaak/besluit/verzoek still refers to it.
  if ((await relatiesVan(omg.db, uuid)).length > 0) {
    throw validatieFout([
      { name: "nonFieldErrors", code: "pending-relations", reason: "Het document is nog gerelateerd aan objecten (ObjectInformatieObjecten); verwijder die relaties eerst." },
    ]);
  }
  const versies = await omg.db.select({ blob: drcInformatieobjectVersie.blob }).from(drcInformatieobjectVersie).where(eq(drcInformatieobjectVersie.informatieobjectUuid, uuid));
  const delen = await omg.db.select({ blob: drcBestandsdeel.blob }).from(drcBestandsdeel).where(eq(drcBestandsdeel.informatieobjectUuid, uuid));
  omg.oudeBlobs.push(...[...versies, ...delen].map((r) => r.blob).filter((b): b is string => b !== null));
  const huidig = await zoekVersie(omg.db, uuid, { versie: doc.versie });
  const url = eioUrl(omg.ctx.apiRoot, uuid);
  // Hard delete: versions, parts, gebruiksrechten and verzendingen cascade; the audit trail goes too.
  await omg.db.delete(drcInformatieobject).where(eq(drcInformatieobject.uuid, uuid));
  await verwijderAuditTrail(omg.db, uuid);
  await registreerGebeurtenis(omg.db, omg.ctx, omg.request, {
    kanaal: "documenten",
    hoofdObject: url,
    hoofdObjectUuid: uuid,
    resource: "enkelvoudiginformatieobject",
    resourceUrl: url,
    resourceWeergave: doc.identificatie,
    actie: "destroy",
    resultaat: 204,
    oud: huidig ? eioResource(omg.ctx.apiRoot, doc, huidig) : null,
    nieuw: null,
    kenmerken: notificatieKenmerken(doc),
    audit: false,
  });
}

export async function lockDocument(omg: Omgeving, uuid: string): Promise<string> {
  const doc = await zoekDocument(omg.db, uuid, { voorUpdate: true });
  if (!doc) throw nietGevonden("document");
  omg.ctx.auth.vereis(SCOPE.lock, kenmerken(doc));
  if (doc.lock !== "") {
    throw validatieFout([{ name: "nonFieldErrors", code: "existing-lock", reason: "Het document is al gelockt." }]);
  }
  const lock = nieuwLock();
  await omg.db.update(drcInformatieobject).set({ lock }).where(eq(drcInformatieobject.uuid, uuid));
  return lock;
}

/**
 * Unlock (drc-009): with the lock id, or without it with documenten.geforceerd-unlock. A
 * pending upload is completed here: all parts present -> merged in order into the content of
 * the latest version; otherwise 400 and the document stays locked.
 */
export async function unlockDocument(omg: Omgeving, uuid: string, body: unknown): Promise<void> {
  const doc = await zoekDocument(omg.db, uuid, { voorUpdate: true });
  if (!doc) throw nietGevonden("document");
  omg.ctx.auth.vereis(SCOPE.unlock, kenmerken(doc));
  const { lock } = parse(z.object({ lock: z.string().max(100).optional() }), body ?? {});
  const geforceerd = omg.ctx.auth.mag(SCOPE.geforceerdUnlock, kenmerken(doc));
  if (!geforceerd) {
    omg.ctx.auth.vereis(SCOPE.lock, kenmerken(doc));
    if (doc.lock === "" || lock !== doc.lock) throw lockFout("incorrect-lock-id");
  }
  const delen = (await bestandsdelenVan(omg.db, [uuid])).get(uuid) ?? [];
  if (delen.length > 0) {
    if (delen.some((d) => d.blob === null)) {
      throw validatieFout([{ name: "nonFieldErrors", code: "incomplete-upload", reason: "Niet alle bestandsdelen zijn geüpload." }]);
    }
    const samen = await voegSamen(delen.map((d) => d.blob!));
    omg.nieuweBlobs.push(samen.sleutel);
    const huidig = (await zoekVersie(omg.db, uuid, { versie: doc.versie }))!;
    if (huidig.bestandsomvang !== null && huidig.bestandsomvang !== samen.omvang) {
      throw validatieFout([{ name: "nonFieldErrors", code: "file-size", reason: "De bestandsdelen samen hebben niet de opgegeven bestandsomvang." }]);
    }
    await omg.db
      .update(drcInformatieobjectVersie)
      .set({ blob: samen.sleutel, bestandsomvang: samen.omvang })
      .where(and(eq(drcInformatieobjectVersie.informatieobjectUuid, uuid), eq(drcInformatieobjectVersie.versie, doc.versie)));
    if (huidig.blob) omg.oudeBlobs.push(huidig.blob);
    await omg.db.delete(drcBestandsdeel).where(eq(drcBestandsdeel.informatieobjectUuid, uuid));
    omg.oudeBlobs.push(...delen.map((d) => d.blob!));
  }
  await omg.db.update(drcInformatieobject).set({ lock: "" }).where(eq(drcInformatieobject.uuid, uuid));
}

// ---------------------------------------------------------------- gebruiksrechten

async function documentUitUrl(omg: Omgeving, url: string, veld = "informatieobject", voorUpdate = true): Promise<DocumentRij> {
  const uuid = eioUuidUitUrl(omg.ctx.apiRoot, url);
  const doc = uuid ? await zoekDocument(omg.db, uuid, { voorUpdate }) : null;
  if (!doc) throw validatieFout([{ name: veld, code: "does-not-exist", reason: `Het informatieobject ${url} bestaat niet in deze Documenten API.` }]);
  return doc;
}

async function gebruiksrechtGebeurtenis(omg: Omgeving, doc: DocumentRij, resource: Record<string, unknown>, actie: Actie, resultaat: number, oud: unknown, nieuw: unknown) {
  await registreerGebeurtenis(omg.db, omg.ctx, omg.request, {
    kanaal: "documenten",
    hoofdObject: eioUrl(omg.ctx.apiRoot, doc.uuid),
    hoofdObjectUuid: doc.uuid,
    resource: "gebruiksrechten",
    resourceUrl: String(resource.url),
    resourceWeergave: String(resource.url),
    actie,
    resultaat,
    oud,
    nieuw,
    kenmerken: notificatieKenmerken(doc),
  });
}

export async function maakGebruiksrecht(omg: Omgeving, body: unknown): Promise<Record<string, unknown>> {
  const g = parse(GebruiksrechtInvoer, alsObject(body));
  const doc = await documentUitUrl(omg, g.informatieobject);
  omg.ctx.auth.vereis(SCOPE.aanmaken, kenmerken(doc));
  const [rij] = await omg.db
    .insert(drcGebruiksrecht)
    .values({
      uuid: randomUUID(),
      informatieobjectUuid: doc.uuid,
      startdatum: new Date(g.startdatum),
      einddatum: g.einddatum ? new Date(g.einddatum) : null,
      omschrijvingVoorwaarden: g.omschrijvingVoorwaarden,
    })
    .returning();
  // drc-006: a gebruiksrecht makes the indicatie true.
  await omg.db.update(drcInformatieobject).set({ indicatieGebruiksrecht: true }).where(eq(drcInformatieobject.uuid, doc.uuid));
  const resource = gebruiksrechtResource(omg.ctx.apiRoot, rij!);
  await gebruiksrechtGebeurtenis(omg, doc, resource, "create", 201, null, resource);
  return resource;
}

export async function werkGebruiksrechtBij(omg: Omgeving, uuid: string, body: unknown, gedeeltelijk: boolean): Promise<Record<string, unknown>> {
  const [rij] = await omg.db.select().from(drcGebruiksrecht).where(eq(drcGebruiksrecht.uuid, uuid));
  if (!rij) throw nietGevonden("gebruiksrecht");
  const doc = (await zoekDocument(omg.db, rij.informatieobjectUuid, { voorUpdate: true }))!;
  omg.ctx.auth.vereis(SCOPE.bijwerkenStrikt, kenmerken(doc));
  const oud = gebruiksrechtResource(omg.ctx.apiRoot, rij);
  const invoer = alsObject(body);
  const g = parse(GebruiksrechtInvoer, gedeeltelijk ? { ...oud, ...invoer } : invoer);
  if (g.informatieobject !== oud.informatieobject) {
    throw validatieFout([{ name: "informatieobject", code: "wijzigen-niet-toegelaten", reason: "Het informatieobject van een gebruiksrecht kan niet gewijzigd worden." }]);
  }
  const [nieuw] = await omg.db
    .update(drcGebruiksrecht)
    .set({ startdatum: new Date(g.startdatum), einddatum: g.einddatum ? new Date(g.einddatum) : null, omschrijvingVoorwaarden: g.omschrijvingVoorwaarden })
    .where(eq(drcGebruiksrecht.uuid, uuid))
    .returning();
  const resource = gebruiksrechtResource(omg.ctx.apiRoot, nieuw!);
  await gebruiksrechtGebeurtenis(omg, doc, resource, gedeeltelijk ? "partial_update" : "update", 200, oud, resource);
  return resource;
}

export async function verwijderGebruiksrecht(omg: Omgeving, uuid: string): Promise<void> {
  const [rij] = await omg.db.select().from(drcGebruiksrecht).where(eq(drcGebruiksrecht.uuid, uuid));
  if (!rij) throw nietGevonden("gebruiksrecht");
  const doc = (await zoekDocument(omg.db, rij.informatieobjectUuid, { voorUpdate: true }))!;
  omg.ctx.auth.vereis(SCOPE.verwijderen, kenmerken(doc));
  await omg.db.delete(drcGebruiksrecht).where(eq(drcGebruiksrecht.uuid, uuid));
  const [over] = await omg.db.select({ uuid: drcGebruiksrecht.uuid }).from(drcGebruiksrecht).where(eq(drcGebruiksrecht.informatieobjectUuid, doc.uuid)).limit(1);
  // drc-006: deleting the last gebruiksrecht makes the indicatie unknown (null) again.
  if (!over) await omg.db.update(drcInformatieobject).set({ indicatieGebruiksrecht: null }).where(eq(drcInformatieobject.uuid, doc.uuid));
  const oud = gebruiksrechtResource(omg.ctx.apiRoot, rij);
  await gebruiksrechtGebeurtenis(omg, doc, oud, "destroy", 204, oud, null);
}

// ---------------------------------------------------------------- objectinformatieobjecten

/** Where the relation zaak/besluit - document is kept in the object's own API (drc-004). */
function bronApi(objectType: string): { api: "zaken" | "besluiten"; collectie: string; relaties: string; param: string } | null {
  if (objectType === "zaak") return { api: "zaken", collectie: "zaken", relaties: "zaakinformatieobjecten", param: "zaak" };
  if (objectType === "besluit") return { api: "besluiten", collectie: "besluiten", relaties: "besluitinformatieobjecten", param: "besluit" };
  return null;
}

/** The derived OIO of a local zaak/besluit relation, if that relation exists. */
async function lokaleRelatie(db: Db, objectType: string, objectUuid: string, documentUuid: string): Promise<OioRij | null> {
  const t = await bestaandeRelatieTabellen(db);
  if (objectType === "zaak" && t.zio) {
    const [r] = await selectRows<{ uuid: string }>(
      db,
      sql`select uuid from zrc_zaakinformatieobject where zaak_uuid = ${objectUuid} and informatieobject_uuid = ${documentUuid} limit 1`,
    );
    return r ? { uuid: r.uuid, informatieobjectUuid: documentUuid, object: null, objectUuid, objectType, bron: "zrc" } : null;
  }
  if (objectType === "besluit" && t.bio) {
    const [r] = await selectRows<{ uuid: string }>(
      db,
      sql`select uuid from brc_besluitinformatieobject where besluit_uuid = ${objectUuid} and informatieobject_uuid = ${documentUuid} limit 1`,
    );
    return r ? { uuid: r.uuid, informatieobjectUuid: documentUuid, object: null, objectUuid, objectType, bron: "brc" } : null;
  }
  return null;
}

const INCONSISTENT = (reason: string) => validatieFout([{ name: "nonFieldErrors", code: "inconsistent-relation", reason }]);

/**
 * POST /objectinformatieobjecten. For a LOCAL zaak/besluit the relation is the ZIO/BIO row
 * itself: when it exists the answer is 201 with that (derived) relation, as Open Zaak
 * answers (its ZIO already created the OIO); otherwise drc-004 fails. For an external
 * object: drc-002 (object resolves), drc-004 (the source API lists the relation), drc-003
 * (unique), then the row is stored.
 */
export async function maakOio(omg: Omgeving, body: unknown): Promise<{ resource: Record<string, unknown>; nieuw: boolean }> {
  const g = parse(OioInvoer, alsObject(body));
  const doc = await documentUitUrl(omg, g.informatieobject);
  omg.ctx.auth.vereis(SCOPE.aanmaken, kenmerken(doc));
  const bron = bronApi(g.objectType);
  const lokaal = bron ? lokaleUuid(g.object, bron.api, bron.collectie) : null;
  if (bron && lokaal) {
    // drc-002: the local object must exist (read in this transaction).
    await haalResource(omg.db, g.object, { api: bron.api, collectie: bron.collectie }, "object");
    const bestaand = await lokaleRelatie(omg.db, g.objectType, lokaal, doc.uuid);
    if (!bestaand) throw INCONSISTENT(`Het informatieobject is in de ${bron.api === "zaken" ? "Zaken" : "Besluiten"} API niet gerelateerd aan dit object.`);
    return { resource: oioResource(omg.ctx.apiRoot, bestaand), nieuw: false };
  }
  if (bron) {
    // drc-002
    await haalResource(omg.db, g.object, { api: bron.api, collectie: bron.collectie }, "object");
    // drc-004: ask the source API whether it knows the relation.
    const root = g.object.slice(0, g.object.lastIndexOf(`/${bron.collectie}/`));
    const zoek = new URL(`${root}/${bron.relaties}`);
    zoek.searchParams.set(bron.param, g.object);
    zoek.searchParams.set("informatieobject", g.informatieobject);
    let gevonden = false;
    try {
      const antwoord = await zgwExternVerzoek(omg.db, zoek.toString(), { method: "GET" });
      const lijst = antwoord.ok ? ((await antwoord.json()) as unknown) : null;
      const items = Array.isArray(lijst) ? lijst : Array.isArray((lijst as { results?: unknown })?.results) ? (lijst as { results: unknown[] }).results : [];
      gevonden = items.length > 0;
    } catch {
      gevonden = false;
    }
    if (!gevonden) throw INCONSISTENT("De relatie bestaat niet in de API van het object.");
  } else {
    // verzoek: an object of the (external) Verzoeken API; the URL must at least answer.
    await controleerVerzoek(g.object);
  }
  // drc-003
  const [dubbel] = await omg.db
    .select({ uuid: drcObjectinformatieobject.uuid })
    .from(drcObjectinformatieobject)
    .where(and(eq(drcObjectinformatieobject.informatieobjectUuid, doc.uuid), eq(drcObjectinformatieobject.object, g.object)));
  if (dubbel) throw validatieFout([{ name: "nonFieldErrors", code: "unique", reason: "De velden informatieobject en object moeten een unieke set zijn." }]);
  const rij: OioRij = { uuid: randomUUID(), informatieobjectUuid: doc.uuid, object: g.object, objectUuid: null, objectType: g.objectType, bron: "drc" };
  await omg.db.insert(drcObjectinformatieobject).values({ uuid: rij.uuid, informatieobjectUuid: doc.uuid, object: g.object, objectType: g.objectType });
  const resource = oioResource(omg.ctx.apiRoot, rij);
  await registreerGebeurtenis(omg.db, omg.ctx, omg.request, {
    kanaal: "documenten",
    hoofdObject: eioUrl(omg.ctx.apiRoot, doc.uuid),
    hoofdObjectUuid: doc.uuid,
    resource: "objectinformatieobject",
    resourceUrl: String(resource.url),
    resourceWeergave: String(resource.url),
    actie: "create",
    resultaat: 201,
    oud: null,
    nieuw: resource,
    kenmerken: notificatieKenmerken(doc),
    notificeren: false,
  });
  return { resource, nieuw: true };
}

async function controleerVerzoek(url: string): Promise<void> {
  let ok = false;
  try {
    const antwoord = await fetch(url, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(10_000) });
    ok = antwoord.status === 200;
  } catch {
    ok = false;
  }
  if (!ok) throw validatieFout([{ name: "object", code: "bad-url", reason: `De URL ${url} gaf geen HTTP 200.` }]);
}

/**
 * DELETE /objectinformatieobjecten/{uuid}. A relation with a local zaak/besluit is deleted
 * by deleting the ZIO/BIO in its own API, never here (drc-004: it still exists there). For an
 * external object the source API must no longer list the relation.
 */
export async function verwijderOio(omg: Omgeving, rij: OioRij): Promise<void> {
  const doc = (await zoekDocument(omg.db, rij.informatieobjectUuid, { voorUpdate: true }))!;
  omg.ctx.auth.vereis(SCOPE.verwijderen, kenmerken(doc));
  if (rij.bron !== "drc") throw INCONSISTENT("De relatie bestaat nog in de API van het object; verwijder haar daar.");
  const bron = bronApi(rij.objectType);
  if (bron && rij.object) {
    const root = rij.object.slice(0, rij.object.lastIndexOf(`/${bron.collectie}/`));
    const zoek = new URL(`${root}/${bron.relaties}`);
    zoek.searchParams.set(bron.param, rij.object);
    zoek.searchParams.set("informatieobject", eioUrl(omg.ctx.apiRoot, doc.uuid));
    try {
      const antwoord = await zgwExternVerzoek(omg.db, zoek.toString(), { method: "GET" });
      if (antwoord.ok) {
        const lijst = (await antwoord.json()) as unknown;
        const items = Array.isArray(lijst) ? lijst : [];
        if (items.length > 0) throw INCONSISTENT("De relatie bestaat nog in de API van het object; verwijder haar daar.");
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      // Source API unreachable: the consumer (the source API itself, deleting its side) wins.
    }
  }
  await omg.db.delete(drcObjectinformatieobject).where(eq(drcObjectinformatieobject.uuid, rij.uuid));
  const resource = oioResource(omg.ctx.apiRoot, rij);
  await registreerGebeurtenis(omg.db, omg.ctx, omg.request, {
    kanaal: "documenten",
    hoofdObject: eioUrl(omg.ctx.apiRoot, doc.uuid),
    hoofdObjectUuid: doc.uuid,
    resource: "objectinformatieobject",
    resourceUrl: String(resource.url),
    resourceWeergave: String(resource.url),
    actie: "destroy",
    resultaat: 204,
    oud: resource,
    nieuw: null,
    kenmerken: notificatieKenmerken(doc),
    notificeren: false,
  });
}

// ---------------------------------------------------------------- verzendingen

function controleerAdres(g: z.output<typeof VerzendingInvoer>): void {
  const gevuld = ADRES_VELDEN.filter((v) => g[v] !== null && g[v] !== "").length + (g.mijnOverheid ? 1 : 0);
  if (gevuld > 1) {
    throw validatieFout([
      { name: "nonFieldErrors", code: "invalid-address", reason: "Een verzending heeft hoogstens één adres (binnenlands, buitenlands, postadres, fax, e-mail, MijnOverheid of telefoon)." },
    ]);
  }
}

async function verzendingGebeurtenis(omg: Omgeving, doc: DocumentRij, resource: Record<string, unknown>, actie: Actie, resultaat: number, oud: unknown, nieuw: unknown) {
  await registreerGebeurtenis(omg.db, omg.ctx, omg.request, {
    kanaal: "documenten",
    hoofdObject: eioUrl(omg.ctx.apiRoot, doc.uuid),
    hoofdObjectUuid: doc.uuid,
    resource: "verzending",
    resourceUrl: String(resource.url),
    resourceWeergave: String(resource.url),
    actie,
    resultaat,
    oud,
    nieuw,
    kenmerken: notificatieKenmerken(doc),
  });
}

function verzendingGegevens(g: z.output<typeof VerzendingInvoer>): Record<string, unknown> {
  // betrokkene, informatieobject and aardRelatie are columns of their own.
  const rest: Record<string, unknown> = { ...g };
  for (const k of ["betrokkene", "informatieobject", "aardRelatie"]) delete rest[k];
  return rest;
}

export async function maakVerzending(omg: Omgeving, body: unknown): Promise<Record<string, unknown>> {
  const g = parse(VerzendingInvoer, alsObject(body));
  controleerAdres(g);
  const doc = await documentUitUrl(omg, g.informatieobject);
  omg.ctx.auth.vereis(SCOPE.aanmaken, kenmerken(doc));
  const [rij] = await omg.db
    .insert(drcVerzending)
    .values({ uuid: randomUUID(), informatieobjectUuid: doc.uuid, betrokkene: g.betrokkene, aardRelatie: g.aardRelatie, gegevens: verzendingGegevens(g) })
    .returning();
  const resource = verzendingResource(omg.ctx.apiRoot, rij!);
  await verzendingGebeurtenis(omg, doc, resource, "create", 201, null, resource);
  return resource;
}

export async function werkVerzendingBij(omg: Omgeving, uuid: string, body: unknown, gedeeltelijk: boolean): Promise<Record<string, unknown>> {
  const [rij] = await omg.db.select().from(drcVerzending).where(eq(drcVerzending.uuid, uuid));
  if (!rij) throw nietGevonden("verzending");
  const doc = (await zoekDocument(omg.db, rij.informatieobjectUuid, { voorUpdate: true }))!;
  omg.ctx.auth.vereis(SCOPE.bijwerkenStrikt, kenmerken(doc));
  const oud = verzendingResource(omg.ctx.apiRoot, rij);
  const g = parse(VerzendingInvoer, gedeeltelijk ? { ...oud, ...alsObject(body) } : alsObject(body));
  controleerAdres(g);
  let nieuwDoc = doc;
  if (g.informatieobject !== oud.informatieobject) {
    nieuwDoc = await documentUitUrl(omg, g.informatieobject);
    omg.ctx.auth.vereis(SCOPE.bijwerkenStrikt, kenmerken(nieuwDoc));
  }
  const [nieuw] = await omg.db
    .update(drcVerzending)
    .set({ informatieobjectUuid: nieuwDoc.uuid, betrokkene: g.betrokkene, aardRelatie: g.aardRelatie, gegevens: verzendingGegevens(g) })
    .where(eq(drcVerzending.uuid, uuid))
    .returning();
  const resource = verzendingResource(omg.ctx.apiRoot, nieuw!);
  await verzendingGebeurtenis(omg, nieuwDoc, resource, gedeeltelijk ? "partial_update" : "update", 200, oud, resource);
  return resource;
}

export async function verwijderVerzending(omg: Omgeving, uuid: string): Promise<void> {
  const [rij] = await omg.db.select().from(drcVerzending).where(eq(drcVerzending.uuid, uuid));
  if (!rij) throw nietGevonden("verzending");
  const doc = (await zoekDocument(omg.db, rij.informatieobjectUuid))!;
  omg.ctx.auth.vereis(SCOPE.verwijderen, kenmerken(doc));
  await omg.db.delete(drcVerzending).where(eq(drcVerzending.uuid, uuid));
  const oud = verzendingResource(omg.ctx.apiRoot, rij);
  await verzendingGebeurtenis(omg, doc, oud, "destroy", 204, oud, null);
}
