import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { InvalidParam } from "@/lib/errors";
import { validatieFout, zgwFout } from "../fouten";
import { registreerGebeurtenis } from "../gebeurtenissen";
import type { ZgwContext } from "../route";
import { parseScopeExpressie } from "../scopes";
import { haalResource, lokaleUuid } from "../verwijzingen";
import { rang } from "../vertrouwelijkheid";
import { verwijderAuditTrail } from "../gebeurtenissen";
import { brondatum, datumInAmsterdam } from "./archief";
import { kaderVan, type Geometrie } from "./geo";
import { parse, ResultaatInvoer, StatusInvoer, ZaakInvoer, type ZaakGegevens } from "./invoer";
import {
  hoofdzaakUrl,
  laatsteStatus,
  leesZaak,
  resultaatResource,
  resultaatVanZaak,
  statusResources,
  url,
  zoekResultaat,
  zoekZaak,
  type Db,
  type ResultaatRij,
  type ZaakRij,
} from "./opslag";
import { telOp } from "./archief";
import { brcBesluit } from "../besluiten/schema";
import { zrcZaakinformatieobject } from "./relaties/schema";
import { zrcResultaat, zrcStatus, zrcZaak, zrcZaakNummer } from "./schema";

/** Business rules of the Zaken API core (GUIDE 4.1): zaak, status, resultaat writes. */

export const SCOPE = {
  lezen: parseScopeExpressie("zaken.lezen"),
  aanmaken: parseScopeExpressie("zaken.aanmaken"),
  bijwerken: parseScopeExpressie("(zaken.bijwerken | zaken.geforceerd-bijwerken)"),
  geforceerd: parseScopeExpressie("zaken.geforceerd-bijwerken"),
  verwijderen: parseScopeExpressie("zaken.verwijderen"),
  heropenen: parseScopeExpressie("zaken.heropenen"),
  statusToevoegen: parseScopeExpressie("(zaken.statussen.toevoegen | zaken.heropenen)"),
  eersteStatus: parseScopeExpressie("(zaken.aanmaken | zaken.statussen.toevoegen | zaken.heropenen)"),
  audittrails: parseScopeExpressie("audittrails.lezen"),
};

export interface Omgeving {
  tx: Db;
  ctx: ZgwContext<unknown>;
  request: Request;
  cache: Map<string, Promise<Record<string, unknown>>>;
}

type Cache = Map<string, Promise<Record<string, unknown>>>;

export function nietGevonden(soort = "zaak"): Error {
  return zgwFout("not_found", "not_found", `Deze ${soort} bestaat niet.`);
}

export const kenmerkenVan = (z: Pick<ZaakRij, "bronorganisatie" | "zaaktypeUrl" | "vertrouwelijkheidaanduiding">) => ({
  bronorganisatie: z.bronorganisatie,
  zaaktype: z.zaaktypeUrl,
  vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding,
});

export const objectKenmerken = (z: Pick<ZaakRij, "zaaktypeUrl" | "vertrouwelijkheidaanduiding">) => ({
  type: z.zaaktypeUrl,
  vertrouwelijkheidaanduiding: z.vertrouwelijkheidaanduiding,
});

function gooiAlsFouten(fouten: InvalidParam[]): void {
  if (fouten.length > 0) throw validatieFout(fouten);
}

/** Changes to a closed zaak (and its data) need zaken.geforceerd-bijwerken (zrc-007). */
export function controleerGesloten(omg: Omgeving, zaak: ZaakRij): void {
  if (zaak.einddatum !== null) omg.ctx.auth.vereis(SCOPE.geforceerd, objectKenmerken(zaak));
}

// ------------------------------------------------------------------------------- zaak

async function zaaktypeVan(omg: Omgeving, zaaktype: string): Promise<Record<string, unknown>> {
  // zrc-001: the zaaktype must resolve to a ZaakType and be published.
  const zt = await haalResource(omg.tx, zaaktype, { api: "catalogi", collectie: "zaaktypen" }, "zaaktype", omg.cache);
  if (!("statustypen" in zt) && !("identificatie" in zt)) {
    throw validatieFout([{ name: "zaaktype", code: "invalid-resource", reason: "De URL verwijst niet naar een zaaktype." }]);
  }
  if (zt.concept === true) throw validatieFout([{ name: "zaaktype", code: "not-published", reason: "Het zaaktype is nog niet gepubliceerd." }]);
  return zt;
}

