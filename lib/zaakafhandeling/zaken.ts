/**
 * Zaak detail and the zaak actions. Each action: fresh zaak from the Zaken API -> policy
 * decision -> assertRecht (403, nothing written) -> the ZGW writes. State rules that are not
 * authorisation (e.g. "afhandelen needs an open zaak") answer 409.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { TIJDZONE } from "@/lib/format";
import { assertRecht, overigeRechten, policyUser, zaakInvoer, zaakKoppelen, zaakKoppelenInvoer, zaakRechten } from "@/lib/policy";
import { notitiesVanZaak } from "@/lib/notities";
import { takenVanZaak, type TaakRij } from "@/lib/taken";
import { vergrendelingen } from "@/lib/werklijst/opslag";
import {
  ZgwBesluit,
  ZgwDocument,
  ZgwResultaat,
  ZgwRol,
  ZgwStatus,
  ZgwZaak,
  ZgwZaakInformatieobject,
  ZgwClient,
  zgwClientEnv,
  type ZgwZaaktype,
} from "@/lib/zgw-client";
import {
  alleZaaktypen,
  besluittypen,
  besluittypeVan,
  eindStatustype,
  informatieobjecttypeVan,
  informatieobjecttypen,
  resultaattypeVan,
  resultaattypen,
  roltypeVan,
  roltypen,
  statustypen,
} from "./catalogus";
import type { MedewerkerContext } from "./context";
import {
  datumWaarschuwing,
  TAAKTYPE_NAMEN,
  type AfbrekenInvoer,
  type AfhandelenInvoer,
  type Besluit,
  type BesluitIntrekkenInvoer,
  type BesluitInvoer,
  type BesluitWijzigenInvoer,
  type BetrokkeneInvoer,
  type DocumentSamenvatting,
  type DoorlooptijdInvoer,
  type GerelateerdeZaak,
  type HeropenenInvoer,
  type HervattenInvoer,
  type KoppelenInvoer,
  type OntkoppelenZaakInvoer,
  type OpschortenInvoer,
  type Status,
  type StatusInvoer,
  type TaakSamenvatting,
  type Taaktype,
  type ToekennenInvoer,
  type VerlengenInvoer,
  type ZaakDetail,
  type ZaakOpties,
  type ZaakStartenInvoer,
  type ZaakWijzigenInvoer,
} from "./contract";
import {
  documentFeiten,
  documentRechtenVoor,
  leesbareZaaktypen,
  magZaaktypeLezen,
  notitieRechtenVoor,
  overigeRechtenVoor,
  standaardFeiten,
  verseZaak,
  verseZaakVan,
  zaakMetRecht,
  type VerseZaak,
} from "./feiten";
import { behandelaarUit, groepUit, naarRol } from "./rollen";
import { alleParameters, magGestartWorden, takenVoorZaaktype } from "@/lib/zaakafhandelparameters/opslag";
import { signaleerZaakToegekend } from "@/lib/signaleringen";
import { zaakOpschorting } from "./schema";

// --- helpers ---------------------------------------------------------------------------------

export function vandaag(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIJDZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

function plusDagen(datum: string | null, dagen: number): string | null {
  if (!datum) return null;
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

function uuidVan(url: string): string {
  return ZgwClient.uuidUit(url);
}

function verwacht409(voorwaarde: boolean, detail: string): void {
  if (!voorwaarde) throw AppError.conflict(detail);
}

async function rollenVan(ctx: MedewerkerContext, zaakUrl: string): Promise<ZgwRol[]> {
  return ctx.zgw.alle("zaken", "/rollen", ZgwRol, { zaak: zaakUrl });
}

async function behandelaarRoltype(ctx: MedewerkerContext, zaaktypeUrl: string): Promise<string> {
  const typen = await roltypen(ctx.zgw, zaaktypeUrl);
  const rt = typen.find((t) => t.omschrijvingGeneriek === "behandelaar");
  if (!rt) throw AppError.conflict("Het zaaktype heeft geen roltype 'behandelaar'; toekennen kan niet.");
  return rt.url;
}

function taakSamenvatting(t: TaakRij, zaakOpen: boolean, dag: string): TaakSamenvatting {
  const open = t.status !== "afgerond" && zaakOpen;
  return {
    id: t.id,
    taaktype: t.taaktype as Taaktype,
    naam: TAAKTYPE_NAMEN[t.taaktype as Taaktype] ?? t.taaktype,
    status: t.status as TaakSamenvatting["status"],
    groep: t.groep,
    behandelaar: t.behandelaarNaam,
    behandelaarId: t.behandelaarId,
    aangemaakt: t.aangemaakt.toISOString(),
    streefdatum: t.streefdatum,
    fataledatum: t.fataledatum,
    streefdatumWaarschuwing: datumWaarschuwing(t.streefdatum, dag, open),
    fataledatumWaarschuwing: datumWaarschuwing(t.fataledatum, dag, open),
  };
}

export { taakSamenvatting };

// --- documenten of a zaak ----------------------------------------------------------------------

export async function documentenVanZaak(ctx: MedewerkerContext, vers: VerseZaak): Promise<DocumentSamenvatting[]> {
  const zios = await ctx.zgw.array("zaken", "/zaakinformatieobjecten", ZgwZaakInformatieobject, { zaak: vers.zaak.url });
  const documenten = await Promise.all(zios.map((zio) => ctx.zgw.haalOfNull(zio.informatieobject, ZgwDocument)));
  const aanwezig = documenten.filter((d): d is ZgwDocument => d !== null);
  const sloten = await vergrendelingen(ctx.db, aanwezig.map((d) => uuidVan(d.url)));
  const iots = await Promise.all(aanwezig.map((d) => informatieobjecttypeVan(ctx.zgw, d.informatieobjecttype).catch(() => null)));
  return aanwezig.map((d, i) => {
    const uuid = uuidVan(d.url);
    const slot = sloten.get(uuid);
    const feiten = documentFeiten(d, { zaaktype: vers.feiten.zaaktype, open: vers.feiten.open }, slot?.upload ? null : slot?.gebruikerId ?? null);
    return {
      uuid,
      identificatie: d.identificatie,
      titel: d.titel,
      informatieobjecttype: iots[i]?.omschrijving ?? null,
      versie: d.versie,
      status: d.status,
      formaat: d.formaat,
      bestandsnaam: d.bestandsnaam,
      bestandsomvang: d.bestandsomvang,
      creatiedatum: d.creatiedatum,
      auteur: d.auteur,
      vertrouwelijkheidaanduiding: d.vertrouwelijkheidaanduiding,
      vergrendeld: d.locked,
      vergrendeldDoor: d.locked ? (slot?.gebruiker ?? "onbekend") : null,
      ondertekend: !!d.ondertekening,
      rechten: documentRechtenVoor(ctx, feiten),
    };
  });
}

// --- detail ----------------------------------------------------------------------------------

function naarStatus(s: ZgwStatus, vers: VerseZaak): Status {
  const type = vers.statustypen.find((t) => t.url === s.statustype);
  const eind = eindStatustype(vers.statustypen);
  return {
    uuid: s.uuid ?? uuidVan(s.url),
    statustype: type?.omschrijving ?? "(onbekend statustype)",
    volgnummer: type?.volgnummer ?? null,
    datumStatusGezet: s.datumStatusGezet,
    toelichting: s.statustoelichting,
    eind: !!eind && eind.url === s.statustype,
  };
}

async function gerelateerdeZaken(ctx: MedewerkerContext, zaak: ZgwZaak): Promise<GerelateerdeZaak[]> {
  const verwijzingen: { url: string; relatie: GerelateerdeZaak["relatie"] }[] = [
    ...(zaak.hoofdzaak ? [{ url: zaak.hoofdzaak, relatie: "hoofdzaak" as const }] : []),
    ...zaak.deelzaken.map((url) => ({ url, relatie: "deelzaak" as const })),
    ...zaak.relevanteAndereZaken.map((r) => ({
      url: r.url,
      relatie: (["vervolg", "onderwerp", "bijdrage"].includes(r.aardRelatie) ? r.aardRelatie : "onderwerp") as GerelateerdeZaak["relatie"],
    })),
  ];
  const perUrl = new Map((await alleZaaktypen(ctx.zgw)).map((z) => [z.url, z]));
  return Promise.all(
    verwijzingen.map(async (v) => {
      const andere = await ctx.zgw.haalOfNull(v.url, ZgwZaak).catch(() => null);
      const zt = andere ? perUrl.get(andere.zaaktype) : undefined;
      const magLezen = !!andere && !!zt && magZaaktypeLezen(ctx, zt.omschrijving);
      // A zaak the user may not read shows only that a relation exists.
      return {
        uuid: magLezen && andere ? (andere.uuid ?? uuidVan(andere.url)) : null,
        identificatie: magLezen && andere ? andere.identificatie : "(geen toegang)",
        zaaktype: magLezen && zt ? zt.omschrijving : null,
        status: null,
        relatie: v.relatie,
        magLezen,
      };
    }),
  );
}

async function besluitenVan(ctx: MedewerkerContext, zaakUrl: string): Promise<Besluit[]> {
  const lijst = await ctx.zgw.alle("besluiten", "/besluiten", ZgwBesluit, { zaak: zaakUrl });
  const typen = await Promise.all(
    // Through the catalogus cache: uncached, every zaak detail with a besluit cost one more Catalogi call.
    lijst.map((b) => besluittypeVan(ctx.zgw, b.besluittype).catch(() => ({ omschrijving: "(onbekend besluittype)" }))),
  );
  return lijst.map((b, i) => ({
    uuid: uuidVan(b.url),
    identificatie: b.identificatie,
    besluittype: typen[i]?.omschrijving ?? "",
    datum: b.datum,
    ingangsdatum: b.ingangsdatum,
    vervaldatum: b.vervaldatum,
    vervalreden: b.vervalreden,
    toelichting: b.toelichting,
    publicatiedatum: b.publicatiedatum,
    ingetrokken: b.vervalreden === "ingetrokken_overheid" || b.vervalreden === "ingetrokken_belanghebbende",
  }));
}

export async function zaakDetail(ctx: MedewerkerContext, uuid: string): Promise<ZaakDetail> {
  const vers = await verseZaak(ctx, uuid);
  const { zaak, zaaktype, feiten, rechten } = vers;
  const dag = vandaag();
  const [rollen, documenten, besluiten, taken, notities, gerelateerd, resultaat] = await Promise.all([
    rollenVan(ctx, zaak.url),
    documentenVanZaak(ctx, vers),
    besluitenVan(ctx, zaak.url),
    takenVanZaak(ctx.db, uuid),
    notitiesVanZaak(ctx.db, uuid),
    gerelateerdeZaken(ctx, zaak),
    zaak.resultaat ? ctx.zgw.haalOfNull(zaak.resultaat, ZgwResultaat) : Promise.resolve(null),
  ]);
  const rolTypen = await Promise.all(rollen.map((r) => roltypeVan(ctx.zgw, r.roltype).catch(() => null)));
  const resultaatType = resultaat ? await resultaattypeVan(ctx.zgw, resultaat.resultaattype).catch(() => null) : null;
  const notitieRechten = notitieRechtenVoor(ctx);
  const statushistorie = vers.statussen.map((s) => naarStatus(s, vers));
  const huidig = zaak.status ? vers.statussen.find((s) => s.url === zaak.status) : undefined;
  return {
    uuid: zaak.uuid ?? uuid,
    url: zaak.url,
    identificatie: zaak.identificatie,
    omschrijving: zaak.omschrijving,
    toelichting: zaak.toelichting,
    zaaktype: { omschrijving: zaaktype.omschrijving, identificatie: zaaktype.identificatie, url: zaaktype.url },
    bronorganisatie: zaak.bronorganisatie,
    registratiedatum: zaak.registratiedatum,
    startdatum: zaak.startdatum,
    einddatumGepland: zaak.einddatumGepland,
    uiterlijkeEinddatumAfdoening: zaak.uiterlijkeEinddatumAfdoening,
    einddatum: zaak.einddatum,
    publicatiedatum: zaak.publicatiedatum,
    communicatiekanaal: zaak.communicatiekanaal,
    vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding,
    streefdatumWaarschuwing: datumWaarschuwing(zaak.einddatumGepland, dag, feiten.open),
    fataledatumWaarschuwing: datumWaarschuwing(zaak.uiterlijkeEinddatumAfdoening, dag, feiten.open),
    open: feiten.open,
    intake: feiten.intake,
    heropend: feiten.heropend,
    opschorting: zaak.opschorting,
    verlenging: zaak.verlenging,
    resultaat: resultaat ? { resultaattype: resultaatType?.omschrijving ?? "", toelichting: resultaat.toelichting } : null,
    status: huidig ? naarStatus(huidig, vers) : null,
    statushistorie,
    groep: groepUit(rollen),
    behandelaar: behandelaarUit(rollen),
    rollen: rollen.map((r, i) => naarRol(r, rolTypen[i]?.omschrijving ?? "", rechten.bekijken_bsn)),
    documenten,
    besluiten,
    taken: taken.map((t) => taakSamenvatting(t, feiten.open, dag)),
    notities: notities.map((n) => ({
      id: n.id,
      tekst: n.tekst,
      auteurId: n.auteurId,
      auteur: n.auteur,
      aangemaakt: n.aangemaakt.toISOString(),
      gewijzigd: n.gewijzigd?.toISOString() ?? null,
      magWijzigen: notitieRechten.wijzigen,
    })),
    gerelateerdeZaken: gerelateerd,
    rechten,
    notitieRechten,
  };
}

export async function zaakOpties(ctx: MedewerkerContext, uuid: string): Promise<ZaakOpties> {
  const vers = await verseZaak(ctx, uuid);
  const zt = vers.zaaktype;
  const [rt, rol, bt, iot] = await Promise.all([
    resultaattypen(ctx.zgw, zt.url),
    roltypen(ctx.zgw, zt.url),
    besluittypen(ctx.zgw, zt),
    informatieobjecttypen(ctx.zgw, zt),
  ]);
  const eind = eindStatustype(vers.statustypen);
  return {
    statustypen: vers.statustypen.map((t) => ({ url: t.url, omschrijving: t.omschrijving, volgnummer: t.volgnummer, eind: t.url === eind?.url })),
    resultaattypen: rt.map((t) => ({ url: t.url, omschrijving: t.omschrijving })),
    besluittypen: bt.map((t) => ({ url: t.url, omschrijving: t.omschrijving })),
    roltypen: rol.map((t) => ({ url: t.url, omschrijving: t.omschrijving, omschrijvingGeneriek: t.omschrijvingGeneriek })),
    informatieobjecttypen: iot.map((t) => ({ url: t.url, omschrijving: t.omschrijving, vertrouwelijkheidaanduiding: t.vertrouwelijkheidaanduiding })),
    // Only the task types the zaakafhandelparameters enable, with their groep and doorlooptijd.
    taaktypen: takenVoorZaaktype((await alleParameters(ctx.db)).get(zt.omschrijving)?.parameters ?? null).map((t) => ({ ...t, naam: TAAKTYPE_NAMEN[t.taaktype] })),
    groepen: ctx.groepen.map((g) => ({ id: g, naam: g })),
  };
}

// --- zaaktypen / zaak starten ----------------------------------------------------------------

/** Zaaktypen the user may read (for filters) with whether they may start one (published, current versions only). */
export async function zaaktypeKeuzes(ctx: MedewerkerContext) {
  const { perUrl } = await leesbareZaaktypen(ctx);
  const dag = vandaag();
  const laatste = new Map<string, ZgwZaaktype>();
  for (const zt of perUrl.values()) {
    if (zt.concept) continue;
    const begin = (zt as { beginGeldigheid?: string }).beginGeldigheid ?? "";
    const einde = (zt as { eindeGeldigheid?: string | null }).eindeGeldigheid ?? null;
    if (begin > dag || (einde && einde < dag)) continue;
    laatste.set(zt.omschrijving, zt);
  }
  const overig = overigeRechtenVoor(ctx);
  const parameters = await alleParameters(ctx.db);
  return [...laatste.values()]
    .filter((zt) => magZaaktypeLezen(ctx, zt.omschrijving))
    .map((zt) => ({
      omschrijving: zt.omschrijving,
      identificatie: zt.identificatie,
      url: zt.url,
      // starten_zaak is asked per zaaktype (PABC roles differ per zaaktype); a zaaktype whose
      // zaakafhandelparameters are not "in gebruik" is not offered (lib/zaakafhandelparameters).
      magStarten: overig.starten_zaak && startRecht(ctx, zt.omschrijving) && magGestartWorden(zt.omschrijving, parameters),
      standaardGroep: parameters.get(zt.omschrijving)?.parameters.standaardGroep ?? null,
      standaardBehandelaar: parameters.get(zt.omschrijving)?.parameters.standaardBehandelaar ?? null,
    }))
    .sort((a, b) => a.omschrijving.localeCompare(b.omschrijving, "nl"));
}

