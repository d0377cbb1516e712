import { z } from "zod";
import { VERTROUWELIJKHEIDAANDUIDINGEN } from "../vertrouwelijkheid";

/**
 * Input schemas from components/schemas of catalogi-1.3.1.yaml (the Create/Update variants
 * where the OAS has them). Read-only members and unknown members are ignored, as DRF does.
 * Optional members get the value the API shows when they are absent.
 */

/** ISO-8601 duration (`P30D`, `P1Y2M`, `PT12H`). */
export const duur = z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/, {
  error: "Verwacht een ISO-8601-duur, bijv. P30D.",
});
const datum = z.iso.date({ error: "Verwacht een datum (JJJJ-MM-DD)." });
const url = (max = 1000) => z.url({ protocol: /^https?$/, error: "Verwacht een geldige URL." }).max(max);
const tekst = (max?: number) => (max ? z.string().max(max) : z.string());
const optioneleTekst = (max?: number) => tekst(max).optional().default("");
const nullable = <T extends z.ZodType>(s: T) => s.nullable().optional().default(null);

export const Vertrouwelijkheid = z.enum(VERTROUWELIJKHEIDAANDUIDINGEN);

export const CatalogusInvoer = z.object({
  domein: tekst(5).min(1),
  rsin: z.string().regex(/^\d{9}$/, { error: "Een RSIN bestaat uit 9 cijfers." }),
  contactpersoonBeheerNaam: tekst(40).min(1),
  contactpersoonBeheerTelefoonnummer: optioneleTekst(20),
  contactpersoonBeheerEmailadres: z.union([z.literal(""), z.email().max(254)]).optional().default(""),
  naam: nullable(tekst(200)),
  versie: nullable(tekst(20)),
  begindatumVersie: nullable(datum),
});
export type CatalogusGegevens = z.output<typeof CatalogusInvoer>;

const Geldigheid = {
  beginGeldigheid: datum,
  eindeGeldigheid: nullable(datum),
  beginObject: nullable(datum),
  eindeObject: nullable(datum),
};

export const ZaaktypeInvoer = z.object({
  identificatie: tekst(50).min(1),
  omschrijving: tekst(80).min(1),
  omschrijvingGeneriek: optioneleTekst(80),
  vertrouwelijkheidaanduiding: Vertrouwelijkheid,
  doel: z.string(),
  aanleiding: z.string(),
  toelichting: optioneleTekst(),
  indicatieInternOfExtern: z.enum(["intern", "extern"]),
  handelingInitiator: tekst(20),
  onderwerp: tekst(80),
  handelingBehandelaar: tekst(20),
  doorlooptijd: duur,
  servicenorm: nullable(duur),
  opschortingEnAanhoudingMogelijk: z.boolean(),
  verlengingMogelijk: z.boolean(),
  verlengingstermijn: nullable(duur),
  trefwoorden: z.array(tekst(30)).optional().default([]),
  publicatieIndicatie: z.boolean(),
  publicatietekst: optioneleTekst(),
  verantwoordingsrelatie: z.array(tekst(40)).optional().default([]),
  productenOfDiensten: z.array(url()),
  selectielijstProcestype: z.union([z.literal(""), url(200)]).optional().default(""),
  referentieproces: z.object({ naam: tekst(80), link: z.union([z.literal(""), url(200)]).optional().default("") }),
  verantwoordelijke: tekst(50),
  broncatalogus: z.object({ url: url(200), domein: tekst(5), rsin: tekst(9) }).optional(),
  bronzaaktype: z.object({ url: url(200), identificatie: tekst(50), omschrijving: tekst(80) }).optional(),
  catalogus: url(),
  /** Since 1.3: omschrijvingen of besluittypen in the same catalogus (ztc-011a). */
  besluittypen: z.array(z.string().min(1)),
  /** Identificaties of zaaktypen in the same catalogus. */
  deelzaaktypen: z.array(z.string().min(1)).optional().default([]),
  gerelateerdeZaaktypen: z.array(
    z.object({
      zaaktype: z.string().min(1),
      aardRelatie: z.enum(["vervolg", "bijdrage", "onderwerp"]),
      toelichting: optioneleTekst(255),
    }),
  ),
  ...Geldigheid,
  versiedatum: datum,
});
export type ZaaktypeGegevens = z.output<typeof ZaaktypeInvoer>;

