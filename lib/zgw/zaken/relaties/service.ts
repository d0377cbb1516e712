import { randomUUID, randomInt } from "node:crypto";
import { and, count, eq, sql } from "drizzle-orm";
import { brcBesluit } from "@/lib/zgw/besluiten/schema";
import { getLogger } from "@/lib/log";
import { validatieFout, zgwFout } from "../../fouten";
import type { ZgwContext } from "../../route";
import { haalResource, lokaleUuid, zgwExternVerzoek } from "../../verwijzingen";
import { zaakVoorRelatie, type ZaakVoorRelatie } from "../relatie";
import { zrcStatus, zrcZaak } from "../schema";
import {
  externeRoot,
  gebeurtenis,
  isUuid,
  maakExterneRelatie,
  nietGevonden,
  onveranderlijk,
  pendingRelations,
  vereisLezen,
  vereisSchrijven,
  verwijderExterneRelatie,
  zaakUitPad,
  zaakUitUrl,
  zaaktypeMismatch,
  zelfdeZaaktype,
  type Db,
} from "./gedeeld";
import {
  IDENTIFICATIE_SCHEMA,
  KlantcontactInvoer,
  OBJECT_IDENTIFICATIE_SCHEMA,
  parse,
  parseGroep,
  RolInvoer,
  ZaakbesluitInvoer,
  ZaakcontactmomentInvoer,
  ZaakeigenschapInvoer,
  ZaakeigenschapPatch,
  ZaakobjectInvoer,
  ZaakobjectPatch,
  ZaakverzoekInvoer,
  ZioInvoer,
  ZioPatch,
  type ObjectType,
} from "./invoer";
import {
  informatieobjectUrl,
  klantcontactResource,
  lokaalBesluitUrl,
  rolResources,
  zaakbesluitResource,
  zaakcontactmomentResource,
  zaakeigenschapResource,
  zaakobjectResource,
  zaakverzoekResource,
  zioResource,
  type ZioRij,
} from "./representaties";
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

/**
 * The write rules of the relation resources (GUIDE 4.1): zrc-003/004/005/017 (ZIO), zrc-018
 * (zaakeigenschap), zrc-019 (rol), zrc-024/025 (verzoek/contactmoment mirrors), zrc-006/007
 * (authorisation, closed zaak) on every write. Each write is one transaction with its audit
 * trail row and notification (GUIDE 6: which actions notify).
 */

type Ctx = ZgwContext<unknown>;
type Resultaat = { resource: Record<string, unknown> };

/** Serialises writes on one zaak (max-occurrences, unique relations) by locking its row. */
async function vergrendelZaak(tx: Db, zaakUuid: string): Promise<void> {
  await tx.execute(sql`select 1 from ${zrcZaak} where ${zrcZaak.uuid} = ${zaakUuid} for update`);
}

// ------------------------------------------------------------------ rol (zrc-019)

const UNIEKE_ROLLEN = ["initiator", "zaakcoordinator"];

export async function maakRol(ctx: Ctx, request: Request, body: unknown): Promise<Resultaat> {
  const invoer = parse(RolInvoer, body);
  const identificatie =
    invoer.betrokkeneIdentificatie === undefined || invoer.betrokkeneIdentificatie === null
      ? null
      : parseGroep("betrokkeneIdentificatie", IDENTIFICATIE_SCHEMA[invoer.betrokkeneType], invoer.betrokkeneIdentificatie);
  const contactpersoonRol =
    invoer.contactpersoonRol === undefined || invoer.contactpersoonRol === null ? null : parseGroep("contactpersoonRol", "ContactPersoonRol", invoer.contactpersoonRol);
  if (!invoer.betrokkene && identificatie === null) {
    throw validatieFout([{ name: "nonFieldErrors", code: "invalid-betrokkene", reason: "Geef betrokkene of betrokkeneIdentificatie op." }]);
  }
  return ctx.db.transaction(async (tx) => {
    const zaak = await zaakUitUrl(tx, invoer.zaak);
    vereisSchrijven(ctx, zaak);
    const roltype = await haalResource(tx, invoer.roltype, { api: "catalogi", collectie: "roltypen" }, "roltype");
    if (!zelfdeZaaktype(zaak, roltype.zaaktype)) throw zaaktypeMismatch("roltype", "roltype");
    const omschrijvingGeneriek = String(roltype.omschrijvingGeneriek ?? "");
    await vergrendelZaak(tx, zaak.uuid);
    if (UNIEKE_ROLLEN.includes(omschrijvingGeneriek)) {
      const [n] = await tx
        .select({ n: count() })
        .from(zrcRol)
        .where(and(eq(zrcRol.zaakUuid, zaak.uuid), eq(zrcRol.omschrijvingGeneriek, omschrijvingGeneriek)));
      if (Number(n?.n ?? 0) >= 1) {
        throw validatieFout([{ name: "roltype", code: "max-occurences", reason: `Deze zaak heeft al een rol ${omschrijvingGeneriek}.` }]);
      }
    }
    const uuid = randomUUID();
    const [rij] = await tx
      .insert(zrcRol)
      .values({
        uuid,
        zaakUuid: zaak.uuid,
        betrokkeneType: invoer.betrokkeneType,
        betrokkene: invoer.betrokkene ?? "",
        roltypeUrl: invoer.roltype,
        omschrijving: String(roltype.omschrijving ?? ""),
        omschrijvingGeneriek,
        registratiedatum: new Date(),
        betrokkeneIdentificatie: identificatie,
        gegevens: {
          afwijkendeNaamBetrokkene: invoer.afwijkendeNaamBetrokkene,
          roltoelichting: invoer.roltoelichting,
          indicatieMachtiging: invoer.indicatieMachtiging,
          contactpersoonRol,
        },
      })
      .returning();
    const [resource] = await rolResources(tx, ctx.apiRoot, [rij!]);
    await gebeurtenis(tx, ctx, request, zaak, { resource: "rol", resourceUrl: String(resource!.url), actie: "create", resultaat: 201, oud: null, nieuw: resource, notificeren: true });
    return { resource: resource! };
  });
}

