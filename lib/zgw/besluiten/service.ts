import { randomUUID } from "node:crypto";
import { and, eq, or, sql } from "drizzle-orm";
import { AppError, invalidParamsFromZod } from "@/lib/errors";
import { getLogger } from "@/lib/log";
import { validatieFout } from "../fouten";
import { registreerGebeurtenis, verwijderAuditTrail, type Gebeurtenis } from "../gebeurtenissen";
import type { ZgwContext } from "../route";
import { haalResource, lokaleUuid, zgwExternVerzoek } from "../verwijzingen";
import { BesluitInvoer, BioInvoer, type BesluitGegevens } from "./invoer";
import {
  besluitResource,
  besluitUrl,
  besluittypeVan,
  biosVanBesluit,
  bioResource,
  bioUrl,
  informatieobjectVan,
  zaakVan,
  zoekBesluit,
  zoekBio,
  type BesluitRij,
  type BioRij,
  type Db,
} from "./opslag";
import { brcBesluit, brcBesluitinformatieobject, brcIdentificatieTeller } from "./schema";

/**
 * The writes of the Besluiten API and its rules brc-001..009 (GUIDE 4.4). Validation reads
 * (besluittype, zaak, document; possibly over HTTP) happen before the transaction, so no
 * transaction waits on another API. Relations with an EXTERNAL Zaken/Documenten API are
 * mirrored there after the besluit (or BIO) is committed, because that API validates the
 * mirror by reading the besluit back from us; when mirroring fails the write is undone and
 * the answer is a 400 (as Open Zaak). Local relations need no mirror: the Zaken and
 * Documenten APIs derive them from brc_besluit / brc_besluitinformatieobject.
 */

type Ctx = ZgwContext<unknown>;
type Cache = Map<string, Promise<Record<string, unknown>>>;

export function nietGevonden(soort: "besluit" | "besluitinformatieobject"): AppError {
  return AppError.notFound(soort === "besluit" ? "Het besluit bestaat niet." : "De besluit-informatieobjectrelatie bestaat niet.");
}

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import("zod").ZodError } }, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) throw validatieFout(invalidParamsFromZod(r.error));
  return r.data;
}

/** Today in Europe/Amsterdam (JJJJ-MM-DD): "datum in het verleden of nu". */
export function vandaag(nu = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(nu);
}

function kenmerken(r: BesluitRij): Record<string, string> {
  // GUIDE 6 / the OAS's description: kenmerk keys of the kanaal `besluiten`.
  return { verantwoordelijke_organisatie: r.verantwoordelijkeOrganisatie, besluittype: besluittypeVan(r) };
}

function besluitGebeurtenis(r: BesluitRij, g: Pick<Gebeurtenis, "actie" | "resultaat" | "oud" | "nieuw" | "audit">): Gebeurtenis {
  const url = besluitUrl(r.uuid);
  return {
    kanaal: "besluiten",
    hoofdObject: url,
    hoofdObjectUuid: r.uuid,
    resource: "besluit",
    resourceUrl: url,
    resourceWeergave: r.identificatie,
    kenmerken: kenmerken(r),
    ...g,
  };
}

function bioGebeurtenis(bio: BioRij, besluit: BesluitRij, g: Pick<Gebeurtenis, "actie" | "resultaat" | "oud" | "nieuw">): Gebeurtenis {
  return {
    kanaal: "besluiten",
    hoofdObject: besluitUrl(besluit.uuid),
    hoofdObjectUuid: besluit.uuid,
    resource: "besluitinformatieobject",
    resourceUrl: bioUrl(bio.uuid),
    resourceWeergave: `${besluit.identificatie} - ${informatieobjectVan(bio)}`,
    kenmerken: kenmerken(besluit),
    ...g,
  };
}

function isUniekSchending(error: unknown): boolean {
  for (let e: unknown = error, d = 0; e && d < 4; e = (e as { cause?: unknown }).cause, d++) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

// ---------------------------------------------------------------- besluit

/** The write representation of a stored besluit (the base of a PATCH). */
function schrijfvorm(r: BesluitRij): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...besluitResource(r) };
  delete rest.url;
  delete rest.vervalredenWeergave;
  return rest;
}