async function nieuweIdentificatie(tx: Db, bronorganisatie: string, startdatum: string): Promise<string> {
  const jaar = Number(startdatum.slice(0, 4));
  for (;;) {
    const [r] = await tx
      .insert(zrcZaakNummer)
      .values({ bronorganisatie, jaar, laatste: 1 })
      .onConflictDoUpdate({ target: [zrcZaakNummer.bronorganisatie, zrcZaakNummer.jaar], set: { laatste: sql`${zrcZaakNummer.laatste} + 1` } })
      .returning({ laatste: zrcZaakNummer.laatste });
    const kandidaat = `ZAAK-${jaar}-${String(r!.laatste).padStart(10, "0")}`;
    // A client may have chosen this identificatie itself; then take the next number.
    const [bezet] = await tx
      .select({ uuid: zrcZaak.uuid })
      .from(zrcZaak)
      .where(and(eq(zrcZaak.bronorganisatie, bronorganisatie), eq(zrcZaak.identificatie, kandidaat)))
      .limit(1);
    if (!bezet) return kandidaat;
  }
}

/** zrc-009..015, zrc-022: validation of a zaak's write representation (create and update). */
async function valideerZaak(omg: Omgeving, g: ZaakGegevens, huidig: ZaakRij | null): Promise<{ zaaktype: Record<string, unknown>; hoofdzaakUuid: string | null }> {
  const fouten: InvalidParam[] = [];
  const zaaktype = huidig && huidig.zaaktypeUrl === g.zaaktype ? await zaaktypeVanBestaand(omg, g.zaaktype) : await zaaktypeVan(omg, g.zaaktype);

  // zrc-010: communicatiekanaal is a Referentielijsten communicatiekanaal.
  if (g.communicatiekanaal && g.communicatiekanaal !== huidig?.gegevens.communicatiekanaal) {
    const kanaal = await haalResource(omg.tx, g.communicatiekanaal, { api: "catalogi", collectie: "communicatiekanalen" }, "communicatiekanaal", omg.cache);
    if (typeof kanaal.naam !== "string" || typeof kanaal.omschrijving !== "string") {
      fouten.push({ name: "communicatiekanaal", code: "invalid-resource", reason: "De URL verwijst niet naar een communicatiekanaal." });
    }
  }

  // zrc-011: every relevante andere zaak must resolve.
  for (const [i, r] of g.relevanteAndereZaken.entries()) {
    try {
      await haalResource(omg.tx, r.url, { api: "zaken", collectie: "zaken" }, `relevanteAndereZaken.${i}`, omg.cache);
    } catch (error) {
      const p = (error as { invalidParams?: InvalidParam[] }).invalidParams;
      if (!p) throw error;
      fouten.push(...p);
    }
  }

  // zrc-013: hoofdzaak is a zaak, not itself, not a deelzaak.
  let hoofdzaakUuid: string | null = null;
  if (g.hoofdzaak) {
    const lokaal = lokaleUuid(g.hoofdzaak, "zaken", "zaken");
    if (huidig && lokaal === huidig.uuid) {
      fouten.push({ name: "hoofdzaak", code: "self-forbidden", reason: "Een zaak kan niet zijn eigen hoofdzaak zijn." });
    } else {
      const hoofd = await haalResource(omg.tx, g.hoofdzaak, { api: "zaken", collectie: "zaken" }, "hoofdzaak", omg.cache);
      if (hoofd.hoofdzaak) fouten.push({ name: "hoofdzaak", code: "deelzaak-als-hoofdzaak", reason: "Een deelzaak kan geen hoofdzaak zijn." });
      else if (huidig && lokaal) {
        const [deel] = await omg.tx.select({ uuid: zrcZaak.uuid }).from(zrcZaak).where(eq(zrcZaak.hoofdzaakUuid, huidig.uuid)).limit(1);
        if (deel) fouten.push({ name: "hoofdzaak", code: "deelzaak-als-hoofdzaak", reason: "Een zaak met deelzaken kan geen deelzaak worden." });
      }
      hoofdzaakUuid = lokaal;
    }
  }

  // zrc-014
  if (g.betalingsindicatie === "nvt" && g.laatsteBetaaldatum) {
    const wasNvt = huidig?.gegevens.betalingsindicatie === "nvt";
    // Switching to nvt clears the date; sending a date with nvt is an error.
    if (!huidig || wasNvt || g.laatsteBetaaldatum !== huidig.gegevens.laatsteBetaaldatum) {
      fouten.push({ name: "laatsteBetaaldatum", code: "betaling-nvt", reason: "Laatste betaaldatum kan niet gezet worden als er geen betaling nodig is." });
    } else g.laatsteBetaaldatum = null;
  }

  // zrc-015
  const toegestaan = new Set((zaaktype.productenOfDiensten as string[] | undefined) ?? []);
  if (g.productenOfDiensten.some((p) => !toegestaan.has(p))) {
    fouten.push({ name: "productenOfDiensten", code: "invalid-products-services", reason: "Niet alle producten/diensten komen voor in de producten/diensten op het zaaktype." });
  }

  // zrc-022
  if (g.archiefstatus !== "nog_te_archiveren") {
    if (!g.archiefnominatie) fouten.push({ name: "archiefnominatie", code: "archiefnominatie-not-set", reason: "Moet van een waarde voorzien zijn als de archiefstatus een waarde heeft anders dan 'nog_te_archiveren'." });
    if (!g.archiefactiedatum) fouten.push({ name: "archiefactiedatum", code: "archiefactiedatum-not-set", reason: "Moet van een waarde voorzien zijn als de archiefstatus een waarde heeft anders dan 'nog_te_archiveren'." });
    if (huidig && !(await documentenGearchiveerd(omg, huidig.uuid))) {
      fouten.push({ name: "archiefstatus", code: "documents-not-archived", reason: "Er zijn gerelateerde informatieobjecten waarvan de status nog niet gelijk is aan 'gearchiveerd'." });
    }
  }
  gooiAlsFouten(fouten);
  return { zaaktype, hoofdzaakUuid };
}