export async function verwijderRol(ctx: Ctx, request: Request, uuid: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const rij = isUuid(uuid) ? (await tx.select().from(zrcRol).where(eq(zrcRol.uuid, uuid.toLowerCase())))[0] : undefined;
    if (!rij) throw nietGevonden("rol");
    const zaak = (await zaakVoorRelatie(tx, rij.zaakUuid))!;
    vereisSchrijven(ctx, zaak);
    const [oud] = await rolResources(tx, ctx.apiRoot, [rij]);
    await tx.delete(zrcRol).where(eq(zrcRol.uuid, rij.uuid));
    await gebeurtenis(tx, ctx, request, zaak, { resource: "rol", resourceUrl: String(oud!.url), actie: "destroy", resultaat: 204, oud, nieuw: null, notificeren: true });
  });
}

// ------------------------------------------------------------------ zaakobject

function objectIdentificatie(objectType: ObjectType, waarde: unknown): Record<string, unknown> | null {
  if (waarde === undefined || waarde === null) return null;
  const schema = OBJECT_IDENTIFICATIE_SCHEMA[objectType];
  if (!schema) return null;
  return parseGroep("objectIdentificatie", schema, waarde);
}

function overigeDefinitie(waarde: unknown): Record<string, unknown> | null {
  if (waarde === undefined || waarde === null) return null;
  return parseGroep("objectTypeOverigeDefinitie", "ObjectTypeOverigeDefinitie", waarde);
}

async function controleerZaakobjecttype(tx: Db, zaak: ZaakVoorRelatie, url: string | null | undefined): Promise<void> {
  if (!url) return;
  const zot = await haalResource(tx, url, { api: "catalogi", collectie: "zaakobjecttypen" }, "zaakobjecttype");
  if (!zelfdeZaaktype(zaak, zot.zaaktype)) throw zaaktypeMismatch("zaakobjecttype", "zaakobjecttype");
}

export async function maakZaakobject(ctx: Ctx, request: Request, body: unknown): Promise<Resultaat> {
  const invoer = parse(ZaakobjectInvoer, body);
  const identificatie = objectIdentificatie(invoer.objectType, invoer.objectIdentificatie);
  const definitie = overigeDefinitie(invoer.objectTypeOverigeDefinitie);
  if (!invoer.object && identificatie === null) {
    throw validatieFout([{ name: "nonFieldErrors", code: "invalid-zaakobject", reason: "Geef object of objectIdentificatie op." }]);
  }
  if (invoer.objectType === "overige" && !invoer.objectTypeOverige && definitie === null) {
    throw validatieFout([
      { name: "nonFieldErrors", code: "missing-object-type-overige", reason: "Bij objectType overige is objectTypeOverige of objectTypeOverigeDefinitie verplicht." },
    ]);
  }
  if (invoer.objectType !== "overige" && invoer.objectTypeOverige) {
    throw validatieFout([
      { name: "nonFieldErrors", code: "invalid-object-type-overige-usage", reason: "objectTypeOverige mag alleen bij objectType overige." },
    ]);
  }
  if (definitie !== null && !invoer.object) {
    throw validatieFout([{ name: "object", code: "required", reason: "Bij objectTypeOverigeDefinitie is een object-URL verplicht." }]);
  }
  return ctx.db.transaction(async (tx) => {
    const zaak = await zaakUitUrl(tx, invoer.zaak);
    vereisSchrijven(ctx, zaak);
    await controleerZaakobjecttype(tx, zaak, invoer.zaakobjecttype);
    const [rij] = await tx
      .insert(zrcZaakobject)
      .values({
        uuid: randomUUID(),
        zaakUuid: zaak.uuid,
        objectUrl: invoer.object ?? "",
        objectType: invoer.objectType,
        zaakobjecttypeUrl: invoer.zaakobjecttype || null,
        gegevens: {
          objectTypeOverige: invoer.objectTypeOverige ?? "",
          objectTypeOverigeDefinitie: definitie,
          relatieomschrijving: invoer.relatieomschrijving ?? "",
          // With a definitie the object URL is the source (as Open Zaak, which then drops objectIdentificatie).
          objectIdentificatie: definitie !== null ? null : identificatie,
        },
      })
      .returning();
    const resource = zaakobjectResource(ctx.apiRoot, rij!);
    await gebeurtenis(tx, ctx, request, zaak, { resource: "zaakobject", resourceUrl: String(resource.url), actie: "create", resultaat: 201, oud: null, nieuw: resource, notificeren: true });
    return { resource };
  });
}