function startRecht(ctx: MedewerkerContext, omschrijving: string): boolean {
  // overig.starten_zaak is not about one zaaktype; for one zaaktype ask with that zaaktype's
  // roles: a user who may behandelen zaken of this type may start one.
  return overigeRechten({ user: policyUser(ctx.policy, omschrijving, ctx.opties) }).starten_zaak;
}

/** Rol body for a medewerker as behandelaar. */
function medewerkerRol(zaakUrl: string, roltype: string, id: string, naam: string, toelichting = "Toegekend") {
  return {
    zaak: zaakUrl,
    betrokkeneType: "medewerker",
    roltype,
    roltoelichting: toelichting,
    betrokkeneIdentificatie: { identificatie: id, achternaam: naam.slice(0, 200), voorletters: "", voorvoegselAchternaam: "" },
  };
}

function groepRol(zaakUrl: string, roltype: string, groep: string, toelichting = "Toegekend") {
  return {
    zaak: zaakUrl,
    betrokkeneType: "organisatorische_eenheid",
    roltype,
    roltoelichting: toelichting,
    betrokkeneIdentificatie: { identificatie: groep.slice(0, 24), naam: groep.slice(0, 50), isGehuisvestIn: "" },
  };
}

function betrokkeneRol(zaakUrl: string, invoer: BetrokkeneInvoer) {
  if (invoer.soort === "persoon") {
    return {
      zaak: zaakUrl,
      betrokkeneType: "natuurlijk_persoon",
      roltype: invoer.roltype,
      roltoelichting: invoer.toelichting || "Toegevoegd",
      betrokkeneIdentificatie: { inpBsn: invoer.bsn, geslachtsnaam: invoer.naam ?? "", voorletters: "", voorvoegselGeslachtsnaam: "" },
    };
  }
  if (invoer.vestigingsnummer) {
    return {
      zaak: zaakUrl,
      betrokkeneType: "vestiging",
      roltype: invoer.roltype,
      roltoelichting: invoer.toelichting || "Toegevoegd",
      betrokkeneIdentificatie: { vestigingsNummer: invoer.vestigingsnummer, kvkNummer: invoer.kvkNummer, handelsnaam: invoer.naam ? [invoer.naam] : [] },
    };
  }
  return {
    zaak: zaakUrl,
    betrokkeneType: "niet_natuurlijk_persoon",
    roltype: invoer.roltype,
    roltoelichting: invoer.toelichting || "Toegevoegd",
    betrokkeneIdentificatie: { annIdentificatie: invoer.kvkNummer, statutaireNaam: invoer.naam ?? "" },
  };
}