/** An unchanged zaaktype is not checked for publication again (it was when the zaak got it). */
async function zaaktypeVanBestaand(omg: Omgeving, zaaktype: string): Promise<Record<string, unknown>> {
  return haalResource(omg.tx, zaaktype, { api: "catalogi", collectie: "zaaktypen" }, "zaaktype", omg.cache);
}

/** The documents of a zaak (local through documentVoorRelatie, external over HTTP). */
async function documentenVan(omg: Omgeving, zaakUuid: string): Promise<Record<string, unknown>[]> {
  const zios = await omg.tx
    .select({ url: zrcZaakinformatieobject.informatieobjectUrl, uuid: zrcZaakinformatieobject.informatieobjectUuid })
    .from(zrcZaakinformatieobject)
    .where(eq(zrcZaakinformatieobject.zaakUuid, zaakUuid));
  const documenten: Record<string, unknown>[] = [];
  for (const z of zios) {
    if (z.uuid) {
      const { documentVoorRelatie } = await import("@/lib/zgw/documenten");
      const d = await documentVoorRelatie(omg.tx, z.uuid);
      if (d) documenten.push(d as unknown as Record<string, unknown>);
    } else {
      documenten.push(await haalResource(omg.tx, z.url, { api: "documenten", collectie: "enkelvoudiginformatieobjecten" }, "informatieobject", omg.cache));
    }
  }
  return documenten;
}

async function documentenGearchiveerd(omg: Omgeving, zaakUuid: string): Promise<boolean> {
  return (await documentenVan(omg, zaakUuid)).every((d) => d.status === "gearchiveerd");
}

function kolommen(g: ZaakGegevens, vertrouwelijkheidaanduiding: string, hoofdzaakUuid: string | null) {
  const geo = g.zaakgeometrie ? kaderVan(g.zaakgeometrie as Geometrie) : null;
  const { zaakgeometrie, ...rest } = g;
  return {
    zaaktypeUrl: g.zaaktype,
    zaaktypeUuid: lokaleUuid(g.zaaktype, "catalogi", "zaaktypen"),
    identificatie: g.identificatie,
    bronorganisatie: g.bronorganisatie,
    vertrouwelijkheidaanduiding,
    vertrouwelijkheid: rang(vertrouwelijkheidaanduiding),
    startdatum: g.startdatum,
    einddatumGepland: g.einddatumGepland,
    uiterlijkeEinddatumAfdoening: g.uiterlijkeEinddatumAfdoening,
    publicatiedatum: g.publicatiedatum,
    archiefnominatie: g.archiefnominatie,
    archiefactiedatum: g.archiefactiedatum,
    archiefstatus: g.archiefstatus,
    hoofdzaakUuid,
    zaakgeometrie: (zaakgeometrie as Record<string, unknown> | null) ?? null,
    geoMinX: geo?.minX ?? null,
    geoMinY: geo?.minY ?? null,
    geoMaxX: geo?.maxX ?? null,
    geoMaxY: geo?.maxY ?? null,
    gegevens: { ...rest, hoofdzaak: hoofdzaakUuid ? null : g.hoofdzaak, vertrouwelijkheidaanduiding } as Record<string, unknown>,
  };
}