interface Gevalideerd {
  g: BesluitGegevens;
  besluittypeUuid: string | null;
  zaakUuid: string | null;
  zaakUrl: string | null;
  /** A zaak in another Zaken API that this write links the besluit to (brc-006 mirror). */
  nieuweExterneZaak: string | null;
}

const wijzigenNietToegelaten = (name: string) =>
  validatieFout([{ name, code: "wijzigen-niet-toegelaten", reason: "Dit attribuut mag niet gewijzigd worden." }]);

/** brc-001, brc-002 (immutability), brc-006 (zaak immutable once set), brc-007, datum. */
async function valideerBesluit(db: Db, body: unknown, bestaand: BesluitRij | null): Promise<Gevalideerd> {
  const g = parse(BesluitInvoer, body);
  const cache: Cache = new Map();

  if (g.datum > vandaag()) {
    throw validatieFout([{ name: "datum", code: "future_not_allowed", reason: "De datum mag niet in de toekomst liggen." }]);
  }

  let besluittypeUuid: string | null;
  if (bestaand) {
    // brc-001/brc-002: besluittype, verantwoordelijkeOrganisatie and identificatie are fixed.
    if (g.besluittype !== besluittypeVan(bestaand) && g.besluittype !== bestaand.besluittypeUrl) throw wijzigenNietToegelaten("besluittype");
    if (g.verantwoordelijkeOrganisatie !== bestaand.verantwoordelijkeOrganisatie) throw wijzigenNietToegelaten("verantwoordelijkeOrganisatie");
    if (g.identificatie !== "" && g.identificatie !== bestaand.identificatie) throw wijzigenNietToegelaten("identificatie");
    g.besluittype = bestaand.besluittypeUrl;
    besluittypeUuid = bestaand.besluittypeUuid;
  } else {
    // brc-001: the besluittype resolves and is published.
    const besluittype = await haalResource(db, g.besluittype, { api: "catalogi", collectie: "besluittypen" }, "besluittype", cache);
    if (besluittype.concept === true) {
      throw validatieFout([{ name: "besluittype", code: "not-published", reason: "Het besluittype is nog niet gepubliceerd." }]);
    }
    besluittypeUuid = lokaleUuid(g.besluittype, "catalogi", "besluittypen");
  }

  // brc-006: once set, the zaak may not change (nor be removed).
  const oudeZaak = bestaand ? zaakVan(bestaand) : "";
  if (oudeZaak !== "") {
    if ((g.zaak ?? "") !== oudeZaak) throw wijzigenNietToegelaten("zaak");
    return { g, besluittypeUuid, zaakUuid: bestaand!.zaakUuid, zaakUrl: bestaand!.zaakUrl, nieuweExterneZaak: null };
  }
  if (!g.zaak) return { g, besluittypeUuid, zaakUuid: null, zaakUrl: null, nieuweExterneZaak: null };

  // The zaak resolves (locally through the Zaken API's reader), and brc-007: the besluittype
  // is one of its zaaktype's besluittypen.
  const zaak = await haalResource(db, g.zaak, { api: "zaken", collectie: "zaken" }, "zaak", cache);
  if (typeof zaak.zaaktype !== "string") {
    throw validatieFout([{ name: "zaak", code: "invalid-resource", reason: "De zaak heeft geen zaaktype." }]);
  }
  const zaaktype = await haalResource(db, zaak.zaaktype, { api: "catalogi", collectie: "zaaktypen" }, "zaak", cache);
  const besluittypen = Array.isArray(zaaktype.besluittypen) ? (zaaktype.besluittypen as unknown[]) : [];
  const besluittype = besluittypeUuid ? besluittypeVan({ besluittypeUrl: g.besluittype, besluittypeUuid }) : g.besluittype;
  if (!besluittypen.includes(besluittype) && !besluittypen.includes(g.besluittype)) {
    throw validatieFout([
      { name: "nonFieldErrors", code: "zaaktype-mismatch", reason: "Het besluittype hoort niet bij het zaaktype van de zaak (brc-007)." },
    ]);
  }
  const zaakUuid = lokaleUuid(g.zaak, "zaken", "zaken");
  return zaakUuid
    ? { g, besluittypeUuid, zaakUuid, zaakUrl: null, nieuweExterneZaak: null }
    : { g, besluittypeUuid, zaakUuid: null, zaakUrl: g.zaak, nieuweExterneZaak: g.zaak };
}