/** Bronorganisatie (RSIN) of new zaken: the catalogus' rsin of the zaaktype, else env. */
async function bronorganisatie(ctx: MedewerkerContext, zaaktype: ZgwZaaktype): Promise<string> {
  const catalogus = (zaaktype as { catalogus?: string }).catalogus;
  if (catalogus) {
    const c = await ctx.zgw.haalOfNull(catalogus, z.looseObject({ rsin: z.string() })).catch(() => null);
    if (c?.rsin) return c.rsin;
  }
  return zgwClientEnv().ZAC_BRONORGANISATIE;
}

function duurDagen(duur: string | null | undefined): number | null {
  const m = duur ? /^P(?:(\d+)W)?(?:(\d+)D)?$/.exec(duur) : null;
  if (!m) return null;
  return Number(m[1] ?? 0) * 7 + Number(m[2] ?? 0);
}

export async function zaakStarten(ctx: MedewerkerContext, invoer: ZaakStartenInvoer): Promise<{ uuid: string; identificatie: string }> {
  const keuzes = await zaaktypeKeuzes(ctx);
  const keuze = keuzes.find((k) => k.omschrijving === invoer.zaaktype);
  // Unknown and unauthorised zaaktypen answer the same 403: nothing is revealed.
  if (!keuze?.magStarten) {
    throw new AppError("permission_denied", {
      detail: `Je mag geen zaak van zaaktype "${invoer.zaaktype}" starten.`,
      extensions: { recht: "overig.starten_zaak" },
    });
  }
  if (invoer.initiator) {
    const recht = invoer.initiator.soort === "persoon" ? "toevoegen_initiator_persoon" : "toevoegen_initiator_bedrijf";
    const r = zaakRechten(zaakInvoer(ctx.policy, standaardFeiten(keuze.omschrijving), ctx.opties));
    assertRecht(r, `zaak.${recht}`);
  }
  const zaaktype = (await alleZaaktypen(ctx.zgw)).find((z) => z.url === keuze.url);
  if (!zaaktype) throw AppError.notFound("Dit zaaktype bestaat niet meer.");
  const start = invoer.startdatum ?? vandaag();
  const doorloop = duurDagen(zaaktype.doorlooptijd);
  const servicenorm = duurDagen(zaaktype.servicenorm);
  const zaak = await ctx.zgw.maak(
    "zaken",
    "/zaken",
    {
      bronorganisatie: await bronorganisatie(ctx, zaaktype),
      verantwoordelijkeOrganisatie: await bronorganisatie(ctx, zaaktype),
      zaaktype: zaaktype.url,
      omschrijving: invoer.omschrijving,
      toelichting: invoer.toelichting,
      startdatum: start,
      registratiedatum: vandaag(),
      communicatiekanaal: "",
      vertrouwelijkheidaanduiding: invoer.vertrouwelijkheidaanduiding ?? (zaaktype.vertrouwelijkheidaanduiding || "openbaar"),
      einddatumGepland: servicenorm !== null ? plusDagen(start, servicenorm) : null,
      uiterlijkeEinddatumAfdoening: doorloop !== null ? plusDagen(start, doorloop) : null,
    },
    ZgwZaak,
    "Zaak gestart",
  );
  const typen = await statustypen(ctx.zgw, zaaktype.url);
  const eerste = typen[0];
  if (eerste) {
    await ctx.zgw.maak("zaken", "/statussen", { zaak: zaak.url, statustype: eerste.url, datumStatusGezet: new Date().toISOString(), statustoelichting: "Zaak gestart" }, ZgwStatus);
  }
  const rt = await roltypen(ctx.zgw, zaaktype.url);
  if (invoer.initiator) {
    const initiatorType = rt.find((t) => t.omschrijvingGeneriek === "initiator");
    if (initiatorType) {
      const i = invoer.initiator;
      const body = i.soort === "persoon"
        ? betrokkeneRol(zaak.url, { soort: "persoon", roltype: initiatorType.url, bsn: i.bsn, naam: i.naam, toelichting: "Initiator" })
        : betrokkeneRol(zaak.url, { soort: "bedrijf", roltype: initiatorType.url, kvkNummer: i.kvkNummer, vestigingsnummer: i.vestigingsnummer, naam: i.naam, toelichting: "Initiator" });
      await ctx.zgw.maak("zaken", "/rollen", body, ZgwRol);
    }
  }
  // Default toewijzing: the chosen groep/behandelaar, else the zaakafhandelparameters' defaults,
  // else (zaaktype without parameters) the starter's first group and the starter.
  const behandelaarType = rt.find((t) => t.omschrijvingGeneriek === "behandelaar");
  if (behandelaarType) {
    const groep = invoer.groep ?? keuze.standaardGroep ?? standaardGroep(ctx, zaaktype.omschrijving);
    if (groep) await ctx.zgw.maak("zaken", "/rollen", groepRol(zaak.url, behandelaarType.url, groep), ZgwRol);
    // The default behandelaar belongs to the default groep: not used when another groep was chosen.
    const eigenGroep = invoer.groep === undefined || invoer.groep === keuze.standaardGroep;
    const behandelaar = invoer.behandelaar ?? (eigenGroep ? keuze.standaardBehandelaar : null) ?? ctx.id;
    if (behandelaar) {
      const naam = behandelaar === ctx.id ? ctx.naam : behandelaar;
      await ctx.zgw.maak("zaken", "/rollen", medewerkerRol(zaak.url, behandelaarType.url, behandelaar, naam), ZgwRol);
    }
  }
  return { uuid: zaak.uuid ?? uuidVan(zaak.url), identificatie: zaak.identificatie };
}