async function identificatieUniek(tx: Db, bronorganisatie: string, identificatie: string, behalve?: string): Promise<void> {
  const [r] = await tx
    .select({ uuid: zrcZaak.uuid })
    .from(zrcZaak)
    .where(and(eq(zrcZaak.bronorganisatie, bronorganisatie), eq(zrcZaak.identificatie, identificatie)))
    .limit(1);
  if (r && r.uuid !== behalve) {
    throw validatieFout([{ name: "identificatie", code: "identificatie-niet-uniek", reason: "Deze identificatie bestaat al voor deze bronorganisatie." }]);
  }
}

export async function maakZaak(omg: Omgeving, body: unknown): Promise<Record<string, unknown>> {
  const g = parse(ZaakInvoer, body);
  const { zaaktype, hoofdzaakUuid } = await valideerZaak(omg, g, null);
  // zrc-009: from the zaaktype when the client gives none.
  const vertrouwelijkheid = g.vertrouwelijkheidaanduiding ?? (zaaktype.vertrouwelijkheidaanduiding as string | undefined) ?? "openbaar";
  omg.ctx.auth.vereis(SCOPE.aanmaken, { type: g.zaaktype, vertrouwelijkheidaanduiding: vertrouwelijkheid });
  // zrc-002
  if (g.identificatie) await identificatieUniek(omg.tx, g.bronorganisatie, g.identificatie);
  else g.identificatie = await nieuweIdentificatie(omg.tx, g.bronorganisatie, g.startdatum);
  if (g.betalingsindicatie === "nvt") g.laatsteBetaaldatum = null;
  const uuid = randomUUID();
  const registratiedatum = g.registratiedatum ?? datumInAmsterdam(new Date());
  await omg.tx.insert(zrcZaak).values({ uuid, ...kolommen({ ...g, registratiedatum }, vertrouwelijkheid, hoofdzaakUuid), registratiedatum });
  const resource = (await leesZaak(omg.tx, omg.ctx.apiRoot, uuid))!;
  const rij = (await zoekZaak(omg.tx, uuid))!;
  await registreerGebeurtenis(omg.tx, omg.ctx, omg.request, {
    kanaal: "zaken",
    hoofdObject: resource.url as string,
    hoofdObjectUuid: uuid,
    resource: "zaak",
    resourceUrl: resource.url as string,
    resourceWeergave: rij.identificatie,
    actie: "create",
    resultaat: 201,
    oud: null,
    nieuw: resource,
    kenmerken: kenmerkenVan(rij),
  });
  return resource;
}

/** The write representation of a stored zaak (what a PATCH merges into). */
function schrijfvorm(r: ZaakRij, root: string): Record<string, unknown> {
  return {
    ...r.gegevens,
    identificatie: r.identificatie,
    bronorganisatie: r.bronorganisatie,
    zaaktype: r.zaaktypeUrl,
    registratiedatum: r.registratiedatum,
    startdatum: r.startdatum,
    einddatumGepland: r.einddatumGepland,
    uiterlijkeEinddatumAfdoening: r.uiterlijkeEinddatumAfdoening,
    publicatiedatum: r.publicatiedatum,
    vertrouwelijkheidaanduiding: r.vertrouwelijkheidaanduiding,
    zaakgeometrie: r.zaakgeometrie,
    hoofdzaak: hoofdzaakUrl(root, r),
    archiefnominatie: r.archiefnominatie,
    archiefactiedatum: r.archiefactiedatum,
    archiefstatus: r.archiefstatus,
  };
}

