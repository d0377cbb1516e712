import { randomUUID } from "node:crypto";
import type { Database, Transaction } from "@/lib/db";
import {
  BesluittypeInvoer,
  CatalogusInvoer,
  InformatieobjecttypeInvoer,
  ResultaattypeInvoer,
  RoltypeInvoer,
  StatustypeInvoer,
  ZaaktypeInvoer,
  ZiotInvoer,
} from "@/lib/zgw/catalogi/invoer";
import { ztcCatalogus, ztcOnderdeel, ztcType } from "@/lib/zgw/catalogi/schema";

/**
 * The catalogus of Open Zaak's performance data set: one published catalogus with (default)
 * 100 zaaktypen, each with 4 statustypen (the last is the end status), 3 roltypen, 2
 * resultaattypen and the catalogus's informatieobjecttypen; one besluittype per 10 zaaktypen.
 * Written like the demo catalogus (lib/zgw/catalogi/seed.ts): input shapes checked with the
 * API's own schemas, rows as the Catalogi API stores them.
 */

const ROOT = "https://seed.invalid/catalogi/api/v1";
const BEGIN = "2020-01-01";
const REFERENTIELIJSTEN = "https://referentielijsten-api.vng.cloud/api/v1/resultaattypeomschrijvingen";
const SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1/resultaten";
export const PRESTATIE_DOMEIN = "PERF";
export const PRESTATIE_RSIN = "002220647";
const IOT_AANTAL = 5;

export interface PrestatieZaaktype {
  uuid: string;
  identificatie: string;
  omschrijving: string;
  vertrouwelijkheidaanduiding: string;
  statustypen: string[];
  roltypen: { uuid: string; omschrijving: string; generiek: string }[];
  resultaattypen: string[];
  besluittype: string;
}

export interface PrestatieCatalogus {
  catalogusUuid: string;
  zaaktypen: PrestatieZaaktype[];
  informatieobjecttypen: { uuid: string; vertrouwelijkheidaanduiding: string }[];
  besluittypen: string[];
}

const ONDERWERPEN = [
  "Omgevingsvergunning",
  "Evenementenvergunning",
  "Bijzondere bijstand",
  "Parkeervergunning",
  "Melding openbare ruimte",
  "Bezwaarschrift",
  "Subsidieaanvraag",
  "Wmo-voorziening",
  "Kapvergunning",
  "Horecavergunning",
];

const STATUSTYPEN = ["Ontvangen", "In behandeling", "Besluit genomen", "Afgerond"] as const;
const ROLTYPEN = [
  ["Aanvrager", "initiator"],
  ["Behandelaar", "behandelaar"],
  ["Belanghebbende", "belanghebbende"],
] as const;
const RESULTATEN = [
  ["Toegekend", "toegekend"],
  ["Afgewezen", "afgewezen"],
] as const;