export async function werkZaakobjectBij(ctx: Ctx, request: Request, uuid: string, body: unknown, gedeeltelijk: boolean): Promise<Resultaat> {
  const invoer = gedeeltelijk ? parse(ZaakobjectPatch, body) : parse(ZaakobjectInvoer, body);
  return ctx.db.transaction(async (tx) => {
    const rij = isUuid(uuid) ? (await tx.select().from(zrcZaakobject).where(eq(zrcZaakobject.uuid, uuid.toLowerCase())))[0] : undefined;
    if (!rij) throw nietGevonden("zaakobject");
    const zaak = (await zaakVoorRelatie(tx, rij.zaakUuid))!;
    vereisSchrijven(ctx, zaak);
    const oud = zaakobjectResource(ctx.apiRoot, rij);
    onveranderlijk([
      ["zaak", invoer.zaak, oud.zaak],
      ["object", invoer.object === undefined ? undefined : invoer.object, rij.objectUrl],
      ["objectType", invoer.objectType, rij.objectType],
      ["zaakobjecttype", invoer.zaakobjecttype === undefined ? undefined : invoer.zaakobjecttype || null, rij.zaakobjecttypeUrl],
    ]);
    const g = { ...rij.gegevens };
    if (invoer.objectTypeOverige !== undefined) {
      if (rij.objectType !== "overige" && invoer.objectTypeOverige) {
        throw validatieFout([{ name: "nonFieldErrors", code: "invalid-object-type-overige-usage", reason: "objectTypeOverige mag alleen bij objectType overige." }]);
      }
      g.objectTypeOverige = invoer.objectTypeOverige;
    }
    if (invoer.objectTypeOverigeDefinitie !== undefined) g.objectTypeOverigeDefinitie = overigeDefinitie(invoer.objectTypeOverigeDefinitie);
    if (invoer.relatieomschrijving !== undefined) g.relatieomschrijving = invoer.relatieomschrijving;
    if (invoer.objectIdentificatie !== undefined) g.objectIdentificatie = objectIdentificatie(rij.objectType as ObjectType, invoer.objectIdentificatie);
    if (!gedeeltelijk) {
      // PUT replaces the changeable members: absent ones go back to empty.
      g.objectTypeOverige = invoer.objectTypeOverige ?? "";
      g.relatieomschrijving = invoer.relatieomschrijving ?? "";
      if (invoer.objectTypeOverigeDefinitie === undefined) g.objectTypeOverigeDefinitie = null;
      if (invoer.objectIdentificatie === undefined) g.objectIdentificatie = null;
    }
    const [nieuwRij] = await tx.update(zrcZaakobject).set({ gegevens: g }).where(eq(zrcZaakobject.uuid, rij.uuid)).returning();
    const resource = zaakobjectResource(ctx.apiRoot, nieuwRij!);
    await gebeurtenis(tx, ctx, request, zaak, {
      resource: "zaakobject",
      resourceUrl: String(resource.url),
      actie: gedeeltelijk ? "partial_update" : "update",
      resultaat: 200,
      oud,
      nieuw: resource,
      notificeren: true,
    });
    return { resource };
  });
}

export async function verwijderZaakobject(ctx: Ctx, request: Request, uuid: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const rij = isUuid(uuid) ? (await tx.select().from(zrcZaakobject).where(eq(zrcZaakobject.uuid, uuid.toLowerCase())))[0] : undefined;
    if (!rij) throw nietGevonden("zaakobject");
    const zaak = (await zaakVoorRelatie(tx, rij.zaakUuid))!;
    vereisSchrijven(ctx, zaak);
    const oud = zaakobjectResource(ctx.apiRoot, rij);
    await tx.delete(zrcZaakobject).where(eq(zrcZaakobject.uuid, rij.uuid));
    await gebeurtenis(tx, ctx, request, zaak, { resource: "zaakobject", resourceUrl: String(oud.url), actie: "destroy", resultaat: 204, oud, nieuw: null, notificeren: true });
  });
}

// ------------------------------------------------------------------ zaakinformatieobject (zrc-003/004/005/017)

/** A Zaken 1.5 ZIO may name a status, which must be one of this zaak's. */
async function controleerStatus(tx: Db, zaak: ZaakVoorRelatie, url: string | null | undefined): Promise<void> {
  if (!url) return;
  const uuid = lokaleUuid(url, "zaken", "statussen");
  const rij = uuid ? (await tx.select({ zaakUuid: zrcStatus.zaakUuid }).from(zrcStatus).where(eq(zrcStatus.uuid, uuid)))[0] : undefined;
  if (!rij) throw validatieFout([{ name: "status", code: "does-not-exist", reason: `De URL ${url} verwijst niet naar een status van deze Zaken API.` }]);
  if (rij.zaakUuid !== zaak.uuid) {
    throw validatieFout([{ name: "nonFieldErrors", code: "zaak-status-mismatch", reason: "De opgegeven status hoort niet bij de opgegeven zaak." }]);
  }
}