export const InformatieobjecttypeInvoer = z.object({
  catalogus: url(),
  omschrijving: tekst(80).min(1),
  vertrouwelijkheidaanduiding: Vertrouwelijkheid,
  ...Geldigheid,
  informatieobjectcategorie: tekst(80).min(1),
  trefwoord: z.array(tekst(30)).optional().default([]),
  omschrijvingGeneriek: z
    .object({
      informatieobjecttypeOmschrijvingGeneriek: tekst(80),
      definitieInformatieobjecttypeOmschrijvingGeneriek: tekst(255),
      herkomstInformatieobjecttypeOmschrijvingGeneriek: tekst(12),
      hierarchieInformatieobjecttypeOmschrijvingGeneriek: tekst(80),
      opmerkingInformatieobjecttypeOmschrijvingGeneriek: nullable(tekst(255)),
    })
    .optional(),
});
export type InformatieobjecttypeGegevens = z.output<typeof InformatieobjecttypeInvoer>;

export const BesluittypeInvoer = z.object({
  catalogus: url(),
  // Optional in the OAS, but it is the version-independent key the 1.3 relations use.
  omschrijving: tekst(80).min(1),
  omschrijvingGeneriek: optioneleTekst(80),
  besluitcategorie: optioneleTekst(40),
  reactietermijn: nullable(duur),
  publicatieIndicatie: z.boolean(),
  publicatietekst: optioneleTekst(),
  publicatietermijn: nullable(duur),
  toelichting: optioneleTekst(),
  /** Omschrijvingen of informatieobjecttypen in the same catalogus (ztc-011b). */
  informatieobjecttypen: z.array(z.string().min(1)),
  ...Geldigheid,
});
export type BesluittypeGegevens = z.output<typeof BesluittypeInvoer>;

const OnderdeelGeldigheid = {
  beginGeldigheid: nullable(datum),
  eindeGeldigheid: nullable(datum),
  beginObject: nullable(datum),
  eindeObject: nullable(datum),
};

export const StatustypeInvoer = z.object({
  omschrijving: tekst(80).min(1),
  omschrijvingGeneriek: optioneleTekst(80),
  statustekst: optioneleTekst(1000),
  zaaktype: url(),
  volgnummer: z.number().int().min(1).max(9999),
  informeren: z.boolean().optional().default(false),
  doorlooptijd: nullable(duur),
  toelichting: nullable(tekst(1000)),
  checklistitemStatustype: z
    .array(
      z.object({
        itemnaam: tekst(30),
        toelichting: nullable(tekst(1000)),
        vraagstelling: tekst(255),
        verplicht: z.boolean().optional().default(false),
      }),
    )
    .optional()
    .default([]),
  ...OnderdeelGeldigheid,
});

export const ROL_OMSCHRIJVINGEN_GENERIEK = [
  "adviseur",
  "behandelaar",
  "belanghebbende",
  "beslisser",
  "initiator",
  "klantcontacter",
  "zaakcoordinator",
  "mede_initiator",
] as const;

export const RoltypeInvoer = z.object({
  zaaktype: url(),
  omschrijving: tekst(100).min(1),
  omschrijvingGeneriek: z.enum(ROL_OMSCHRIJVINGEN_GENERIEK),
  ...OnderdeelGeldigheid,
});