export async function werkZaakBij(omg: Omgeving, uuid: string, body: unknown, gedeeltelijk: boolean): Promise<Record<string, unknown>> {
  const huidig = await zoekZaak(omg.tx, uuid);
  if (!huidig) throw nietGevonden();
  omg.ctx.auth.vereis(SCOPE.bijwerken, objectKenmerken(huidig));
  controleerGesloten(omg, huidig);
  if (typeof body !== "object" || body === null || Array.isArray(body)) parse(ZaakInvoer, body);
  const invoer = gedeeltelijk ? { ...schrijfvorm(huidig, omg.ctx.apiRoot), ...(body as Record<string, unknown>) } : (body as Record<string, unknown>);
  const g = parse(ZaakInvoer, invoer);
  if (!g.identificatie) g.identificatie = huidig.identificatie;
  if (g.identificatie !== huidig.identificatie || g.bronorganisatie !== huidig.bronorganisatie) {
    throw validatieFout([{ name: g.identificatie !== huidig.identificatie ? "identificatie" : "bronorganisatie", code: "wijzigen-niet-toegelaten", reason: "Dit veld mag niet gewijzigd worden." }]);
  }
  if (g.betalingsindicatie === "nvt" && huidig.gegevens.betalingsindicatie !== "nvt" && g.laatsteBetaaldatum === huidig.gegevens.laatsteBetaaldatum) {
    g.laatsteBetaaldatum = null; // zrc-014: switching to nvt clears the date
  }
  const { zaaktype, hoofdzaakUuid } = await valideerZaak(omg, g, huidig);
  const vertrouwelijkheid = g.vertrouwelijkheidaanduiding ?? (zaaktype.vertrouwelijkheidaanduiding as string | undefined) ?? huidig.vertrouwelijkheidaanduiding;
  omg.ctx.auth.vereis(SCOPE.bijwerken, { type: g.zaaktype, vertrouwelijkheidaanduiding: vertrouwelijkheid });
  const oud = await leesZaak(omg.tx, omg.ctx.apiRoot, uuid);
  const registratiedatum = g.registratiedatum ?? huidig.registratiedatum;
  await omg.tx
    .update(zrcZaak)
    .set({ ...kolommen({ ...g, registratiedatum }, vertrouwelijkheid, hoofdzaakUuid), registratiedatum })
    .where(eq(zrcZaak.uuid, uuid));
  const nieuw = (await leesZaak(omg.tx, omg.ctx.apiRoot, uuid))!;
  const rij = (await zoekZaak(omg.tx, uuid))!;
  await registreerGebeurtenis(omg.tx, omg.ctx, omg.request, {
    kanaal: "zaken",
    hoofdObject: nieuw.url as string,
    hoofdObjectUuid: uuid,
    resource: "zaak",
    resourceUrl: nieuw.url as string,
    resourceWeergave: rij.identificatie,
    actie: gedeeltelijk ? "partial_update" : "update",
    resultaat: 200,
    oud,
    nieuw,
    kenmerken: kenmerkenVan(rij),
  });
  return nieuw;
}

/** zrc-023: hard delete of the zaak, its deelzaken, everything related and their audit trails. */
export async function verwijderZaak(omg: Omgeving, uuid: string): Promise<void> {
  const zaak = await zoekZaak(omg.tx, uuid);
  if (!zaak) throw nietGevonden();
  omg.ctx.auth.vereis(SCOPE.verwijderen, objectKenmerken(zaak));
  const deelzaken = await omg.tx.select().from(zrcZaak).where(eq(zrcZaak.hoofdzaakUuid, uuid));
  // A local besluit names its zaak (brc-006); the zaak may not go from under it (as Open
  // Zaak's PROTECT): delete or move the besluiten first.
  const zaakUuids = [uuid, ...deelzaken.map((d) => d.uuid)];
  const besluiten = await omg.tx.select({ identificatie: brcBesluit.identificatie }).from(brcBesluit).where(inArray(brcBesluit.zaakUuid, zaakUuids)).limit(5);
  if (besluiten.length > 0) {
    throw zgwFout(
      "conflict",
      "zaak-heeft-besluiten",
      `De zaak kan niet worden verwijderd: besluit ${besluiten.map((b) => b.identificatie).join(", ")} hoort erbij. Verwijder eerst de besluiten.`,
    );
  }
  for (const z of [...deelzaken, zaak]) {
    const zaakUrl = url.zaak(omg.ctx.apiRoot, z.uuid);
    await verwijderExterneMirrors(omg, z.uuid, zaakUrl);
    await verwijderAuditTrail(omg.tx, z.uuid);
    // The notification only: the audit trail of a deleted zaak goes with it.
    await registreerGebeurtenis(omg.tx, omg.ctx, omg.request, {
      kanaal: "zaken",
      hoofdObject: zaakUrl,
      hoofdObjectUuid: z.uuid,
      resource: "zaak",
      resourceUrl: zaakUrl,
      resourceWeergave: z.identificatie,
      actie: "destroy",
      resultaat: 204,
      oud: null,
      nieuw: null,
      kenmerken: kenmerkenVan(z),
      audit: false,
    });
  }
  // Statussen, resultaat, relations and deelzaken cascade in the database.
  await omg.tx.delete(zrcZaak).where(inArray(zrcZaak.uuid, [uuid, ...deelzaken.map((d) => d.uuid)]));
}