/**
 * Per-zaaktype default groep (until issue #8's zaakafhandelparameters): env
 * `ZAC_STANDAARD_GROEPEN` as JSON {"<zaaktype>": "<groep>"}, else the starter's first group.
 */
export function standaardGroep(ctx: MedewerkerContext, zaaktype: string): string | null {
  const ingesteld = zgwClientEnv().ZAC_STANDAARD_GROEPEN;
  const map = ingesteld ? (JSON.parse(ingesteld) as Record<string, string>) : {};
  return map[zaaktype] ?? ctx.groepen[0] ?? null;
}

// --- actions ---------------------------------------------------------------------------------

export async function zaakToekennen(ctx: MedewerkerContext, uuid: string, invoer: ToekennenInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "toekennen");
  const roltype = await behandelaarRoltype(ctx, vers.zaaktype.url);
  const rollen = await rollenVan(ctx, vers.zaak.url);
  const reden = invoer.reden || "Toegekend";
  const nieuweGroep = invoer.aanMij === true ? undefined : invoer.groep;
  const nieuweBehandelaar = invoer.aanMij === true ? ctx.id : invoer.behandelaar;
  for (const r of rollen) {
    if (r.omschrijvingGeneriek !== "behandelaar") continue;
    if (r.betrokkeneType === "medewerker") await ctx.zgw.verwijder(r.url, reden);
    if (r.betrokkeneType === "organisatorische_eenheid" && nieuweGroep !== undefined) await ctx.zgw.verwijder(r.url, reden);
  }
  if (nieuweGroep) await ctx.zgw.maak("zaken", "/rollen", groepRol(vers.zaak.url, roltype, nieuweGroep, reden), ZgwRol, reden);
  if (nieuweBehandelaar) {
    const naam = nieuweBehandelaar === ctx.id ? ctx.naam : nieuweBehandelaar;
    await ctx.zgw.maak("zaken", "/rollen", medewerkerRol(vers.zaak.url, roltype, nieuweBehandelaar, naam, reden), ZgwRol, reden);
  }
  await signaleerZaakToegekend(ctx, vers.zaak, nieuweBehandelaar); // not when assigned to yourself (lib/signaleringen)
}