export async function maakZio(ctx: Ctx, request: Request, body: unknown): Promise<Resultaat> {
  const invoer = parse(ZioInvoer, body);
  const documentUuid = lokaleUuid(invoer.informatieobject, "documenten", "enkelvoudiginformatieobjecten");
  const { rij, zaak } = await ctx.db.transaction(async (tx) => {
    const zaak = await zaakUitUrl(tx, invoer.zaak);
    vereisSchrijven(ctx, zaak);
    // zrc-003: the document must resolve (a local one from the database, same transaction).
    const document = await haalResource(tx, invoer.informatieobject, { api: "documenten", collectie: "enkelvoudiginformatieobjecten" }, "informatieobject");
    // zrc-017: its informatieobjecttype must be one of the zaaktype's.
    const zaaktype = await haalResource(tx, zaak.zaaktypeUrl, { api: "catalogi", collectie: "zaaktypen" }, "zaak");
    const toegestaan = Array.isArray(zaaktype.informatieobjecttypen) ? (zaaktype.informatieobjecttypen as unknown[]) : [];
    if (!toegestaan.includes(document.informatieobjecttype)) {
      throw validatieFout([
        {
          name: "nonFieldErrors",
          code: "missing-zaaktype-informatieobjecttype-relation",
          reason: "Het informatieobjecttype van het informatieobject hoort niet bij het zaaktype van de zaak.",
        },
      ]);
    }
    await controleerStatus(tx, zaak, invoer.status);
    await vergrendelZaak(tx, zaak.uuid);
    const bestaand = await tx
      .select({ uuid: zrcZaakinformatieobject.uuid })
      .from(zrcZaakinformatieobject)
      .where(
        and(
          eq(zrcZaakinformatieobject.zaakUuid, zaak.uuid),
          documentUuid ? eq(zrcZaakinformatieobject.informatieobjectUuid, documentUuid) : eq(zrcZaakinformatieobject.informatieobjectUrl, invoer.informatieobject),
        ),
      );
    if (bestaand.length > 0) {
      throw validatieFout([{ name: "nonFieldErrors", code: "unique", reason: "Dit informatieobject hoort al bij deze zaak." }]);
    }
    // zrc-004: aardRelatie and registratiedatum are set by the system.
    const [rij] = await tx
      .insert(zrcZaakinformatieobject)
      .values({
        uuid: randomUUID(),
        zaakUuid: zaak.uuid,
        informatieobjectUrl: invoer.informatieobject,
        informatieobjectUuid: documentUuid,
        aardRelatie: "hoort_bij",
        titel: invoer.titel ?? "",
        beschrijving: invoer.beschrijving ?? "",
        registratiedatum: new Date(),
        vernietigingsdatum: invoer.vernietigingsdatum ? new Date(invoer.vernietigingsdatum) : null,
        statusUrl: invoer.status ?? null,
      })
      .returning();
    if (documentUuid) {
      // Local document: the Documenten API derives its OIO from this row (zrc-005 in one transaction).
      const resource = zioResource(ctx.apiRoot, rij!);
      await gebeurtenis(tx, ctx, request, zaak, { resource: "zaakinformatieobject", resourceUrl: String(resource.url), actie: "create", resultaat: 201, oud: null, nieuw: resource, notificeren: true });
    }
    return { rij: rij!, zaak };
  });
  if (documentUuid) return { resource: zioResource(ctx.apiRoot, rij) };

  // zrc-005, external document: the external DRC checks that our ZIO exists, so it is
  // committed first; when mirroring fails it is removed again (Open Zaak does the same).
  const root = externeRoot(invoer.informatieobject, "enkelvoudiginformatieobjecten");
  let oioUrl: string | null;
  try {
    if (!root) throw pendingRelations("informatieobject", "de URL van het informatieobject heeft geen herkenbare API-root.");
    oioUrl = await maakExterneRelatie(ctx.db, `${root}/objectinformatieobjecten`, { informatieobject: invoer.informatieobject, object: zaak.url, objectType: "zaak" }, "informatieobject");
  } catch (error) {
    await ctx.db.delete(zrcZaakinformatieobject).where(eq(zrcZaakinformatieobject.uuid, rij.uuid));
    throw error;
  }
  return ctx.db.transaction(async (tx) => {
    const [bijgewerkt] = await tx.update(zrcZaakinformatieobject).set({ externOioUrl: oioUrl }).where(eq(zrcZaakinformatieobject.uuid, rij.uuid)).returning();
    const resource = zioResource(ctx.apiRoot, bijgewerkt!);
    await gebeurtenis(tx, ctx, request, zaak, { resource: "zaakinformatieobject", resourceUrl: String(resource.url), actie: "create", resultaat: 201, oud: null, nieuw: resource, notificeren: true });
    return { resource };
  });
}

export async function werkZioBij(ctx: Ctx, request: Request, uuid: string, body: unknown, gedeeltelijk: boolean): Promise<Resultaat> {
  const invoer = gedeeltelijk ? parse(ZioPatch, body) : parse(ZioInvoer, body);
  return ctx.db.transaction(async (tx) => {
    const rij = await zioRij(tx, uuid);
    const zaak = (await zaakVoorRelatie(tx, rij.zaakUuid))!;
    vereisSchrijven(ctx, zaak);
    const oud = zioResource(ctx.apiRoot, rij);
    // zrc-004: zaak and informatieobject may not change.
    onveranderlijk([
      ["zaak", invoer.zaak, oud.zaak],
      ["informatieobject", invoer.informatieobject === rij.informatieobjectUrl ? oud.informatieobject : invoer.informatieobject, oud.informatieobject],
    ]);
    await controleerStatus(tx, zaak, invoer.status);
    const wijziging: Partial<ZioRij> = gedeeltelijk
      ? {
          ...(invoer.titel !== undefined ? { titel: invoer.titel } : {}),
          ...(invoer.beschrijving !== undefined ? { beschrijving: invoer.beschrijving } : {}),
          ...(invoer.vernietigingsdatum !== undefined ? { vernietigingsdatum: invoer.vernietigingsdatum ? new Date(invoer.vernietigingsdatum) : null } : {}),
          ...(invoer.status !== undefined ? { statusUrl: invoer.status } : {}),
        }
      : {
          titel: invoer.titel ?? "",
          beschrijving: invoer.beschrijving ?? "",
          vernietigingsdatum: invoer.vernietigingsdatum ? new Date(invoer.vernietigingsdatum) : null,
          statusUrl: invoer.status ?? null,
        };
    const [nieuw] = Object.keys(wijziging).length
      ? await tx.update(zrcZaakinformatieobject).set(wijziging).where(eq(zrcZaakinformatieobject.uuid, rij.uuid)).returning()
      : [rij];
    const resource = zioResource(ctx.apiRoot, nieuw!);
    // GUIDE 6: zaakinformatieobject notifies only create; the audit trail records every write.
    await gebeurtenis(tx, ctx, request, zaak, {
      resource: "zaakinformatieobject",
      resourceUrl: String(resource.url),
      actie: gedeeltelijk ? "partial_update" : "update",
      resultaat: 200,
      oud,
      nieuw: resource,
      notificeren: false,
    });
    return { resource };
  });
}