/** zrc-023/zrc-005: ZIOs with an EXTERNAL document have a mirror OIO at that Documenten API. */
async function verwijderExterneMirrors(omg: Omgeving, zaakUuid: string, zaakUrl: string): Promise<void> {
  const extern = await omg.tx
    .select({ oio: zrcZaakinformatieobject.externOioUrl })
    .from(zrcZaakinformatieobject)
    .where(and(eq(zrcZaakinformatieobject.zaakUuid, zaakUuid), sql`${zrcZaakinformatieobject.externOioUrl} is not null`));
  if (extern.length === 0) return;
  const { zgwExternVerzoek } = await import("../verwijzingen");
  for (const r of extern) {
    const antwoord = await zgwExternVerzoek(omg.tx, r.oio!, { method: "DELETE" }).catch(() => null);
    if (!antwoord || (antwoord.status !== 204 && antwoord.status !== 404)) {
      omg.ctx.log.warn({ zaak: zaakUrl, oio: r.oio }, "mirror-OIO bij externe Documenten API niet verwijderd");
    }
  }
}

// ------------------------------------------------------------------------------- status

async function lokaleZaakUit(omg: Omgeving, zaakUrl: string): Promise<ZaakRij> {
  const uuid = lokaleUuid(zaakUrl, "zaken", "zaken");
  const zaak = uuid ? await zoekZaak(omg.tx, uuid) : null;
  if (!zaak) throw validatieFout([{ name: "zaak", code: "bad-url", reason: "De URL verwijst niet naar een zaak van deze API." }]);
  return zaak;
}

/** Whether a statustype is the end status of its zaaktype (highest volgnummer, zrc-007). */
async function isEindstatus(omg: Omgeving, statustype: Record<string, unknown>, zaaktype: Record<string, unknown>): Promise<boolean> {
  if (typeof statustype.isEindstatus === "boolean") return statustype.isEindstatus;
  const urls = (zaaktype.statustypen as string[] | undefined) ?? [];
  let hoogste = -Infinity;
  for (const u of urls) {
    const st = await haalResource(omg.tx, u, { api: "catalogi", collectie: "statustypen" }, "statustype", omg.cache);
    hoogste = Math.max(hoogste, Number(st.volgnummer));
  }
  return Number(statustype.volgnummer) === hoogste;
}