/** Creates the catalogus in `tx`; returns the uuids the data set generator refers to. */
export async function maakPrestatieCatalogus(tx: Database | Transaction, aantalZaaktypen = 100): Promise<PrestatieCatalogus> {
  const catalogusUuid = randomUUID();
  const { domein, rsin, ...catalogusGegevens } = CatalogusInvoer.parse({
    domein: PRESTATIE_DOMEIN,
    rsin: PRESTATIE_RSIN,
    naam: "Prestatietest-catalogus",
    contactpersoonBeheerNaam: "Functioneel beheer",
    versie: "1",
    begindatumVersie: BEGIN,
  });
  await tx.insert(ztcCatalogus).values({ uuid: catalogusUuid, domein, rsin, gegevens: catalogusGegevens });
  const catalogus = `${ROOT}/catalogussen/${catalogusUuid}`;

  const typen: (typeof ztcType.$inferInsert)[] = [];
  const onderdelen: (typeof ztcOnderdeel.$inferInsert)[] = [];
  const hoofdtype = (soort: "zaaktype" | "informatieobjecttype" | "besluittype", sleutel: string, gegevens: Record<string, unknown>) => {
    const uuid = randomUUID();
    typen.push({ uuid, soort, catalogusUuid, sleutel, omschrijving: String(gegevens.omschrijving), concept: false, beginGeldigheid: BEGIN, eindeGeldigheid: null, gegevens });
    return uuid;
  };
  const onderdeel = (soort: (typeof ztcOnderdeel.$inferInsert)["soort"], zaaktypeUuid: string, gegevens: Record<string, unknown>) => {
    const uuid = randomUUID();
    onderdelen.push({ uuid, soort, zaaktypeUuid, gegevens });
    return uuid;
  };

  const informatieobjecttypen: PrestatieCatalogus["informatieobjecttypen"] = [];
  const iotNamen: string[] = [];
  for (let i = 0; i < IOT_AANTAL; i++) {
    const omschrijving = `Document ${i + 1}`;
    const vertrouwelijkheidaanduiding = i === 0 ? "openbaar" : "zaakvertrouwelijk";
    const g = InformatieobjecttypeInvoer.parse({ catalogus, omschrijving, vertrouwelijkheidaanduiding, beginGeldigheid: BEGIN, informatieobjectcategorie: "Document" });
    informatieobjecttypen.push({ uuid: hoofdtype("informatieobjecttype", omschrijving, g), vertrouwelijkheidaanduiding });
    iotNamen.push(omschrijving);
  }

  const besluittypen: string[] = [];
  const besluitNamen: string[] = [];
  const aantalBesluittypen = Math.max(1, Math.ceil(aantalZaaktypen / 10));
  for (let i = 0; i < aantalBesluittypen; i++) {
    const omschrijving = `Besluit ${i + 1}`;
    const g = BesluittypeInvoer.parse({ catalogus, omschrijving, publicatieIndicatie: false, reactietermijn: "P6W", informatieobjecttypen: [iotNamen[0]], beginGeldigheid: BEGIN });
    besluittypen.push(hoofdtype("besluittype", omschrijving, g));
    besluitNamen.push(omschrijving);
  }

  const zaaktypen: PrestatieZaaktype[] = [];
  for (let i = 0; i < aantalZaaktypen; i++) {
    const nr = String(i + 1).padStart(3, "0");
    const identificatie = `PERF-ZT-${nr}`;
    const onderwerp = ONDERWERPEN[i % ONDERWERPEN.length]!;
    const omschrijving = `${onderwerp} ${nr}`;
    const vertrouwelijkheidaanduiding = i % 3 === 0 ? "openbaar" : "zaakvertrouwelijk";
    const besluittypeIndex = Math.floor(i / 10) % aantalBesluittypen;
    const zt = ZaaktypeInvoer.parse({
      identificatie,
      omschrijving,
      vertrouwelijkheidaanduiding,
      doel: `Behandelen van een ${onderwerp.toLowerCase()}.`,
      aanleiding: `Een inwoner of bedrijf vraagt een ${onderwerp.toLowerCase()} aan.`,
      indicatieInternOfExtern: "extern",
      handelingInitiator: "aanvragen",
      onderwerp,
      handelingBehandelaar: "behandelen",
      doorlooptijd: "P8W",
      opschortingEnAanhoudingMogelijk: true,
      verlengingMogelijk: true,
      verlengingstermijn: "P6W",
      publicatieIndicatie: false,
      productenOfDiensten: [`https://producten.gemeente.example/${identificatie.toLowerCase()}`],
      referentieproces: { naam: onderwerp },
      verantwoordelijke: "Team prestatietest",
      catalogus,
      besluittypen: [besluitNamen[besluittypeIndex]],
      gerelateerdeZaaktypen: [],
      beginGeldigheid: BEGIN,
      versiedatum: BEGIN,
    });
    const uuid = hoofdtype("zaaktype", identificatie, zt);
    const zaaktype = `${ROOT}/zaaktypen/${uuid}`;
    const statustypen = STATUSTYPEN.map((naam, j) =>
      onderdeel("statustype", uuid, {
        ...StatustypeInvoer.parse({ omschrijving: naam, statustekst: naam, zaaktype, volgnummer: j + 1, informeren: false }),
        beginGeldigheid: BEGIN,
      }),
    );
    const roltypen = ROLTYPEN.map(([naam, generiek]) => ({
      uuid: onderdeel("roltype", uuid, { ...RoltypeInvoer.parse({ zaaktype, omschrijving: naam, omschrijvingGeneriek: generiek }), beginGeldigheid: BEGIN }),
      omschrijving: naam,
      generiek,
    }));
    const resultaattypen = RESULTATEN.map(([naam, generiek], j) =>
      onderdeel("resultaattype", uuid, {
        ...ResultaattypeInvoer.parse({
          zaaktype,
          omschrijving: naam,
          resultaattypeomschrijving: `${REFERENTIELIJSTEN}/${generiek}`,
          selectielijstklasse: `${SELECTIELIJST}/perf-${j + 1}`,
          archiefnominatie: "vernietigen",
          archiefactietermijn: "P10Y",
          brondatumArchiefprocedure: { afleidingswijze: "afgehandeld" },
          besluittypen: j === 0 ? [besluitNamen[besluittypeIndex]] : [],
        }),
        omschrijvingGeneriek: naam,
        informatieobjecttypen: [],
        beginGeldigheid: BEGIN,
      }),
    );
    for (const [j, iot] of iotNamen.entries()) {
      onderdeel("zaaktype-informatieobjecttype", uuid, {
        ...ZiotInvoer.parse({ zaaktype, informatieobjecttype: iot, volgnummer: j + 1, richting: j === 0 ? "inkomend" : "uitgaand" }),
        statustype: null,
      });
    }
    zaaktypen.push({ uuid, identificatie, omschrijving, vertrouwelijkheidaanduiding, statustypen, roltypen, resultaattypen, besluittype: besluittypen[besluittypeIndex]! });
  }

  for (let i = 0; i < typen.length; i += 500) await tx.insert(ztcType).values(typen.slice(i, i + 500));
  for (let i = 0; i < onderdelen.length; i += 500) await tx.insert(ztcOnderdeel).values(onderdelen.slice(i, i + 500));
  return { catalogusUuid, zaaktypen, informatieobjecttypen, besluittypen };
}