export async function zaakWijzigen(ctx: MedewerkerContext, uuid: string, invoer: ZaakWijzigenInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "wijzigen");
  const { reden, ...velden } = invoer;
  const patch = Object.fromEntries(Object.entries(velden).filter(([, v]) => v !== undefined));
  if (Object.keys(patch).length === 0) throw AppError.invalid("Er is niets gewijzigd.");
  await ctx.zgw.wijzig(vers.zaak.url, patch, ZgwZaak, reden);
}

export async function zaakOpschorten(ctx: MedewerkerContext, uuid: string, invoer: OpschortenInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "opschorten");
  const z = vers.zaak;
  await ctx.zgw.wijzig(
    z.url,
    {
      opschorting: { indicatie: true, reden: invoer.reden },
      einddatumGepland: plusDagen(z.einddatumGepland, invoer.duurDagen),
      uiterlijkeEinddatumAfdoening: plusDagen(z.uiterlijkeEinddatumAfdoening, invoer.duurDagen) ?? z.uiterlijkeEinddatumAfdoening,
    },
    ZgwZaak,
    `Opgeschort: ${invoer.reden}`,
  );
  const rij = { zaakUrl: z.url, zaakUuid: uuid, opgeschortOp: vandaag(), duurDagen: invoer.duurDagen, door: ctx.id };
  await ctx.db.insert(zaakOpschorting).values(rij).onConflictDoUpdate({ target: zaakOpschorting.zaakUrl, set: rij });
}