async function zioRij(tx: Db, uuid: string): Promise<ZioRij> {
  const rij = isUuid(uuid) ? (await tx.select().from(zrcZaakinformatieobject).where(eq(zrcZaakinformatieobject.uuid, uuid.toLowerCase())))[0] : undefined;
  if (!rij) throw nietGevonden("zaakinformatieobject");
  return rij;
}

/** The mirrored OIO of an external document: the stored URL, or found by the filters of the external DRC. */
async function externeOio(db: Db, rij: ZioRij, zaakUrl: string): Promise<string | null> {
  if (rij.externOioUrl) return rij.externOioUrl;
  const root = externeRoot(rij.informatieobjectUrl, "enkelvoudiginformatieobjecten");
  if (!root) return null;
  try {
    const q = new URLSearchParams({ object: zaakUrl, informatieobject: rij.informatieobjectUrl });
    const antwoord = await zgwExternVerzoek(db, `${root}/objectinformatieobjecten?${q}`, { method: "GET" });
    if (antwoord.status !== 200) return null;
    const lijst = (await antwoord.json()) as Array<{ url?: string }>;
    return Array.isArray(lijst) && typeof lijst[0]?.url === "string" ? lijst[0].url : null;
  } catch (error) {
    getLogger().warn({ err: error }, "gespiegelde OIO niet gevonden");
    return null;
  }
}

export async function verwijderZio(ctx: Ctx, request: Request, uuid: string): Promise<void> {
  const { rij, zaak, oud } = await ctx.db.transaction(async (tx) => {
    const rij = await zioRij(tx, uuid);
    const zaak = (await zaakVoorRelatie(tx, rij.zaakUuid))!;
    vereisSchrijven(ctx, zaak);
    const oud = zioResource(ctx.apiRoot, rij);
    await tx.delete(zrcZaakinformatieobject).where(eq(zrcZaakinformatieobject.uuid, rij.uuid));
    if (rij.informatieobjectUuid) {
      await gebeurtenis(tx, ctx, request, zaak, { resource: "zaakinformatieobject", resourceUrl: String(oud.url), actie: "destroy", resultaat: 204, oud, nieuw: null, notificeren: false });
    }
    return { rij, zaak, oud };
  });
  if (rij.informatieobjectUuid) return;
  // zrc-005, external document: remove the mirror after our side is gone (the DRC checks
  // that); when that fails the relation is restored.
  const oio = await externeOio(ctx.db, rij, zaak.url);
  if (oio && !(await verwijderExterneRelatie(ctx.db, oio))) {
    // Restored with its own uuid and dates; volgorde is an identity column and gets a new value.
    await ctx.db.insert(zrcZaakinformatieobject).values({ ...rij, volgorde: undefined } as typeof zrcZaakinformatieobject.$inferInsert);
    // 409: DELETE documents no 400; the relation stays until the mirror can go.
    throw zgwFout("conflict", "pending-relations", `De gespiegelde ObjectInformatieObject ${oio} kon niet verwijderd worden; de relatie blijft bestaan.`);
  }
  await ctx.db.transaction((tx) =>
    gebeurtenis(tx, ctx, request, zaak, { resource: "zaakinformatieobject", resourceUrl: String(oud.url), actie: "destroy", resultaat: 204, oud, nieuw: null, notificeren: false }),
  );
}

// ------------------------------------------------------------------ zaakeigenschap (zrc-018)

export async function maakZaakeigenschap(ctx: Ctx, request: Request, zaakUuid: string, body: unknown): Promise<Resultaat> {
  const invoer = parse(ZaakeigenschapInvoer, body);
  return ctx.db.transaction(async (tx) => {
    const zaak = await zaakUitPad(tx, zaakUuid);
    vereisSchrijven(ctx, zaak);
    if (invoer.zaak !== undefined && invoer.zaak !== zaak.url) {
      throw validatieFout([{ name: "zaak", code: "invalid", reason: "De zaak moet de zaak uit het pad zijn." }]);
    }
    const eigenschap = await haalResource(tx, invoer.eigenschap, { api: "catalogi", collectie: "eigenschappen" }, "eigenschap");
    if (!zelfdeZaaktype(zaak, eigenschap.zaaktype)) throw zaaktypeMismatch("eigenschap", "eigenschap");
    const [rij] = await tx
      .insert(zrcZaakeigenschap)
      .values({ uuid: randomUUID(), zaakUuid: zaak.uuid, eigenschapUrl: invoer.eigenschap, naam: String(eigenschap.naam ?? ""), waarde: invoer.waarde })
      .returning();
    const resource = zaakeigenschapResource(ctx.apiRoot, rij!);
    await gebeurtenis(tx, ctx, request, zaak, { resource: "zaakeigenschap", resourceUrl: String(resource.url), actie: "create", resultaat: 201, oud: null, nieuw: resource, notificeren: true });
    return { resource };
  });
}

async function zaakeigenschapRij(tx: Db, zaak: ZaakVoorRelatie, uuid: string) {
  const rij = isUuid(uuid)
    ? (await tx.select().from(zrcZaakeigenschap).where(and(eq(zrcZaakeigenschap.uuid, uuid.toLowerCase()), eq(zrcZaakeigenschap.zaakUuid, zaak.uuid))))[0]
    : undefined;
  if (!rij) throw nietGevonden("zaakeigenschap");
  return rij;
}