/** brc-002: a free identificatie `BESLUIT-<jaar>-<volgnummer>` for this organisation (counter row locked until commit). */
async function genereerIdentificatie(tx: Db, organisatie: string): Promise<string> {
  const jaar = Number(vandaag().slice(0, 4));
  for (;;) {
    const [teller] = await tx
      .insert(brcIdentificatieTeller)
      .values({ verantwoordelijkeOrganisatie: organisatie, jaar, laatste: 1 })
      .onConflictDoUpdate({
        target: [brcIdentificatieTeller.verantwoordelijkeOrganisatie, brcIdentificatieTeller.jaar],
        set: { laatste: sql`${brcIdentificatieTeller.laatste} + 1` },
      })
      .returning({ laatste: brcIdentificatieTeller.laatste });
    const kandidaat = `BESLUIT-${jaar}-${String(teller!.laatste).padStart(10, "0")}`;
    // A client may have chosen this identificatie itself: take the next one.
    if (!(await identificatieBestaat(tx, organisatie, kandidaat))) return kandidaat;
  }
}

async function identificatieBestaat(tx: Db, organisatie: string, identificatie: string): Promise<boolean> {
  const [r] = await tx
    .select({ uuid: brcBesluit.uuid })
    .from(brcBesluit)
    .where(and(eq(brcBesluit.verantwoordelijkeOrganisatie, organisatie), eq(brcBesluit.identificatie, identificatie)))
    .limit(1);
  return r !== undefined;
}

const nietUniek = () =>
  validatieFout([
    { name: "identificatie", code: "identificatie-niet-uniek", reason: "Deze identificatie bestaat al voor deze verantwoordelijke organisatie." },
  ]);

function kolommen(v: Gevalideerd) {
  const { g } = v;
  return {
    verantwoordelijkeOrganisatie: g.verantwoordelijkeOrganisatie,
    besluittypeUrl: g.besluittype,
    besluittypeUuid: v.besluittypeUuid,
    zaakUuid: v.zaakUuid,
    zaakUrl: v.zaakUrl,
    datum: g.datum,
    toelichting: g.toelichting,
    bestuursorgaan: g.bestuursorgaan,
    ingangsdatum: g.ingangsdatum,
    vervaldatum: g.vervaldatum,
    vervalreden: g.vervalreden,
    publicatiedatum: g.publicatiedatum,
    verzenddatum: g.verzenddatum,
    uiterlijkeReactiedatum: g.uiterlijkeReactiedatum,
  };
}

/** brc-006 for an external zaak: POST {zaak}/besluiten; returns the ZaakBesluit URL. */
async function spiegelNaarZrc(db: Db, zaak: string, besluit: string): Promise<string> {
  let response: Response;
  try {
    response = await zgwExternVerzoek(db, `${zaak.replace(/\/$/, "")}/besluiten`, { method: "POST", body: { besluit } });
  } catch (error) {
    getLogger().warn({ zaak, err: error }, "zaakbesluit bij externe Zaken API niet aangemaakt");
    throw syncFout("zaak", "sync-with-zrc", `De Zaken API van ${zaak} is niet bereikbaar.`);
  }
  const body = (await response.json().catch(() => null)) as { url?: unknown } | null;
  if (response.status !== 201 || typeof body?.url !== "string") {
    getLogger().warn({ zaak, status: response.status }, "zaakbesluit bij externe Zaken API niet aangemaakt");
    throw syncFout("zaak", "sync-with-zrc", `De Zaken API van ${zaak} weigerde de relatie (HTTP ${response.status}).`);
  }
  return body.url;
}

function syncFout(name: string, code: string, reason: string): AppError {
  return validatieFout([{ name, code, reason }], "De relatie kon niet in de andere API worden vastgelegd.");
}