/** Whole days from `van` to `tot` (yyyy-MM-dd). */
function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}

/**
 * Hervatten before the planned end gives back the days not used: opschorten moved the dates
 * forward by the planned duration, so they move back by what is left of it (never below the
 * dates before the opschorting). Without our record (opgeschort elsewhere) the dates stay.
 */
export async function zaakHervatten(ctx: MedewerkerContext, uuid: string, invoer: HervattenInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "hervatten");
  const z = vers.zaak;
  verwacht409(z.opschorting.indicatie, "Deze zaak is niet opgeschort.");
  const [opschorting] = await ctx.db.select().from(zaakOpschorting).where(eq(zaakOpschorting.zaakUrl, z.url));
  const ongebruikt = opschorting ? Math.max(0, opschorting.duurDagen - Math.max(0, dagenTussen(opschorting.opgeschortOp, vandaag()))) : 0;
  await ctx.zgw.wijzig(
    z.url,
    {
      opschorting: { indicatie: false, reden: "" },
      ...(ongebruikt > 0
        ? {
            einddatumGepland: plusDagen(z.einddatumGepland, -ongebruikt),
            uiterlijkeEinddatumAfdoening: plusDagen(z.uiterlijkeEinddatumAfdoening, -ongebruikt) ?? z.uiterlijkeEinddatumAfdoening,
          }
        : {}),
    },
    ZgwZaak,
    `Hervat: ${invoer.reden}`,
  );
  await ctx.db.delete(zaakOpschorting).where(eq(zaakOpschorting.zaakUrl, z.url));
}

export async function zaakVerlengen(ctx: MedewerkerContext, uuid: string, invoer: VerlengenInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "verlengen");
  const z = vers.zaak;
  await ctx.zgw.wijzig(
    z.url,
    {
      verlenging: { reden: invoer.reden, duur: `P${invoer.duurDagen}D` },
      einddatumGepland: plusDagen(z.einddatumGepland, invoer.duurDagen),
      uiterlijkeEinddatumAfdoening: plusDagen(z.uiterlijkeEinddatumAfdoening, invoer.duurDagen) ?? z.uiterlijkeEinddatumAfdoening,
    },
    ZgwZaak,
    `Verlengd: ${invoer.reden}`,
  );
}

export async function zaakDoorlooptijd(ctx: MedewerkerContext, uuid: string, invoer: DoorlooptijdInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "wijzigen_doorlooptijd");
  const patch: Record<string, unknown> = {};
  if (invoer.einddatumGepland !== undefined) patch.einddatumGepland = invoer.einddatumGepland;
  if (invoer.uiterlijkeEinddatumAfdoening !== undefined) patch.uiterlijkeEinddatumAfdoening = invoer.uiterlijkeEinddatumAfdoening;
  await ctx.zgw.wijzig(vers.zaak.url, patch, ZgwZaak, `Doorlooptijd gewijzigd: ${invoer.reden}`);
}

async function sluit(ctx: MedewerkerContext, vers: VerseZaak, resultaattype: string, toelichting: string): Promise<void> {
  const rt = await resultaattypen(ctx.zgw, vers.zaaktype.url);
  if (!rt.some((t) => t.url === resultaattype)) {
    throw AppError.invalid("Kies een resultaat van dit zaaktype.", [{ name: "resultaattype", code: "invalid", reason: "Geen resultaattype van dit zaaktype." }]);
  }
  const eind = eindStatustype(vers.statustypen);
  if (!eind) throw AppError.conflict("Het zaaktype heeft geen eindstatus.");
  if (vers.zaak.resultaat) await ctx.zgw.verwijder(vers.zaak.resultaat, toelichting);
  await ctx.zgw.maak("zaken", "/resultaten", { zaak: vers.zaak.url, resultaattype, toelichting: toelichting.slice(0, 1000) }, ZgwResultaat, toelichting);
  await ctx.zgw.maak(
    "zaken",
    "/statussen",
    { zaak: vers.zaak.url, statustype: eind.url, datumStatusGezet: new Date().toISOString(), statustoelichting: toelichting.slice(0, 1000) },
    ZgwStatus,
    toelichting,
  );
}

export async function zaakAfhandelen(ctx: MedewerkerContext, uuid: string, invoer: AfhandelenInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "behandelen");
  verwacht409(vers.feiten.open, "Deze zaak is al afgehandeld.");
  const openTaken = (await takenVanZaak(ctx.db, uuid)).filter((t) => t.status !== "afgerond");
  verwacht409(openTaken.length === 0, "Rond eerst de open taken van deze zaak af.");
  await sluit(ctx, vers, invoer.resultaattype, invoer.toelichting || "Zaak afgehandeld");
}

export async function zaakAfbreken(ctx: MedewerkerContext, uuid: string, invoer: AfbrekenInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "afbreken");
  verwacht409(vers.feiten.open, "Deze zaak is al afgehandeld.");
  await sluit(ctx, vers, invoer.resultaattype, `Afgebroken: ${invoer.reden}`);
}