export async function werkZaakeigenschapBij(ctx: Ctx, request: Request, zaakUuid: string, uuid: string, body: unknown, gedeeltelijk: boolean): Promise<Resultaat> {
  const invoer = gedeeltelijk ? parse(ZaakeigenschapPatch, body) : parse(ZaakeigenschapInvoer, body);
  return ctx.db.transaction(async (tx) => {
    const zaak = await zaakUitPad(tx, zaakUuid);
    const rij = await zaakeigenschapRij(tx, zaak, uuid);
    vereisSchrijven(ctx, zaak);
    // Only waarde may change.
    onveranderlijk([
      ["zaak", invoer.zaak, zaak.url],
      ["eigenschap", invoer.eigenschap, rij.eigenschapUrl],
    ]);
    const oud = zaakeigenschapResource(ctx.apiRoot, rij);
    const [nieuw] = invoer.waarde !== undefined ? await tx.update(zrcZaakeigenschap).set({ waarde: invoer.waarde }).where(eq(zrcZaakeigenschap.uuid, rij.uuid)).returning() : [rij];
    const resource = zaakeigenschapResource(ctx.apiRoot, nieuw!);
    await gebeurtenis(tx, ctx, request, zaak, {
      resource: "zaakeigenschap",
      resourceUrl: String(resource.url),
      actie: gedeeltelijk ? "partial_update" : "update",
      resultaat: 200,
      oud,
      nieuw: resource,
      notificeren: true,
    });
    return { resource };
  });
}

export async function verwijderZaakeigenschap(ctx: Ctx, request: Request, zaakUuid: string, uuid: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const zaak = await zaakUitPad(tx, zaakUuid);
    const rij = await zaakeigenschapRij(tx, zaak, uuid);
    vereisSchrijven(ctx, zaak);
    const oud = zaakeigenschapResource(ctx.apiRoot, rij);
    await tx.delete(zrcZaakeigenschap).where(eq(zrcZaakeigenschap.uuid, rij.uuid));
    await gebeurtenis(tx, ctx, request, zaak, { resource: "zaakeigenschap", resourceUrl: String(oud.url), actie: "destroy", resultaat: 204, oud, nieuw: null, notificeren: true });
  });
}

// ------------------------------------------------------------------ zaakbesluit

export async function maakZaakbesluit(ctx: Ctx, request: Request, zaakUuid: string, body: unknown): Promise<Resultaat> {
  const invoer = parse(ZaakbesluitInvoer, body);
  return ctx.db.transaction(async (tx) => {
    const zaak = await zaakUitPad(tx, zaakUuid);
    vereisSchrijven(ctx, zaak);
    const besluitUuid = lokaleUuid(invoer.besluit, "besluiten", "besluiten");
    let resource: Record<string, unknown>;
    if (besluitUuid) {
      // A local besluit names its zaak itself (brc_besluit.zaak_uuid): the relation exists exactly when it does.
      const [besluit] = await tx.select({ uuid: brcBesluit.uuid, zaakUuid: brcBesluit.zaakUuid }).from(brcBesluit).where(eq(brcBesluit.uuid, besluitUuid));
      if (!besluit) throw validatieFout([{ name: "besluit", code: "bad-url", reason: `De URL ${invoer.besluit} verwijst niet naar een bestaand besluit.` }]);
      if (besluit.zaakUuid !== zaak.uuid) {
        throw validatieFout([{ name: "besluit", code: "inconsistent-relation", reason: "Dit besluit hoort niet bij deze zaak; zet de zaak op het besluit in de Besluiten API." }]);
      }
      resource = zaakbesluitResource(ctx.apiRoot, zaak.uuid, besluit.uuid, lokaalBesluitUrl(besluit.uuid));
    } else {
      const besluit = await haalResource(tx, invoer.besluit, { api: "besluiten", collectie: "besluiten" }, "besluit");
      if (typeof besluit.zaak === "string" && besluit.zaak !== "" && besluit.zaak !== zaak.url) {
        throw validatieFout([{ name: "besluit", code: "inconsistent-relation", reason: "Dit besluit hoort bij een andere zaak." }]);
      }
      await vergrendelZaak(tx, zaak.uuid);
      const bestaand = await tx
        .select({ uuid: zrcZaakbesluit.uuid })
        .from(zrcZaakbesluit)
        .where(and(eq(zrcZaakbesluit.zaakUuid, zaak.uuid), eq(zrcZaakbesluit.besluitUrl, invoer.besluit)));
      if (bestaand.length > 0) throw validatieFout([{ name: "nonFieldErrors", code: "unique", reason: "Dit besluit hoort al bij deze zaak." }]);
      const [rij] = await tx.insert(zrcZaakbesluit).values({ uuid: randomUUID(), zaakUuid: zaak.uuid, besluitUrl: invoer.besluit }).returning();
      resource = zaakbesluitResource(ctx.apiRoot, zaak.uuid, rij!.uuid, rij!.besluitUrl);
    }
    await gebeurtenis(tx, ctx, request, zaak, { resource: "zaakbesluit", resourceUrl: String(resource.url), actie: "create", resultaat: 201, oud: null, nieuw: resource, notificeren: true });
    return { resource };
  });
}

/** One zaak-besluit relation of this zaak (external row, or a local besluit naming the zaak). */
export async function zoekZaakbesluit(db: Db, root: string, zaak: ZaakVoorRelatie, uuid: string): Promise<{ resource: Record<string, unknown>; lokaal: boolean }> {
  if (isUuid(uuid)) {
    const u = uuid.toLowerCase();
    const [extern] = await db.select().from(zrcZaakbesluit).where(and(eq(zrcZaakbesluit.uuid, u), eq(zrcZaakbesluit.zaakUuid, zaak.uuid)));
    if (extern) return { resource: zaakbesluitResource(root, zaak.uuid, extern.uuid, extern.besluitUrl), lokaal: false };
    const [lokaal] = await db.select({ uuid: brcBesluit.uuid }).from(brcBesluit).where(and(eq(brcBesluit.uuid, u), eq(brcBesluit.zaakUuid, zaak.uuid)));
    if (lokaal) return { resource: zaakbesluitResource(root, zaak.uuid, lokaal.uuid, lokaalBesluitUrl(lokaal.uuid)), lokaal: true };
  }
  throw nietGevonden("zaakbesluit");
}