/** Deletes a mirror at another API after our own delete is committed; a failure is logged, not fatal. */
async function verwijderSpiegel(db: Db, url: string): Promise<void> {
  try {
    const response = await zgwExternVerzoek(db, url, { method: "DELETE" });
    if (response.status !== 204 && response.status !== 404) {
      getLogger().warn({ url, status: response.status }, "spiegelrelatie bij externe ZGW API niet verwijderd");
    }
  } catch (error) {
    getLogger().warn({ url, err: error }, "spiegelrelatie bij externe ZGW API niet verwijderd");
  }
}

export async function maakBesluit(ctx: Ctx, request: Request, body: unknown): Promise<BesluitRij> {
  const voorlopig = parse(BesluitInvoer, body);
  // Authorised by besluittype (besluiten autorisaties have no confidentiality).
  ctx.auth.vereis(ctx.operatie.scopes, { type: voorlopig.besluittype });
  const v = await valideerBesluit(ctx.db, body, null);
  const uuid = randomUUID();
  const extern = v.nieuweExterneZaak;

  let rij: BesluitRij;
  try {
    rij = await ctx.db.transaction(async (tx) => {
      let identificatie = v.g.identificatie;
      if (identificatie === "") identificatie = await genereerIdentificatie(tx, v.g.verantwoordelijkeOrganisatie);
      else if (await identificatieBestaat(tx, v.g.verantwoordelijkeOrganisatie, identificatie)) throw nietUniek();
      const [r] = await tx
        .insert(brcBesluit)
        .values({ uuid, identificatie, ...kolommen(v) })
        .returning();
      if (!extern) {
        await registreerGebeurtenis(tx, ctx, request, besluitGebeurtenis(r!, { actie: "create", resultaat: 201, oud: null, nieuw: besluitResource(r!) }));
      }
      return r!;
    });
  } catch (error) {
    if (isUniekSchending(error)) throw nietUniek();
    throw error;
  }
  if (!extern) return rij;

  let zaakbesluitUrl: string;
  try {
    zaakbesluitUrl = await spiegelNaarZrc(ctx.db, extern, besluitUrl(uuid));
  } catch (error) {
    await ctx.db.delete(brcBesluit).where(eq(brcBesluit.uuid, uuid));
    throw error;
  }
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx.update(brcBesluit).set({ zaakbesluitUrl }).where(eq(brcBesluit.uuid, uuid)).returning();
    await registreerGebeurtenis(tx, ctx, request, besluitGebeurtenis(r!, { actie: "create", resultaat: 201, oud: null, nieuw: besluitResource(r!) }));
    return r!;
  });
}

export async function werkBesluitBij(ctx: Ctx, request: Request, uuid: string, body: unknown, gedeeltelijk: boolean): Promise<BesluitRij> {
  const bestaand = await zoekBesluit(ctx.db, uuid);
  if (!bestaand) throw nietGevonden("besluit");
  ctx.auth.vereis(ctx.operatie.scopes, { type: besluittypeVan(bestaand) });
  if (gedeeltelijk && (typeof body !== "object" || body === null || Array.isArray(body))) {
    throw validatieFout([{ name: "nonFieldErrors", code: "invalid", reason: "Verwacht een JSON-object." }]);
  }
  const invoer = gedeeltelijk ? { ...schrijfvorm(bestaand), ...(body as Record<string, unknown>) } : body;
  const v = await valideerBesluit(ctx.db, invoer, bestaand);
  const extern = v.nieuweExterneZaak;
  const actie = gedeeltelijk ? "partial_update" : "update";
  const oud = besluitResource(bestaand);

  const rij = await ctx.db.transaction(async (tx) => {
    const [r] = await tx.update(brcBesluit).set(kolommen(v)).where(eq(brcBesluit.uuid, bestaand.uuid)).returning();
    if (!r) throw nietGevonden("besluit");
    if (!extern) await registreerGebeurtenis(tx, ctx, request, besluitGebeurtenis(r, { actie, resultaat: 200, oud, nieuw: besluitResource(r) }));
    return r;
  });
  if (!extern) return rij;

  let zaakbesluitUrl: string;
  try {
    zaakbesluitUrl = await spiegelNaarZrc(ctx.db, extern, besluitUrl(uuid));
  } catch (error) {
    // Undo: the row as it was (uuid and aangemaaktOp never change).
    await ctx.db.update(brcBesluit).set({ ...bestaand }).where(eq(brcBesluit.uuid, bestaand.uuid));
    throw error;
  }
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx.update(brcBesluit).set({ zaakbesluitUrl }).where(eq(brcBesluit.uuid, bestaand.uuid)).returning();
    await registreerGebeurtenis(tx, ctx, request, besluitGebeurtenis(r!, { actie, resultaat: 200, oud, nieuw: besluitResource(r!) }));
    return r!;
  });
}