export const AFLEIDINGSWIJZEN = [
  "afgehandeld",
  "ander_datumkenmerk",
  "eigenschap",
  "gerelateerde_zaak",
  "hoofdzaak",
  "ingangsdatum_besluit",
  "termijn",
  "vervaldatum_besluit",
  "zaakobject",
] as const;

export const OBJECTTYPEN = [
  "adres",
  "besluit",
  "buurt",
  "enkelvoudig_document",
  "gemeente",
  "gemeentelijke_openbare_ruimte",
  "huishouden",
  "inrichtingselement",
  "kadastrale_onroerende_zaak",
  "kunstwerkdeel",
  "maatschappelijke_activiteit",
  "medewerker",
  "natuurlijk_persoon",
  "niet_natuurlijk_persoon",
  "openbare_ruimte",
  "organisatorische_eenheid",
  "pand",
  "spoorbaandeel",
  "status",
  "terreindeel",
  "terrein_gebouwd_object",
  "vestiging",
  "waterdeel",
  "wegdeel",
  "wijk",
  "woonplaats",
  "woz_deelobject",
  "woz_object",
  "woz_waarde",
  "zakelijk_recht",
  "overige",
] as const;

export const BrondatumArchiefprocedure = z.object({
  afleidingswijze: z.enum(AFLEIDINGSWIJZEN),
  datumkenmerk: optioneleTekst(80),
  einddatumBekend: z.boolean().optional().default(false),
  objecttype: z.union([z.enum(OBJECTTYPEN), z.literal("")]).optional().default(""),
  registratie: optioneleTekst(80),
  procestermijn: nullable(duur),
});
export type BrondatumArchiefprocedure = z.output<typeof BrondatumArchiefprocedure>;

export const ResultaattypeInvoer = z.object({
  zaaktype: url(),
  omschrijving: tekst(30).min(1),
  resultaattypeomschrijving: url(),
  selectielijstklasse: url(),
  toelichting: optioneleTekst(),
  archiefnominatie: z.enum(["blijvend_bewaren", "vernietigen", ""]).optional(),
  archiefactietermijn: duur.nullable().optional(),
  brondatumArchiefprocedure: BrondatumArchiefprocedure.nullable().optional().default(null),
  procesobjectaard: nullable(tekst(200)),
  indicatieSpecifiek: nullable(z.boolean()),
  procestermijn: nullable(duur),
  /** Omschrijvingen of besluittypen in the catalogus (1.3). */
  besluittypen: z.array(z.string().min(1)).optional().default([]),
  informatieobjecttypen: z.array(url()).optional().default([]),
  ...OnderdeelGeldigheid,
});

export const EigenschapInvoer = z.object({
  naam: tekst(20).min(1),
  definitie: tekst(255).min(1),
  specificatie: z.object({
    groep: optioneleTekst(32),
    formaat: z.enum(["tekst", "getal", "datum", "datum_tijd"]),
    lengte: tekst(14).min(1),
    kardinaliteit: tekst(3).min(1),
    waardenverzameling: z.array(tekst(100)).optional().default([]),
  }),
  toelichting: optioneleTekst(1000),
  zaaktype: url(),
  statustype: nullable(url()),
  ...OnderdeelGeldigheid,
});

export const ZaakobjecttypeInvoer = z.object({
  anderObjecttype: z.boolean(),
  beginGeldigheid: datum,
  eindeGeldigheid: nullable(datum),
  beginObject: nullable(datum),
  eindeObject: nullable(datum),
  objecttype: url(200),
  relatieOmschrijving: tekst(80).min(1),
  zaaktype: url(),
  catalogus: url(),
});

export const ZiotInvoer = z.object({
  zaaktype: url(),
  /** The omschrijving of an informatieobjecttype in the zaaktype's catalogus (ztc-011c). */
  informatieobjecttype: tekst(100).min(1),
  volgnummer: z.number().int().min(1).max(999),
  richting: z.enum(["inkomend", "intern", "uitgaand"]),
  statustype: nullable(url()),
});
