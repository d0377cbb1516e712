import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Transaction } from "@/lib/db";
import type { SeedStap } from "@/lib/db/seed";
import { DEMO_DOMEINEN } from "@/lib/demo/domeinen";
import {
  BesluittypeInvoer,
  CatalogusInvoer,
  EigenschapInvoer,
  InformatieobjecttypeInvoer,
  ResultaattypeInvoer,
  RoltypeInvoer,
  StatustypeInvoer,
  ZaaktypeInvoer,
  ZiotInvoer,
} from "./invoer";
import { resourceUrl, type OnderdeelSoort } from "./opslag";
import { ztcCatalogus, ztcOnderdeel, ztcType } from "./schema";

/**
 * The demo catalogus: one published catalogus whose zaaktypen are the zaaktype omschrijvingen
 * of the demo domains (lib/demo/domeinen.ts), each with statustypen (the last one is the end
 * status), resultaattypen, roltypen, informatieobjecttypen, an eigenschap and a besluittype.
 *
 * Written straight to the tables (input shapes checked with the API's own schemas), so the
 * seed never calls the external Selectielijst/Referentielijsten even when they are
 * configured; the Selectielijst/Referentielijsten URLs below are illustrative.
 */

/** Only used to satisfy the input schemas' URL fields; the rows store no URLs. */
const ROOT = "https://seed.invalid/catalogi/api/v1";
const BEGIN = "2024-01-01";
const REFERENTIELIJSTEN = "https://referentielijsten-api.vng.cloud/api/v1/resultaattypeomschrijvingen";
const SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1/resultaten";

export const DEMO_CATALOGUS = { domein: "DEMO", rsin: "002220647", naam: "Demo-catalogus" } as const;

const INFORMATIEOBJECTTYPEN = ["Aanvraag", "Correspondentie", "Besluit", "Bijlage"] as const;

interface DomeinInrichting {
  besluittype: string;
  resultaten: [omschrijving: string, generiek: string, nominatie: "vernietigen" | "blijvend_bewaren"][];
  eigenschap: { naam: string; definitie: string; formaat: "tekst" | "getal" | "datum"; lengte: string };
  vertrouwelijkheid: "openbaar" | "zaakvertrouwelijk";
}

const PER_DOMEIN: Record<string, DomeinInrichting> = {
  vergunningen: {
    besluittype: "Vergunningsbesluit",
    resultaten: [
      ["Verleend", "Toegekend", "vernietigen"],
      ["Geweigerd", "Afgewezen", "vernietigen"],
      ["Ingetrokken", "Ingetrokken", "vernietigen"],
    ],
    eigenschap: { naam: "Locatie", definitie: "Adres of omschrijving van de locatie", formaat: "tekst", lengte: "200" },
    vertrouwelijkheid: "openbaar",
  },
  sociaal: {
    besluittype: "Toekenningsbesluit",
    resultaten: [
      ["Toegekend", "Toegekend", "vernietigen"],
      ["Afgewezen", "Afgewezen", "vernietigen"],
    ],
    eigenschap: { naam: "Aangevraagd bedrag", definitie: "Het bedrag dat de aanvrager vraagt", formaat: "getal", lengte: "10" },
    vertrouwelijkheid: "zaakvertrouwelijk",
  },
};

const STATUSTYPEN = [
  ["Ontvangen", "Je aanvraag is ontvangen."],
  ["In behandeling", "Je aanvraag wordt behandeld."],
  ["Besluit genomen", "Er is een besluit genomen."],
  ["Afgerond", "Je zaak is afgerond."],
] as const;

const ROLTYPEN = [
  ["Aanvrager", "initiator"],
  ["Behandelaar", "behandelaar"],
  ["Belanghebbende", "belanghebbende"],
  ["Adviseur", "adviseur"],
  ["Zaakcoördinator", "zaakcoordinator"],
] as const;

/** `Omgevingsvergunning` -> `DEMO-OMGEVINGSVERGUNNING`. */
export function demoIdentificatie(omschrijving: string): string {
  return `DEMO-${omschrijving
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`.slice(0, 50);
}

function check<S extends z.ZodType>(schema: S, waarde: unknown): z.output<S> {
  return schema.parse(waarde);
}