/** brc-009: hard delete of the besluit, its BIOs and its audit trail; then the external mirrors (brc-005/006). */
export async function verwijderBesluit(ctx: Ctx, request: Request, uuid: string): Promise<void> {
  const bestaand = await zoekBesluit(ctx.db, uuid);
  if (!bestaand) throw nietGevonden("besluit");
  ctx.auth.vereis(ctx.operatie.scopes, { type: besluittypeVan(bestaand) });
  const spiegels = await ctx.db.transaction(async (tx) => {
    const bios = await biosVanBesluit(tx, bestaand.uuid);
    const [weg] = await tx.delete(brcBesluit).where(eq(brcBesluit.uuid, bestaand.uuid)).returning();
    if (!weg) throw nietGevonden("besluit");
    await verwijderAuditTrail(tx, weg.uuid);
    // The main object's own destroy is notified but not audited: its trail is gone with it.
    await registreerGebeurtenis(tx, ctx, request, besluitGebeurtenis(weg, { actie: "destroy", resultaat: 204, oud: besluitResource(weg), nieuw: null, audit: false }));
    return [...bios.map((b) => b.oioUrl), weg.zaakbesluitUrl].filter((u): u is string => typeof u === "string" && u !== "");
  });
  for (const url of spiegels) await verwijderSpiegel(ctx.db, url);
}

// ---------------------------------------------------------------- besluitinformatieobject

/** The Documenten API root of an external document URL (…/enkelvoudiginformatieobjecten/<uuid>). */
function drcRoot(informatieobject: string): string {
  const i = informatieobject.lastIndexOf("/enkelvoudiginformatieobjecten/");
  if (i >= 0) return informatieobject.slice(0, i);
  return informatieobject.replace(/\/$/, "").split("/").slice(0, -2).join("/");
}