export async function maakStatus(omg: Omgeving, body: unknown): Promise<Record<string, unknown>> {
  const g = parse(StatusInvoer, body);
  const zaak = await lokaleZaakUit(omg, g.zaak);
  const kenmerken = objectKenmerken(zaak);
  const statustype = await haalResource(omg.tx, g.statustype, { api: "catalogi", collectie: "statustypen" }, "statustype", omg.cache);
  // zrc-016
  if (statustype.zaaktype !== zaak.zaaktypeUrl) {
    throw validatieFout([{ name: "nonFieldErrors", code: "zaaktype-mismatch", reason: "Het statustype hoort niet bij het zaaktype van de zaak." }]);
  }
  const zaaktype = await haalResource(omg.tx, zaak.zaaktypeUrl, { api: "catalogi", collectie: "zaaktypen" }, "zaaktype", omg.cache);
  const eind = await isEindstatus(omg, statustype, zaaktype);
  const [eerder] = await omg.tx.select({ uuid: zrcStatus.uuid }).from(zrcStatus).where(eq(zrcStatus.zaakUuid, zaak.uuid)).limit(1);
  // zaken.aanmaken only covers the first status; a closed zaak is reopened (zrc-008) or,
  // for another end status, changed by force (zrc-007).
  if (zaak.einddatum !== null) {
    omg.ctx.auth.vereis(eind ? SCOPE.geforceerd : SCOPE.heropenen, kenmerken);
  } else {
    omg.ctx.auth.vereis(eerder ? SCOPE.statusToevoegen : SCOPE.eersteStatus, kenmerken);
  }

  const gezet = new Date(g.datumStatusGezet);
  const wijziging: Partial<typeof zrcZaak.$inferInsert> = {};
  if (eind) {
    const fouten: InvalidParam[] = [];
    const resultaat = await resultaatVanZaak(omg.tx, zaak.uuid);
    if (!resultaat) fouten.push({ name: "nonFieldErrors", code: "resultaat-does-not-exist", reason: "De zaak heeft geen resultaat; zet eerst een resultaat voordat je de zaak afsluit." });
    const documenten = await documentenVan(omg, zaak.uuid);
    if (documenten.some((d) => d.indicatieGebruiksrecht === null || d.indicatieGebruiksrecht === undefined)) {
      fouten.push({ name: "nonFieldErrors", code: "indicatiegebruiksrecht-unset", reason: "Van alle informatieobjecten van de zaak moet indicatieGebruiksrecht gezet zijn." });
    }
    gooiAlsFouten(fouten);
    const einddatum = datumInAmsterdam(gezet);
    wijziging.einddatum = einddatum;
    Object.assign(wijziging, await archiefAfleiding(omg, zaak, resultaat!, einddatum));
  } else if (zaak.einddatum !== null) {
    // zrc-008: reopening clears the closing data.
    wijziging.einddatum = null;
    wijziging.archiefactiedatum = null;
    wijziging.archiefnominatie = null;
  }

  const uuid = randomUUID();
  await omg.tx.insert(zrcStatus).values({
    uuid,
    zaakUuid: zaak.uuid,
    statustypeUrl: g.statustype,
    datumStatusGezet: gezet,
    gegevens: { statustoelichting: g.statustoelichting, gezetdoor: g.gezetdoor },
  });
  const laatste = await laatsteStatus(omg.tx, zaak.uuid);
  await omg.tx
    .update(zrcZaak)
    .set({ ...wijziging, statusUuid: laatste?.uuid ?? uuid })
    .where(eq(zrcZaak.uuid, zaak.uuid));
  const [rij] = await omg.tx.select().from(zrcStatus).where(eq(zrcStatus.uuid, uuid));
  const [resource] = await statusResources(omg.tx, omg.ctx.apiRoot, [rij!]);
  await registreerGebeurtenis(omg.tx, omg.ctx, omg.request, {
    kanaal: "zaken",
    hoofdObject: url.zaak(omg.ctx.apiRoot, zaak.uuid),
    hoofdObjectUuid: zaak.uuid,
    resource: "status",
    resourceUrl: resource!.url as string,
    resourceWeergave: resource!.url as string,
    actie: "create",
    resultaat: 201,
    oud: null,
    nieuw: resource,
    kenmerken: kenmerkenVan(zaak),
  });
  return resource!;
}

/** zrc-021: archiefnominatie and archiefactiedatum from the resultaattype on closing. */
async function archiefAfleiding(omg: Omgeving, zaak: ZaakRij, resultaat: ResultaatRij, einddatum: string): Promise<Partial<typeof zrcZaak.$inferInsert>> {
  const rt = await haalResource(omg.tx, resultaat.resultaattypeUrl, { api: "catalogi", collectie: "resultaattypen" }, "resultaattype", omg.cache as Cache);
  const uit: Partial<typeof zrcZaak.$inferInsert> = {};
  const nominatie = zaak.archiefnominatie ?? ((rt.archiefnominatie as string | undefined) || null);
  uit.archiefnominatie = nominatie;
  if (zaak.archiefactiedatum === null && typeof rt.archiefactietermijn === "string" && rt.archiefactietermijn) {
    const bron = await brondatum(omg.tx, zaak, einddatum, rt.brondatumArchiefprocedure as Record<string, unknown> | undefined, omg.cache);
    if (bron) {
      uit.archiefactiedatum = telOp(bron, rt.archiefactietermijn);
      if (nominatie === "vernietigen" && !zaak.gegevens.startdatumBewaartermijn) {
        uit.gegevens = { ...zaak.gegevens, startdatumBewaartermijn: bron };
      }
    }
  }
  return uit;
}

// ------------------------------------------------------------------------------- resultaat

async function resultaattypeControle(omg: Omgeving, zaak: ZaakRij, resultaattype: string): Promise<void> {
  const rt = await haalResource(omg.tx, resultaattype, { api: "catalogi", collectie: "resultaattypen" }, "resultaattype", omg.cache);
  // zrc-020
  if (rt.zaaktype !== zaak.zaaktypeUrl) {
    throw validatieFout([{ name: "nonFieldErrors", code: "zaaktype-mismatch", reason: "Het resultaattype hoort niet bij het zaaktype van de zaak." }]);
  }
}