async function voegOnderdeelToe(tx: Transaction, soort: OnderdeelSoort, zaaktypeUuid: string, gegevens: Record<string, unknown>): Promise<string> {
  const uuid = randomUUID();
  await tx.insert(ztcOnderdeel).values({ uuid, soort, zaaktypeUuid, gegevens });
  return uuid;
}

async function voegHoofdtypeToe(
  tx: Transaction,
  catalogusUuid: string,
  soort: "zaaktype" | "informatieobjecttype" | "besluittype",
  sleutel: string,
  gegevens: Record<string, unknown>,
): Promise<string> {
  const uuid = randomUUID();
  await tx.insert(ztcType).values({
    uuid,
    soort,
    catalogusUuid,
    sleutel,
    omschrijving: String(gegevens.omschrijving),
    concept: false,
    beginGeldigheid: BEGIN,
    eindeGeldigheid: null,
    gegevens,
  });
  return uuid;
}

/** One published demo zaaktype of `domein` with its status-, rol- and resultaattypen, eigenschap and documenttypen. */
async function maakDemoZaaktype(tx: Transaction, catalogusUuid: string, domein: { code: string; naam: string }, omschrijving: string): Promise<void> {
  const inrichting = PER_DOMEIN[domein.code];
  if (!inrichting) throw new Error(`Geen demo-inrichting voor domein ${domein.code}`);
  const catalogus = resourceUrl(ROOT, "catalogus", catalogusUuid);
  const identificatie = demoIdentificatie(omschrijving);
  const zt = check(ZaaktypeInvoer, {
    identificatie,
    omschrijving,
    vertrouwelijkheidaanduiding: inrichting.vertrouwelijkheid,
    doel: `Behandelen van een ${omschrijving.toLowerCase()}.`,
    aanleiding: `Een inwoner of bedrijf vraagt een ${omschrijving.toLowerCase()} aan.`,
    indicatieInternOfExtern: "extern",
    handelingInitiator: "aanvragen",
    onderwerp: omschrijving,
    handelingBehandelaar: "behandelen",
    doorlooptijd: "P8W",
    opschortingEnAanhoudingMogelijk: true,
    verlengingMogelijk: true,
    verlengingstermijn: "P6W",
    trefwoorden: [domein.code],
    publicatieIndicatie: false,
    productenOfDiensten: [`https://producten.gemeente.example/${identificatie.toLowerCase()}`],
    referentieproces: { naam: omschrijving },
    verantwoordelijke: `Team ${domein.naam}`,
    catalogus,
    besluittypen: [inrichting.besluittype],
    gerelateerdeZaaktypen: [],
    beginGeldigheid: BEGIN,
    versiedatum: BEGIN,
  });
  const zaaktypeUuid = await voegHoofdtypeToe(tx, catalogusUuid, "zaaktype", identificatie, zt);
  const zaaktype = resourceUrl(ROOT, "zaaktype", zaaktypeUuid);

  for (const [i, [naam, tekst]] of STATUSTYPEN.entries()) {
    const g = check(StatustypeInvoer, { omschrijving: naam, statustekst: tekst, zaaktype, volgnummer: i + 1, informeren: i === STATUSTYPEN.length - 1 });
    await voegOnderdeelToe(tx, "statustype", zaaktypeUuid, { ...g, beginGeldigheid: BEGIN });
  }
  for (const [naam, generiek] of ROLTYPEN) {
    const g = check(RoltypeInvoer, { zaaktype, omschrijving: naam, omschrijvingGeneriek: generiek });
    await voegOnderdeelToe(tx, "roltype", zaaktypeUuid, { ...g, beginGeldigheid: BEGIN });
  }
  for (const [i, [naam, generiek, nominatie]] of inrichting.resultaten.entries()) {
    const g = check(ResultaattypeInvoer, {
      zaaktype,
      omschrijving: naam,
      resultaattypeomschrijving: `${REFERENTIELIJSTEN}/${generiek.toLowerCase()}`,
      selectielijstklasse: `${SELECTIELIJST}/${domein.code}-${i + 1}`,
      archiefnominatie: nominatie,
      archiefactietermijn: "P10Y",
      brondatumArchiefprocedure: { afleidingswijze: "afgehandeld" },
      besluittypen: i === 0 ? [inrichting.besluittype] : [],
    });
    await voegOnderdeelToe(tx, "resultaattype", zaaktypeUuid, { ...g, omschrijvingGeneriek: generiek, informatieobjecttypen: [], beginGeldigheid: BEGIN });
  }
  const e = check(EigenschapInvoer, {
    naam: inrichting.eigenschap.naam,
    definitie: inrichting.eigenschap.definitie,
    specificatie: { formaat: inrichting.eigenschap.formaat, lengte: inrichting.eigenschap.lengte, kardinaliteit: "1" },
    zaaktype,
  });
  await voegOnderdeelToe(tx, "eigenschap", zaaktypeUuid, { ...e, statustype: null, beginGeldigheid: BEGIN });
  const koppelingen = [
    ["Aanvraag", "inkomend"],
    ["Bijlage", "inkomend"],
    ["Correspondentie", "uitgaand"],
    ["Besluit", "uitgaand"],
  ] as const;
  for (const [i, [iot, richting]] of koppelingen.entries()) {
    const g = check(ZiotInvoer, { zaaktype, informatieobjecttype: iot, volgnummer: i + 1, richting });
    await voegOnderdeelToe(tx, "zaaktype-informatieobjecttype", zaaktypeUuid, { ...g, statustype: null });
  }
}