export async function verwijderZaakbesluit(ctx: Ctx, request: Request, zaakUuid: string, uuid: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const zaak = await zaakUitPad(tx, zaakUuid);
    const { resource, lokaal } = await zoekZaakbesluit(tx, ctx.apiRoot, zaak, uuid);
    vereisSchrijven(ctx, zaak);
    if (lokaal) {
      // 409 (documented; a 400 is not): the relation follows from the local besluit itself.
      throw zgwFout("conflict", "besluit-lokaal", "Deze relatie volgt uit het besluit zelf; wijzig of verwijder het besluit in de Besluiten API.");
    }
    await tx.delete(zrcZaakbesluit).where(eq(zrcZaakbesluit.uuid, String(resource.uuid)));
    // GUIDE 6: zaakbesluit notifies only create.
    await gebeurtenis(tx, ctx, request, zaak, { resource: "zaakbesluit", resourceUrl: String(resource.url), actie: "destroy", resultaat: 204, oud: resource, nieuw: null, notificeren: false });
  });
}

// ------------------------------------------------------------------ klantcontact

/** A klantcontact identificatie (max 14): KC + year + 8 random digits, retried on the rare clash. */
function nieuweKlantcontactIdentificatie(): string {
  return `KC${new Date().getUTCFullYear()}${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
}

export async function maakKlantcontact(ctx: Ctx, request: Request, body: unknown): Promise<Resultaat> {
  const invoer = parse(KlantcontactInvoer, body);
  const datumtijd = new Date(invoer.datumtijd);
  if (datumtijd.getTime() > Date.now() + 5_000) {
    throw validatieFout([{ name: "datumtijd", code: "date-in-future", reason: "Deze datum mag niet in de toekomst zijn." }]);
  }
  return ctx.db.transaction(async (tx) => {
    const zaak = await zaakUitUrl(tx, invoer.zaak);
    vereisSchrijven(ctx, zaak);
    const [rij] = await tx
      .insert(zrcKlantcontact)
      .values({
        uuid: randomUUID(),
        zaakUuid: zaak.uuid,
        identificatie: invoer.identificatie || nieuweKlantcontactIdentificatie(),
        datumtijd,
        gegevens: { kanaal: invoer.kanaal, onderwerp: invoer.onderwerp, toelichting: invoer.toelichting },
      })
      .returning();
    const resource = klantcontactResource(ctx.apiRoot, rij!);
    await gebeurtenis(tx, ctx, request, zaak, { resource: "klantcontact", resourceUrl: String(resource.url), actie: "create", resultaat: 201, oud: null, nieuw: resource, notificeren: true });
    return { resource };
  });
}

// ------------------------------------------------------------------ zaakcontactmoment (zrc-025) / zaakverzoek (zrc-024)

interface ExterneKoppeling {
  resource: "zaakcontactmoment" | "zaakverzoek";
  veld: "contactmoment" | "verzoek";
  /** Collection of the external resource and of its mirror there. */
  collectie: "contactmomenten" | "verzoeken";
  spiegel: "objectcontactmomenten" | "objectverzoeken";
}

const CONTACTMOMENT: ExterneKoppeling = { resource: "zaakcontactmoment", veld: "contactmoment", collectie: "contactmomenten", spiegel: "objectcontactmomenten" };
const VERZOEK: ExterneKoppeling = { resource: "zaakverzoek", veld: "verzoek", collectie: "verzoeken", spiegel: "objectverzoeken" };

/**
 * The Contactmomenten and Verzoeken APIs are never part of this app, so every URL is
 * external: it must resolve (GET with the app's own token), and after our row is committed
 * the relation is mirrored there (POST {root}/objectcontactmomenten|objectverzoeken); when
 * that fails our row is removed and the answer is 400 `pending-relations` (as Open Zaak).
 */
async function maakExterneKoppeling(ctx: Ctx, request: Request, k: ExterneKoppeling, zaakUrlInvoer: string, doelUrl: string): Promise<Resultaat> {
  const tabel = k === CONTACTMOMENT ? zrcZaakcontactmoment : zrcZaakverzoek;
  const naarResource = (r: Record<string, unknown>) =>
    k === CONTACTMOMENT
      ? zaakcontactmomentResource(ctx.apiRoot, r as typeof zrcZaakcontactmoment.$inferSelect)
      : zaakverzoekResource(ctx.apiRoot, r as typeof zrcZaakverzoek.$inferSelect);
  const { zaak, uuid } = await ctx.db.transaction(async (tx) => {
    const zaak = await zaakUitUrl(tx, zaakUrlInvoer);
    vereisSchrijven(ctx, zaak);
    // The expected "api" only matters for local URLs; these collections are never local,
    // so haalResource fetches them over HTTP (a URL into our own Zaken API is rejected).
    await haalResource(tx, doelUrl, { api: "zaken", collectie: k.collectie }, k.veld);
    const uuid = randomUUID();
    if (k === CONTACTMOMENT) await tx.insert(zrcZaakcontactmoment).values({ uuid, zaakUuid: zaak.uuid, contactmomentUrl: doelUrl });
    else await tx.insert(zrcZaakverzoek).values({ uuid, zaakUuid: zaak.uuid, verzoekUrl: doelUrl });
    return { zaak, uuid };
  });
  const root = externeRoot(doelUrl, k.collectie);
  let relatieUrl: string | null;
  try {
    if (!root) throw pendingRelations(k.veld, `de URL heeft geen herkenbare API-root.`);
    relatieUrl = await maakExterneRelatie(ctx.db, `${root}/${k.spiegel}`, { [k.veld]: doelUrl, object: zaak.url, objectType: "zaak" }, k.veld);
  } catch (error) {
    await ctx.db.delete(tabel).where(eq(tabel.uuid, uuid));
    throw error;
  }
  return ctx.db.transaction(async (tx) => {
    const [rij] = await tx.update(tabel).set({ externRelatieUrl: relatieUrl }).where(eq(tabel.uuid, uuid)).returning();
    const resource = naarResource(rij!);
    await gebeurtenis(tx, ctx, request, zaak, { resource: k.resource, resourceUrl: String(resource.url), actie: "create", resultaat: 201, oud: null, nieuw: resource, notificeren: true });
    return { resource };
  });
}

async function verwijderExterneKoppeling(ctx: Ctx, request: Request, k: ExterneKoppeling, uuid: string): Promise<void> {
  const tabel = k === CONTACTMOMENT ? zrcZaakcontactmoment : zrcZaakverzoek;
  const { rij, zaak, oud } = await ctx.db.transaction(async (tx) => {
    const rij = isUuid(uuid) ? (await tx.select().from(tabel).where(eq(tabel.uuid, uuid.toLowerCase())))[0] : undefined;
    if (!rij) throw nietGevonden(k.resource);
    const zaak = (await zaakVoorRelatie(tx, rij.zaakUuid))!;
    vereisSchrijven(ctx, zaak);
    const oud =
      k === CONTACTMOMENT
        ? zaakcontactmomentResource(ctx.apiRoot, rij as typeof zrcZaakcontactmoment.$inferSelect)
        : zaakverzoekResource(ctx.apiRoot, rij as typeof zrcZaakverzoek.$inferSelect);
    await tx.delete(tabel).where(eq(tabel.uuid, rij.uuid));
    return { rij, zaak, oud };
  });
  if (rij.externRelatieUrl && !(await verwijderExterneRelatie(ctx.db, rij.externRelatieUrl))) {
    const terug = { ...rij, volgorde: undefined };
    if (k === CONTACTMOMENT) await ctx.db.insert(zrcZaakcontactmoment).values(terug as typeof zrcZaakcontactmoment.$inferInsert);
    else await ctx.db.insert(zrcZaakverzoek).values(terug as typeof zrcZaakverzoek.$inferInsert);
    throw zgwFout("conflict", "pending-relations", `De gespiegelde relatie ${rij.externRelatieUrl} kon niet verwijderd worden; de relatie blijft bestaan.`);
  }
  await ctx.db.transaction((tx) =>
    gebeurtenis(tx, ctx, request, zaak, { resource: k.resource, resourceUrl: String(oud.url), actie: "destroy", resultaat: 204, oud, nieuw: null, notificeren: false }),
  );
}

export function maakZaakcontactmoment(ctx: Ctx, request: Request, body: unknown): Promise<Resultaat> {
  const invoer = parse(ZaakcontactmomentInvoer, body);
  return maakExterneKoppeling(ctx, request, CONTACTMOMENT, invoer.zaak, invoer.contactmoment);
}
export function maakZaakverzoek(ctx: Ctx, request: Request, body: unknown): Promise<Resultaat> {
  const invoer = parse(ZaakverzoekInvoer, body);
  return maakExterneKoppeling(ctx, request, VERZOEK, invoer.zaak, invoer.verzoek);
}
export const verwijderZaakcontactmoment = (ctx: Ctx, request: Request, uuid: string) => verwijderExterneKoppeling(ctx, request, CONTACTMOMENT, uuid);
export const verwijderZaakverzoek = (ctx: Ctx, request: Request, uuid: string) => verwijderExterneKoppeling(ctx, request, VERZOEK, uuid);

export { vereisLezen };
export { informatieobjectUrl };

// ------------------------------------------------------------------ zrc-023 (for zaken-kern's hard delete)

/**
 * The mirrors at other APIs of a zaak's relations (OIOs of external documents,
 * objectcontactmomenten, objectverzoeken). Read them before the zaak is deleted (the rows go
 * with it, ON DELETE CASCADE) and pass them to `verwijderExterneSpiegels` after the commit.
 */
export async function externeSpiegelsVanZaak(db: Db, zaakUuid: string): Promise<string[]> {
  const [zios, cms, vzs] = await Promise.all([
    db.select({ url: zrcZaakinformatieobject.externOioUrl }).from(zrcZaakinformatieobject).where(eq(zrcZaakinformatieobject.zaakUuid, zaakUuid)),
    db.select({ url: zrcZaakcontactmoment.externRelatieUrl }).from(zrcZaakcontactmoment).where(eq(zrcZaakcontactmoment.zaakUuid, zaakUuid)),
    db.select({ url: zrcZaakverzoek.externRelatieUrl }).from(zrcZaakverzoek).where(eq(zrcZaakverzoek.zaakUuid, zaakUuid)),
  ]);
  return [...zios, ...cms, ...vzs].map((r) => r.url).filter((u): u is string => typeof u === "string" && u !== "");
}

/** Best effort (zrc-023 "cascading to the DRC mirror"): a failure is logged, the zaak stays deleted. */
export async function verwijderExterneSpiegels(db: Db, urls: string[]): Promise<void> {
  for (const url of urls) {
    if (!(await verwijderExterneRelatie(db, url))) getLogger().warn({ url }, "gespiegelde relatie van een verwijderde zaak niet verwijderd");
  }
}