export async function zaakHeropenen(ctx: MedewerkerContext, uuid: string, invoer: HeropenenInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "heropenen");
  verwacht409(!vers.feiten.open, "Deze zaak is niet afgehandeld.");
  const eind = eindStatustype(vers.statustypen);
  const terug = [...vers.statustypen].filter((t) => t.url !== eind?.url).sort((a, b) => b.volgnummer - a.volgnummer)[0];
  if (!terug) throw AppError.conflict("Het zaaktype heeft geen status om naar terug te gaan.");
  // A non-end status on a closed zaak reopens it (zrc-008; needs zaken.heropenen, which the app's client has).
  await ctx.zgw.maak(
    "zaken",
    "/statussen",
    { zaak: vers.zaak.url, statustype: terug.url, datumStatusGezet: new Date().toISOString(), statustoelichting: `Heropend: ${invoer.reden}`.slice(0, 1000) },
    ZgwStatus,
    `Heropend: ${invoer.reden}`,
  );
  if (vers.zaak.resultaat) await ctx.zgw.verwijder(vers.zaak.resultaat, `Heropend: ${invoer.reden}`);
}

export async function zaakStatusZetten(ctx: MedewerkerContext, uuid: string, invoer: StatusInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "behandelen");
  verwacht409(vers.feiten.open, "Deze zaak is afgehandeld.");
  const type = vers.statustypen.find((t) => t.url === invoer.statustype);
  if (!type) throw AppError.invalid("Kies een status van dit zaaktype.", [{ name: "statustype", code: "invalid", reason: "Geen statustype van dit zaaktype." }]);
  if (type.url === eindStatustype(vers.statustypen)?.url) throw AppError.invalid("Gebruik 'Afhandelen' om de eindstatus te zetten.");
  await ctx.zgw.maak(
    "zaken",
    "/statussen",
    { zaak: vers.zaak.url, statustype: type.url, datumStatusGezet: new Date().toISOString(), statustoelichting: invoer.toelichting },
    ZgwStatus,
  );
}

// --- besluiten -------------------------------------------------------------------------------

export async function besluitVastleggen(ctx: MedewerkerContext, uuid: string, invoer: BesluitInvoer): Promise<{ uuid: string }> {
  const vers = await zaakMetRecht(ctx, uuid, "vastleggen_besluit");
  if (!vers.zaaktype.besluittypen.includes(invoer.besluittype)) {
    throw AppError.invalid("Kies een besluittype van dit zaaktype.", [{ name: "besluittype", code: "invalid", reason: "Geen besluittype van dit zaaktype." }]);
  }
  const besluit = await ctx.zgw.maak(
    "besluiten",
    "/besluiten",
    {
      verantwoordelijkeOrganisatie: vers.zaak.bronorganisatie,
      besluittype: invoer.besluittype,
      zaak: vers.zaak.url,
      datum: invoer.datum,
      ingangsdatum: invoer.ingangsdatum,
      vervaldatum: invoer.vervaldatum ?? null,
      toelichting: invoer.toelichting,
      publicatiedatum: invoer.publicatiedatum ?? null,
    },
    ZgwBesluit,
    "Besluit vastgelegd",
  );
  if (invoer.documenten.length > 0) {
    try {
      const zios = await ctx.zgw.array("zaken", "/zaakinformatieobjecten", ZgwZaakInformatieobject, { zaak: vers.zaak.url });
      for (const doc of invoer.documenten) {
        const zio = zios.find((x) => uuidVan(x.informatieobject) === doc);
        if (!zio) throw AppError.invalid("Een gekozen document hoort niet bij deze zaak.", [{ name: "documenten", code: "invalid", reason: doc }]);
        await ctx.zgw.maak("besluiten", "/besluitinformatieobjecten", { informatieobject: zio.informatieobject, besluit: besluit.url }, z.looseObject({ url: z.string() }));
      }
    } catch (error) {
      // No half-recorded besluit: remove it again when a document cannot be linked (e.g. brc-008).
      await ctx.zgw.verwijder(besluit.url, "Besluit teruggedraaid: document kon niet worden gekoppeld").catch(() => undefined);
      throw error;
    }
  }
  return { uuid: uuidVan(besluit.url) };
}

async function besluitVanZaak(ctx: MedewerkerContext, vers: VerseZaak, besluitUuid: string): Promise<ZgwBesluit> {
  const besluit = await ctx.zgw.haalOfNull({ api: "besluiten", pad: `/besluiten/${encodeURIComponent(besluitUuid)}` }, ZgwBesluit);
  if (!besluit || besluit.zaak !== vers.zaak.url) throw AppError.notFound("Dit besluit hoort niet bij deze zaak.");
  return besluit;
}

export async function besluitWijzigen(ctx: MedewerkerContext, uuid: string, besluitUuid: string, invoer: BesluitWijzigenInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "vastleggen_besluit");
  const besluit = await besluitVanZaak(ctx, vers, besluitUuid);
  const { reden, ...velden } = invoer;
  const patch = Object.fromEntries(Object.entries(velden).filter(([, v]) => v !== undefined));
  await ctx.zgw.wijzig(besluit.url, patch, ZgwBesluit, reden);
}

export async function besluitIntrekken(ctx: MedewerkerContext, uuid: string, besluitUuid: string, invoer: BesluitIntrekkenInvoer): Promise<void> {
  const vers = await zaakMetRecht(ctx, uuid, "vastleggen_besluit");
  const besluit = await besluitVanZaak(ctx, vers, besluitUuid);
  verwacht409(!besluit.vervalreden.startsWith("ingetrokken"), "Dit besluit is al ingetrokken.");
  await ctx.zgw.wijzig(besluit.url, { vervaldatum: invoer.vervaldatum, vervalreden: invoer.vervalreden }, ZgwBesluit, `Ingetrokken: ${invoer.reden}`);
}

// --- betrokkenen -----------------------------------------------------------------------------