async function resultaatGebeurtenis(omg: Omgeving, zaak: ZaakRij, resourceUrl: string, actie: "create" | "update" | "partial_update" | "destroy", resultaat: number, oud: unknown, nieuw: unknown) {
  await registreerGebeurtenis(omg.tx, omg.ctx, omg.request, {
    kanaal: "zaken",
    hoofdObject: url.zaak(omg.ctx.apiRoot, zaak.uuid),
    hoofdObjectUuid: zaak.uuid,
    resource: "resultaat",
    resourceUrl,
    resourceWeergave: resourceUrl,
    actie,
    resultaat,
    oud,
    nieuw,
    kenmerken: kenmerkenVan(zaak),
  });
}

export async function maakResultaat(omg: Omgeving, body: unknown): Promise<Record<string, unknown>> {
  const g = parse(ResultaatInvoer, body);
  const zaak = await lokaleZaakUit(omg, g.zaak);
  omg.ctx.auth.vereis(SCOPE.bijwerken, objectKenmerken(zaak));
  controleerGesloten(omg, zaak);
  await resultaattypeControle(omg, zaak, g.resultaattype);
  if (await resultaatVanZaak(omg.tx, zaak.uuid)) {
    throw validatieFout([{ name: "zaak", code: "unique", reason: "Deze zaak heeft al een resultaat." }]);
  }
  const uuid = randomUUID();
  await omg.tx.insert(zrcResultaat).values({ uuid, zaakUuid: zaak.uuid, resultaattypeUrl: g.resultaattype, toelichting: g.toelichting });
  const resource = resultaatResource(omg.ctx.apiRoot, (await zoekResultaat(omg.tx, uuid))!);
  await resultaatGebeurtenis(omg, zaak, resource.url as string, "create", 201, null, resource);
  return resource;
}

export async function werkResultaatBij(omg: Omgeving, uuid: string, body: unknown, gedeeltelijk: boolean): Promise<Record<string, unknown>> {
  const huidig = await zoekResultaat(omg.tx, uuid);
  if (!huidig) throw nietGevonden("resultaat");
  const zaak = (await zoekZaak(omg.tx, huidig.zaakUuid))!;
  omg.ctx.auth.vereis(SCOPE.bijwerken, objectKenmerken(zaak));
  controleerGesloten(omg, zaak);
  const oud = resultaatResource(omg.ctx.apiRoot, huidig);
  if (typeof body !== "object" || body === null || Array.isArray(body)) parse(ResultaatInvoer, body);
  const g = parse(ResultaatInvoer, gedeeltelijk ? { ...oud, ...(body as Record<string, unknown>) } : body);
  const fouten: InvalidParam[] = [];
  if (g.resultaattype !== huidig.resultaattypeUrl) fouten.push({ name: "resultaattype", code: "wijzigen-niet-toegelaten", reason: "Het resultaattype mag niet gewijzigd worden." });
  if (g.zaak !== oud.zaak) fouten.push({ name: "zaak", code: "wijzigen-niet-toegelaten", reason: "De zaak mag niet gewijzigd worden." });
  gooiAlsFouten(fouten);
  await omg.tx.update(zrcResultaat).set({ toelichting: g.toelichting }).where(eq(zrcResultaat.uuid, huidig.uuid));
  const nieuw = resultaatResource(omg.ctx.apiRoot, (await zoekResultaat(omg.tx, huidig.uuid))!);
  await resultaatGebeurtenis(omg, zaak, nieuw.url as string, gedeeltelijk ? "partial_update" : "update", 200, oud, nieuw);
  return nieuw;
}

export async function verwijderResultaat(omg: Omgeving, uuid: string): Promise<void> {
  const huidig = await zoekResultaat(omg.tx, uuid);
  if (!huidig) throw nietGevonden("resultaat");
  const zaak = (await zoekZaak(omg.tx, huidig.zaakUuid))!;
  omg.ctx.auth.vereis(SCOPE.bijwerken, objectKenmerken(zaak));
  controleerGesloten(omg, zaak);
  const oud = resultaatResource(omg.ctx.apiRoot, huidig);
  await omg.tx.delete(zrcResultaat).where(eq(zrcResultaat.uuid, huidig.uuid));
  await resultaatGebeurtenis(omg, zaak, oud.url as string, "destroy", 204, oud, null);
}