/**
 * Adds one more published zaaktype of a demo domain to the existing demo catalogus (a later
 * seed step: e.g. the zaaktype without zaakafhandelparameters of the beheer demo).
 */
export async function voegDemoZaaktypeToe(tx: Transaction, domein: { code: string; naam: string }, omschrijving: string): Promise<void> {
  const [cat] = await tx.select({ uuid: ztcCatalogus.uuid }).from(ztcCatalogus).where(eq(ztcCatalogus.domein, DEMO_CATALOGUS.domein)).limit(1);
  if (!cat) throw new Error("De democatalogus ontbreekt (seedstap zgw-demo-catalogus).");
  await maakDemoZaaktype(tx, cat.uuid, domein, omschrijving);
}

export async function maakDemoCatalogus(tx: Transaction): Promise<void> {
  const catalogusUuid = randomUUID();
  const { domein, rsin, ...catalogusGegevens } = check(CatalogusInvoer, {
    ...DEMO_CATALOGUS,
    contactpersoonBeheerNaam: "Functioneel beheer",
    contactpersoonBeheerEmailadres: "beheer@gemeente.example",
    versie: "1",
    begindatumVersie: BEGIN,
  });
  await tx.insert(ztcCatalogus).values({ uuid: catalogusUuid, domein, rsin, gegevens: catalogusGegevens });
  const catalogus = resourceUrl(ROOT, "catalogus", catalogusUuid);

  const hoofdtype = (soort: "zaaktype" | "informatieobjecttype" | "besluittype", sleutel: string, gegevens: Record<string, unknown>) =>
    voegHoofdtypeToe(tx, catalogusUuid, soort, sleutel, gegevens);

  for (const omschrijving of INFORMATIEOBJECTTYPEN) {
    const g = check(InformatieobjecttypeInvoer, {
      catalogus,
      omschrijving,
      vertrouwelijkheidaanduiding: omschrijving === "Besluit" ? "openbaar" : "zaakvertrouwelijk",
      beginGeldigheid: BEGIN,
      informatieobjectcategorie: omschrijving,
    });
    await hoofdtype("informatieobjecttype", omschrijving, g);
  }

  for (const domein of DEMO_DOMEINEN) {
    const inrichting = PER_DOMEIN[domein.code];
    if (!inrichting) throw new Error(`Geen demo-inrichting voor domein ${domein.code}`);
    const bt = check(BesluittypeInvoer, {
      catalogus,
      omschrijving: inrichting.besluittype,
      publicatieIndicatie: false,
      reactietermijn: "P6W",
      informatieobjecttypen: ["Besluit"],
      beginGeldigheid: BEGIN,
    });
    await hoofdtype("besluittype", inrichting.besluittype, bt);

    for (const omschrijving of domein.zaaktypen) await maakDemoZaaktype(tx, catalogusUuid, domein, omschrijving);
  }
}

export const catalogiDemoSeedStap: SeedStap = {
  naam: "zgw-demo-catalogus",
  omschrijving: "ZGW-democatalogus (gepubliceerde zaaktypen van de demodomeinen met status-, resultaat- en roltypen)",
  uitvoeren: maakDemoCatalogus,
};