export async function betrokkeneToevoegen(ctx: MedewerkerContext, uuid: string, invoer: BetrokkeneInvoer): Promise<{ uuid: string }> {
  const vers = await verseZaak(ctx, uuid);
  const typen = await roltypen(ctx.zgw, vers.zaaktype.url);
  const roltype = typen.find((t) => t.url === invoer.roltype);
  if (!roltype) throw AppError.invalid("Kies een rol van dit zaaktype.", [{ name: "roltype", code: "invalid", reason: "Geen roltype van dit zaaktype." }]);
  if (roltype.omschrijvingGeneriek === "behandelaar") throw AppError.invalid("Een behandelaar wijs je toe met 'Toekennen'.");
  const initiator = roltype.omschrijvingGeneriek === "initiator";
  const recht = initiator
    ? invoer.soort === "persoon" ? "toevoegen_initiator_persoon" : "toevoegen_initiator_bedrijf"
    : invoer.soort === "persoon" ? "toevoegen_betrokkene_persoon" : "toevoegen_betrokkene_bedrijf";
  assertRecht(vers.rechten, `zaak.${recht}`, `zaak ${vers.zaak.identificatie}`);
  if (initiator) {
    const bestaand = (await rollenVan(ctx, vers.zaak.url)).some((r) => r.omschrijvingGeneriek === "initiator");
    verwacht409(!bestaand, "Deze zaak heeft al een initiator; verwijder die eerst.");
  }
  const rol = await ctx.zgw.maak("zaken", "/rollen", betrokkeneRol(vers.zaak.url, invoer), ZgwRol, initiator ? "Initiator toegevoegd" : "Betrokkene toegevoegd");
  return { uuid: rol.uuid ?? uuidVan(rol.url) };
}

export async function betrokkeneVerwijderen(ctx: MedewerkerContext, uuid: string, rolUuid: string, reden?: string): Promise<void> {
  const vers = await verseZaak(ctx, uuid);
  const rol = await ctx.zgw.haalOfNull({ api: "zaken", pad: `/rollen/${encodeURIComponent(rolUuid)}` }, ZgwRol);
  if (!rol || rol.zaak !== vers.zaak.url) throw AppError.notFound("Deze betrokkene hoort niet bij deze zaak.");
  if (rol.omschrijvingGeneriek === "behandelaar") throw AppError.invalid("Een behandelaar wijzig je met 'Toekennen'.");
  const recht = rol.omschrijvingGeneriek === "initiator" ? "verwijderen_initiator" : "verwijderen_betrokkene";
  assertRecht(vers.rechten, `zaak.${recht}`, `zaak ${vers.zaak.identificatie}`);
  await ctx.zgw.verwijder(rol.url, reden || "Betrokkene verwijderd");
}

// --- koppelen --------------------------------------------------------------------------------

async function koppelPaar(ctx: MedewerkerContext, uuid: string, doel: string): Promise<[VerseZaak, VerseZaak]> {
  if (uuid === doel) throw AppError.invalid("Een zaak kan niet aan zichzelf worden gekoppeld.");
  const [a, b] = await Promise.all([verseZaak(ctx, uuid), verseZaak(ctx, doel)]);
  const besluit = zaakKoppelen(zaakKoppelenInvoer(ctx.policy, a.feiten, b.feiten, ctx.opties));
  assertRecht(besluit, "zaak.koppelen", `zaken ${a.zaak.identificatie} en ${b.zaak.identificatie}`);
  return [a, b];
}

export async function zaakKoppelenActie(ctx: MedewerkerContext, uuid: string, invoer: KoppelenInvoer): Promise<void> {
  const [a, b] = await koppelPaar(ctx, uuid, invoer.doelzaak);
  const toelichting = `Gekoppeld (${invoer.soort})`;
  if (invoer.soort === "hoofdzaak") {
    await ctx.zgw.wijzig(a.zaak.url, { hoofdzaak: b.zaak.url }, ZgwZaak, toelichting);
  } else if (invoer.soort === "deelzaak") {
    await ctx.zgw.wijzig(b.zaak.url, { hoofdzaak: a.zaak.url }, ZgwZaak, toelichting);
  } else {
    const bestaand = a.zaak.relevanteAndereZaken.filter((r) => r.url !== b.zaak.url);
    await ctx.zgw.wijzig(a.zaak.url, { relevanteAndereZaken: [...bestaand, { url: b.zaak.url, aardRelatie: invoer.soort }] }, ZgwZaak, toelichting);
  }
}

export async function zaakOntkoppelenActie(ctx: MedewerkerContext, uuid: string, invoer: OntkoppelenZaakInvoer): Promise<void> {
  const [a, b] = await koppelPaar(ctx, uuid, invoer.doelzaak);
  const toelichting = `Ontkoppeld: ${invoer.reden}`;
  if (invoer.soort === "hoofdzaak") {
    verwacht409(a.zaak.hoofdzaak === b.zaak.url, "Deze zaken zijn niet zo gekoppeld.");
    await ctx.zgw.wijzig(a.zaak.url, { hoofdzaak: null }, ZgwZaak, toelichting);
  } else if (invoer.soort === "deelzaak") {
    verwacht409(b.zaak.hoofdzaak === a.zaak.url, "Deze zaken zijn niet zo gekoppeld.");
    await ctx.zgw.wijzig(b.zaak.url, { hoofdzaak: null }, ZgwZaak, toelichting);
  } else {
    const rest = a.zaak.relevanteAndereZaken.filter((r) => r.url !== b.zaak.url);
    verwacht409(rest.length !== a.zaak.relevanteAndereZaken.length, "Deze zaken zijn niet zo gekoppeld.");
    await ctx.zgw.wijzig(a.zaak.url, { relevanteAndereZaken: rest }, ZgwZaak, toelichting);
  }
}

export { verseZaakVan };