export async function maakBesluitinformatieobject(ctx: Ctx, request: Request, body: unknown): Promise<BioRij> {
  const g = parse(BioInvoer, body);
  const besluitUuid = lokaleUuid(g.besluit, "besluiten", "besluiten");
  if (!besluitUuid) throw validatieFout([{ name: "besluit", code: "no_match", reason: "De URL verwijst niet naar een besluit van deze API." }]);
  const besluit = await zoekBesluit(ctx.db, besluitUuid);
  if (!besluit) throw validatieFout([{ name: "besluit", code: "does_not_exist", reason: "Het besluit bestaat niet." }]);
  ctx.auth.vereis(ctx.operatie.scopes, { type: besluittypeVan(besluit) });

  // brc-003: the document resolves.
  const cache: Cache = new Map();
  const document = await haalResource(ctx.db, g.informatieobject, { api: "documenten", collectie: "enkelvoudiginformatieobjecten" }, "informatieobject", cache);
  // brc-008: its informatieobjecttype belongs to the besluittype.
  const besluittype = await haalResource(ctx.db, besluittypeVan(besluit), { api: "catalogi", collectie: "besluittypen" }, "besluit", cache);
  const toegestaan = Array.isArray(besluittype.informatieobjecttypen) ? (besluittype.informatieobjecttypen as unknown[]) : [];
  if (!toegestaan.includes(document.informatieobjecttype)) {
    throw validatieFout([
      {
        name: "nonFieldErrors",
        code: "missing-besluittype-informatieobjecttype-relation",
        reason: "Het informatieobjecttype van het document hoort niet bij het besluittype van het besluit (brc-008).",
      },
    ]);
  }

  const informatieobjectUuid = lokaleUuid(g.informatieobject, "documenten", "enkelvoudiginformatieobjecten");
  const uuid = randomUUID();
  const nietUniekeRelatie = () =>
    validatieFout([{ name: "nonFieldErrors", code: "unique", reason: "De velden besluit en informatieobject moeten een unieke set zijn." }]);

  let bio: BioRij;
  try {
    bio = await ctx.db.transaction(async (tx) => {
      const [dubbel] = await tx
        .select({ uuid: brcBesluitinformatieobject.uuid })
        .from(brcBesluitinformatieobject)
        .where(
          and(
            eq(brcBesluitinformatieobject.besluitUuid, besluit.uuid),
            informatieobjectUuid
              ? or(eq(brcBesluitinformatieobject.informatieobjectUuid, informatieobjectUuid), eq(brcBesluitinformatieobject.informatieobjectUrl, g.informatieobject))
              : eq(brcBesluitinformatieobject.informatieobjectUrl, g.informatieobject),
          ),
        )
        .limit(1);
      if (dubbel) throw nietUniekeRelatie();
      const [r] = await tx
        .insert(brcBesluitinformatieobject)
        .values({ uuid, besluitUuid: besluit.uuid, informatieobjectUrl: g.informatieobject, informatieobjectUuid })
        .returning();
      // brc-005, local document: the Documenten API derives the OIO from this row.
      if (informatieobjectUuid) {
        await registreerGebeurtenis(tx, ctx, request, bioGebeurtenis(r!, besluit, { actie: "create", resultaat: 201, oud: null, nieuw: bioResource(r!) }));
      }
      return r!;
    });
  } catch (error) {
    if (isUniekSchending(error)) throw nietUniekeRelatie();
    throw error;
  }
  if (informatieobjectUuid) return bio;

  // brc-005, external document: create the ObjectInformatieObject at its Documenten API.
  let oioUrl: string;
  try {
    const response = await zgwExternVerzoek(ctx.db, `${drcRoot(g.informatieobject)}/objectinformatieobjecten`, {
      method: "POST",
      body: { informatieobject: g.informatieobject, object: besluitUrl(besluit.uuid), objectType: "besluit" },
    });
    const antwoord = (await response.json().catch(() => null)) as { url?: unknown } | null;
    if (response.status !== 201 || typeof antwoord?.url !== "string") {
      getLogger().warn({ informatieobject: g.informatieobject, status: response.status }, "objectinformatieobject bij externe Documenten API niet aangemaakt");
      throw syncFout("informatieobject", "sync-with-drc", `De Documenten API weigerde de relatie (HTTP ${response.status}).`);
    }
    oioUrl = antwoord.url;
  } catch (error) {
    await ctx.db.delete(brcBesluitinformatieobject).where(eq(brcBesluitinformatieobject.uuid, uuid));
    if (error instanceof AppError) throw error;
    getLogger().warn({ informatieobject: g.informatieobject, err: error }, "objectinformatieobject bij externe Documenten API niet aangemaakt");
    throw syncFout("informatieobject", "sync-with-drc", "De Documenten API van het document is niet bereikbaar.");
  }
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx.update(brcBesluitinformatieobject).set({ oioUrl }).where(eq(brcBesluitinformatieobject.uuid, uuid)).returning();
    await registreerGebeurtenis(tx, ctx, request, bioGebeurtenis(r!, besluit, { actie: "create", resultaat: 201, oud: null, nieuw: bioResource(r!) }));
    return r!;
  });
}

export async function verwijderBesluitinformatieobject(ctx: Ctx, request: Request, uuid: string): Promise<void> {
  const gevonden = await zoekBio(ctx.db, uuid);
  if (!gevonden) throw nietGevonden("besluitinformatieobject");
  const { bio, besluit } = gevonden;
  ctx.auth.vereis(ctx.operatie.scopes, { type: besluittypeVan(besluit) });
  await ctx.db.transaction(async (tx) => {
    const [weg] = await tx.delete(brcBesluitinformatieobject).where(eq(brcBesluitinformatieobject.uuid, bio.uuid)).returning();
    if (!weg) throw nietGevonden("besluitinformatieobject");
    await registreerGebeurtenis(tx, ctx, request, bioGebeurtenis(weg, besluit, { actie: "destroy", resultaat: 204, oud: bioResource(weg), nieuw: null }));
  });
  // brc-005, external document: remove the mirrored OIO there (after our commit: that API checks the relation is gone).
  if (bio.oioUrl) await verwijderSpiegel(ctx.db, bio.oioUrl);
}
