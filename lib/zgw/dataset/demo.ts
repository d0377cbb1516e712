import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/lib/db";
import { DEMO_DOMEINEN } from "@/lib/demo/domeinen";
import { besluitAanmaken, bioAanmaken } from "@/lib/zgw/besluiten";
import { COLLECTIE } from "@/lib/zgw/catalogi";
import { DEMO_CATALOGUS, demoIdentificatie } from "@/lib/zgw/catalogi/seed";
import { ztcCatalogus, ztcOnderdeel, ztcType } from "@/lib/zgw/catalogi/schema";
import { documentAanmaken, documentLock, gebruiksrechtAanmaken } from "@/lib/zgw/documenten";
import { apiRoot } from "@/lib/zgw/route";
import { resultaatAanmaken, statusAanmaken, zaakAanmaken, zaakWijzigen } from "@/lib/zgw/zaken/api";
import { metZaakParam, rolAanmaken, zaakeigenschapAanmaken, zioAanmaken } from "@/lib/zgw/zaken/relaties";
import { seedAanroeper, type Gebruiker, type SeedAanroeper } from "./aanroeper";
import { maakBsn, Prng } from "./prng";

/**
 * Demo zaken for the demo catalogus (lib/zgw/catalogi/seed.ts): 216 zaken, 36 per zaaktype,
 * in every state the policies distinguish (intake, in behandeling, opgeschort, verlengd,
 * afgehandeld, heropend), with rollen, statussen, documenten, besluiten and eigenschappen,
 * all written through the ZGW APIs' own handlers (seedAanroeper), so rules, derived fields
 * and the audit trail are exactly what the API produces. Deterministic: a seeded PRNG picks
 * every choice and dates are offsets from the day of seeding.
 *
 * How the states are expressed in ZGW data (as the policy input derives them):
 * - intake: only the first status (volgnummer 1, "Ontvangen");
 * - in behandeling: a later, non-end status;
 * - opgeschort: `opschorting.indicatie` true;  verlengd: `verlenging` set (and later dates);
 * - afgehandeld: resultaat + end status (einddatum set);
 * - heropend: afgehandeld, then a non-end status again (einddatum cleared).
 */

export const DEMO_ZAKEN_PER_ZAAKTYPE = 36;
export const DEMO_STATEN = ["intake", "in_behandeling", "opgeschort", "verlengd", "afgehandeld", "heropend"] as const;
export type DemoStaat = (typeof DEMO_STATEN)[number];
/** The state of the n-th zaak of a zaaktype: 20% intake, 30% in behandeling, 10% each opgeschort/verlengd/heropend, 20% afgehandeld. */
const STAAT_PATROON: DemoStaat[] = ["intake", "in_behandeling", "afgehandeld", "in_behandeling", "opgeschort", "intake", "verlengd", "in_behandeling", "afgehandeld", "heropend"];

export function demoStaat(indexBinnenZaaktype: number): DemoStaat {
  return STAAT_PATROON[indexBinnenZaaktype % STAAT_PATROON.length]!;
}

const RSIN = DEMO_CATALOGUS.rsin;
const ZAAK_HEADERS = { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" };

/** The demo users who handle zaken (lib/auth/realm/zaakafhandelcomponent-realm.json). */
export const DEMO_BEHANDELAARS: Record<string, { id: string; voorletters: string; achternaam: string; weergave: string }[]> = {
  vergunningen: [
    { id: "behandelaar1", voorletters: "B.", achternaam: "Behandelaar", weergave: "Bas Behandelaar" },
    { id: "domeinbehandelaar1", voorletters: "D.", achternaam: "Domeinbehandelaar", weergave: "Dewi Domeinbehandelaar" },
  ],
  sociaal: [{ id: "behandelaar2", voorletters: "B.", achternaam: "Behandelaar", weergave: "Bente Behandelaar" }],
};

const OMSCHRIJVINGEN: Record<string, string[]> = {
  Omgevingsvergunning: [
    "Aanbouw aan de achterzijde van de woning",
    "Plaatsen van een dakkapel aan de voorzijde",
    "Kappen van een eik in de achtertuin",
    "Verbouwing winkelpand tot twee appartementen",
    "Zonnepanelen op een gemeentelijk monument",
    "Uitbreiding van een bedrijfshal",
    "Nieuwbouw vrijstaande woning",
    "Wijzigen van de gevel en kozijnen",
  ],
  Evenementenvergunning: [
    "Koningsdagmarkt op het Marktplein",
    "Buurtfeest in de Lindelaan",
    "Hardloopwedstrijd door het centrum",
    "Zomerconcert in het stadspark",
    "Najaarskermis",
    "Intocht van Sinterklaas",
    "Braderie in de binnenstad",
  ],
  "Melding klein kansspel": [
    "Loterij van de voetbalvereniging",
    "Bingoavond in het buurthuis",
    "Verloting op het schoolfeest",
    "Rad van fortuin op de kerstmarkt",
  ],
  "Bijzondere bijstand": [
    "Vervanging van een kapotte wasmachine",
    "Kosten van beschermingsbewind",
    "Tandartskosten",
    "Inrichtingskosten na verhuizing",
    "Reiskosten voor ziekenhuisbezoek",
  ],
  "Wmo-maatwerkvoorziening": ["Traplift", "Huishoudelijke ondersteuning", "Scootmobiel", "Aanpassing van de badkamer", "Individuele begeleiding"],
  Schuldhulpverlening: [
    "Aanvraag schuldhulpverlening",
    "Budgetbeheer",
    "Minnelijke schuldregeling",
    "Crisisinterventie bij dreigende huisuitzetting",
  ],
};

const VOORNAMEN = ["Jan", "Maria", "Pieter", "Fatima", "Sanne", "Mohamed", "Anouk", "Daan", "Emma", "Lucas", "Noor", "Sem", "Julia", "Bram", "Yara", "Thijs"];
const ACHTERNAMEN = [
  ["", "Jansen"],
  ["de", "Vries"],
  ["van den", "Berg"],
  ["", "Bakker"],
  ["", "Visser"],
  ["", "Smit"],
  ["", "Meijer"],
  ["de", "Boer"],
  ["", "Mulder"],
  ["de", "Groot"],
  ["", "Bos"],
  ["", "Yilmaz"],
  ["", "El Amrani"],
  ["van", "Dijk"],
] as const;
const ORGANISATIES = [
  "Bouwbedrijf Jansen B.V.",
  "Stichting Buurthuis De Linde",
  "Voetbalvereniging SV Oranje",
  "Evenementenbureau Zomerpret B.V.",
  "Horecabedrijf Het Plein V.O.F.",
  "Woningcorporatie Thuis",
  "Stichting Muziek in het Park",
];
const STRATEN = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Lindelaan", "Stationsweg", "Marktplein", "Beukenlaan", "Julianastraat"];
const PLAATSEN: [naam: string, lon: number, lat: number][] = [
  ["Utrecht", 5.1214, 52.0907],
  ["Amersfoort", 5.3878, 52.1561],
  ["Zeist", 5.2332, 52.0907],
  ["Houten", 5.1686, 52.0284],
  ["Nieuwegein", 5.0838, 52.0292],
];

interface Zaaktype {
  omschrijving: string;
  domein: string;
  url: string;
  statustypen: string[]; // by volgnummer
  roltypen: Record<string, string>; // omschrijvingGeneriek -> url
  resultaattypen: string[];
  eigenschap: { url: string; naam: string };
  besluittype: string;
}

interface Catalogus {
  zaaktypen: Zaaktype[];
  informatieobjecttypen: Record<string, string>; // omschrijving -> url
}

async function laadDemoCatalogus(tx: Transaction): Promise<Catalogus> {
  const root = apiRoot("catalogi");
  const [cat] = await tx.select().from(ztcCatalogus).where(eq(ztcCatalogus.domein, DEMO_CATALOGUS.domein)).limit(1);
  if (!cat) throw new Error("De democatalogus ontbreekt (seedstap zgw-demo-catalogus).");
  const typen = await tx.select().from(ztcType).where(eq(ztcType.catalogusUuid, cat.uuid));
  const iot = Object.fromEntries(typen.filter((t) => t.soort === "informatieobjecttype").map((t) => [t.omschrijving, `${root}/${COLLECTIE.informatieobjecttype}/${t.uuid}`]));
  const besluittypen = new Map(typen.filter((t) => t.soort === "besluittype").map((t) => [t.omschrijving, `${root}/${COLLECTIE.besluittype}/${t.uuid}`]));
  const zaaktypeRijen = typen.filter((t) => t.soort === "zaaktype");
  const onderdelen = await tx
    .select()
    .from(ztcOnderdeel)
    .where(and(inArray(ztcOnderdeel.zaaktypeUuid, zaaktypeRijen.map((z) => z.uuid)), inArray(ztcOnderdeel.soort, ["statustype", "roltype", "resultaattype", "eigenschap"])));
  const zaaktypen: Zaaktype[] = [];
  for (const domein of DEMO_DOMEINEN) {
    for (const omschrijving of domein.zaaktypen) {
      const zt = zaaktypeRijen.find((t) => t.sleutel === demoIdentificatie(omschrijving));
      if (!zt) throw new Error(`Demozaaktype ${omschrijving} ontbreekt.`);
      const van = (soort: string) => onderdelen.filter((o) => o.zaaktypeUuid === zt.uuid && o.soort === soort);
      const url = (soort: keyof typeof COLLECTIE, uuid: string) => `${root}/${COLLECTIE[soort]}/${uuid}`;
      const statustypen = van("statustype")
        .sort((a, b) => Number(a.gegevens.volgnummer) - Number(b.gegevens.volgnummer))
        .map((o) => url("statustype", o.uuid));
      const roltypen = Object.fromEntries(van("roltype").map((o) => [String(o.gegevens.omschrijvingGeneriek), url("roltype", o.uuid)]));
      const resultaattypen = van("resultaattype")
        .sort((a, b) => String(a.gegevens.omschrijving).localeCompare(String(b.gegevens.omschrijving)))
        .map((o) => url("resultaattype", o.uuid));
      const eig = van("eigenschap")[0];
      const besluitNaam = (zt.gegevens.besluittypen as string[] | undefined)?.[0];
      const besluittype = besluitNaam ? besluittypen.get(besluitNaam) : undefined;
      if (statustypen.length < 4 || !eig || !besluittype || resultaattypen.length === 0) throw new Error(`Demozaaktype ${omschrijving} is onvolledig ingericht.`);
      zaaktypen.push({ omschrijving, domein: domein.code, url: `${root}/${COLLECTIE.zaaktype}/${zt.uuid}`, statustypen, roltypen, resultaattypen, eigenschap: { url: url("eigenschap", eig.uuid), naam: String(eig.gegevens.naam) }, besluittype });
    }
  }
  return { zaaktypen, informatieobjecttypen: iot };
}

const DAG = 24 * 60 * 60 * 1000;

function datum(t: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(t);
}

function plusDagen(d: string, dagen: number): string {
  const t = new Date(`${d}T12:00:00Z`);
  return new Date(t.getTime() + dagen * DAG).toISOString().slice(0, 10);
}

function base64(tekst: string): string {
  return Buffer.from(tekst, "utf8").toString("base64");
}

interface Context {
  api: SeedAanroeper;
  prng: Prng;
  nu: number;
  catalogus: Catalogus;
}

/** A point in time `dagenGeleden` days before now at a working hour, never in the future. */
function moment(ctx: Context, dagenGeleden: number, uur: number): Date {
  const dag = new Date(ctx.nu - dagenGeleden * DAG);
  const t = new Date(`${datum(dag)}T${String(uur).padStart(2, "0")}:${String(ctx.prng.geheel(0, 59)).padStart(2, "0")}:00+01:00`);
  return t.getTime() > ctx.nu - 60_000 ? new Date(ctx.nu - 60 * 60 * 1000) : t;
}

async function maakDocument(
  ctx: Context,
  zaak: Record<string, unknown>,
  opties: { type: string; titel: string; status: "in_bewerking" | "definitief"; gemaakt: Date; ondertekend?: boolean; vertrouwelijk: string; auteur: string },
): Promise<string> {
  const { api } = ctx;
  const bestandsnaam = `${opties.titel.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}.txt`;
  const doc = await api.roep("documenten", "enkelvoudiginformatieobject_create", documentAanmaken, "POST", "/enkelvoudiginformatieobjecten", {
    body: {
      bronorganisatie: RSIN,
      creatiedatum: datum(opties.gemaakt),
      titel: opties.titel,
      vertrouwelijkheidaanduiding: opties.vertrouwelijk,
      auteur: opties.auteur,
      status: opties.status,
      formaat: "text/plain",
      taal: "dut",
      bestandsnaam,
      inhoud: base64(`${opties.titel}\n\nZaak ${String(zaak.identificatie)}: ${String(zaak.omschrijving)}\n`),
      beschrijving: "",
      indicatieGebruiksrecht: false,
      informatieobjecttype: ctx.catalogus.informatieobjecttypen[opties.type],
      ...(opties.ondertekend ? { ondertekening: { soort: "digitaal", datum: datum(opties.gemaakt) } } : {}),
    },
  });
  await api.roep("zaken", "zaakinformatieobject_create", zioAanmaken, "POST", "/zaakinformatieobjecten", {
    body: { zaak: zaak.url, informatieobject: doc.url, titel: opties.titel },
  });
  return String(doc.url);
}

async function maakZaak(ctx: Context, zt: Zaaktype, index: number, staat: DemoStaat): Promise<void> {
  const { api, prng } = ctx;
  const behandelaar = prng.kies(DEMO_BEHANDELAARS[zt.domein]!);
  const gebruiker: Gebruiker = { id: behandelaar.id, weergave: behandelaar.weergave };
  api.alsGebruiker(gebruiker);

  // How long ago the zaak started, per state; streefdatum 6 weeks, fatale datum 8 weeks
  // (the zaaktype's doorlooptijd), so older open zaken are overdue and some are near it.
  const start = {
    intake: prng.geheel(0, 12),
    in_behandeling: prng.geheel(5, 75),
    opgeschort: prng.geheel(20, 60),
    verlengd: prng.geheel(45, 90),
    afgehandeld: prng.geheel(60, 150),
    heropend: prng.geheel(70, 150),
  }[staat];
  const startdatum = datum(new Date(ctx.nu - start * DAG));
  const plaats = prng.kies(PLAATSEN);
  const straat = `${prng.kies(STRATEN)} ${prng.geheel(1, 180)}`;
  const omschrijving = prng.kies(OMSCHRIJVINGEN[zt.omschrijving] ?? [zt.omschrijving]);
  const metGeometrie = zt.domein === "vergunningen" && index % 3 === 0;
  const lon = plaats[1] + (prng.volgende() - 0.5) * 0.05;
  const lat = plaats[2] + (prng.volgende() - 0.5) * 0.03;
  const zaakgeometrie = !metGeometrie
    ? null
    : zt.omschrijving === "Evenementenvergunning"
      ? {
          type: "Polygon",
          coordinates: [
            [
              [lon, lat],
              [lon + 0.004, lat],
              [lon + 0.004, lat + 0.0025],
              [lon, lat + 0.0025],
              [lon, lat],
            ],
          ],
        }
      : { type: "Point", coordinates: [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6] };
  const vertrouwelijk = zt.domein === "sociaal" ? "zaakvertrouwelijk" : "openbaar";

  const zaak = await api.roep("zaken", "zaak_create", zaakAanmaken, "POST", "/zaken", {
    headers: ZAAK_HEADERS,
    body: {
      bronorganisatie: RSIN,
      verantwoordelijkeOrganisatie: RSIN,
      zaaktype: zt.url,
      omschrijving: omschrijving.slice(0, 80),
      toelichting: zt.domein === "vergunningen" ? `Locatie: ${straat}, ${plaats[0]}.` : `Aanvraag ontvangen via het digitale loket.`,
      registratiedatum: startdatum,
      startdatum,
      einddatumGepland: plusDagen(startdatum, 42),
      uiterlijkeEinddatumAfdoening: plusDagen(startdatum, 56),
      vertrouwelijkheidaanduiding: vertrouwelijk,
      communicatiekanaal: "",
      ...(zaakgeometrie ? { zaakgeometrie } : {}),
    },
  });
  const zaakUrl = String(zaak.url);
  const zaakUuid = String(zaak.uuid ?? zaakUrl.split("/").pop());

  // Initiator: a person (with BSN) or an organisation.
  const persoon = zt.domein === "sociaal" || prng.kans(0.6);
  if (persoon) {
    const [voorvoegsel, achternaam] = prng.kies(ACHTERNAMEN);
    const voornaam = prng.kies(VOORNAMEN);
    await api.roep("zaken", "rol_create", rolAanmaken, "POST", "/rollen", {
      body: {
        zaak: zaakUrl,
        betrokkeneType: "natuurlijk_persoon",
        roltype: zt.roltypen.initiator,
        roltoelichting: "Aanvrager",
        betrokkeneIdentificatie: {
          inpBsn: maakBsn(prng),
          geslachtsnaam: achternaam,
          voorvoegselGeslachtsnaam: voorvoegsel,
          voornamen: voornaam,
          voorletters: `${voornaam[0]}.`,
          geslachtsaanduiding: prng.kies(["m", "v", "o"]),
          verblijfsadres: {
            aoaIdentificatie: String(prng.geheel(1e15, 9e15)),
            wplWoonplaatsNaam: plaats[0],
            gorOpenbareRuimteNaam: straat.replace(/ \d+$/, ""),
            aoaPostcode: `${prng.geheel(1000, 9999)}${String.fromCharCode(65 + prng.geheel(0, 25))}${String.fromCharCode(65 + prng.geheel(0, 25))}`,
            aoaHuisnummer: Number(straat.split(" ").pop()),
          },
        },
      },
    });
  } else {
    await api.roep("zaken", "rol_create", rolAanmaken, "POST", "/rollen", {
      body: {
        zaak: zaakUrl,
        betrokkeneType: "niet_natuurlijk_persoon",
        roltype: zt.roltypen.initiator,
        roltoelichting: "Aanvrager",
        betrokkeneIdentificatie: { innNnpId: String(prng.geheel(10_000_000, 99_999_999)).padStart(9, "0"), statutaireNaam: prng.kies(ORGANISATIES) },
      },
    });
  }

  const eerste = moment(ctx, start, 9);
  await api.roep("zaken", "status_create", statusAanmaken, "POST", "/statussen", {
    body: { zaak: zaakUrl, statustype: zt.statustypen[0], datumStatusGezet: eerste.toISOString(), statustoelichting: "Aanvraag ontvangen" },
  });
  const waarde = zt.domein === "sociaal" ? String(prng.geheel(150, 4500)) : `${straat}, ${plaats[0]}`;
  await api.roep("zaken", "zaakeigenschap_create", metZaakParam(zaakeigenschapAanmaken, (p: { zaak_uuid: string }) => p), "POST", `/zaken/${zaakUuid}/zaakeigenschappen`, {
    params: { zaak_uuid: zaakUuid },
    body: { zaak: zaakUrl, eigenschap: zt.eigenschap.url, waarde },
  });
  await maakDocument(ctx, zaak, { type: "Aanvraag", titel: `Aanvraag ${omschrijving.toLowerCase()}`.slice(0, 200), status: "definitief", gemaakt: eerste, vertrouwelijk, auteur: "Digitaal loket" });

  // Half of the intake zaken have no behandelaar yet (the werkvoorraad).
  if (staat === "intake" && index % 2 === 0) return;
  await api.roep("zaken", "rol_create", rolAanmaken, "POST", "/rollen", {
    body: {
      zaak: zaakUrl,
      betrokkeneType: "medewerker",
      roltype: zt.roltypen.behandelaar,
      roltoelichting: "Behandelaar",
      betrokkeneIdentificatie: { identificatie: behandelaar.id, achternaam: behandelaar.achternaam, voorletters: behandelaar.voorletters },
    },
  });
  if (staat === "intake") return;

  const inBehandeling = Math.max(0, start - prng.geheel(1, 4));
  await api.roep("zaken", "status_create", statusAanmaken, "POST", "/statussen", {
    body: { zaak: zaakUrl, statustype: zt.statustypen[1], datumStatusGezet: moment(ctx, inBehandeling, 10).toISOString(), statustoelichting: "In behandeling genomen" },
  });
  if (index % 2 === 1) {
    const bijlage = await maakDocument(ctx, zaak, {
      type: "Bijlage",
      titel: zt.domein === "sociaal" ? "Bankafschriften laatste drie maanden" : "Bouwtekening en situatieschets",
      status: "in_bewerking",
      gemaakt: moment(ctx, inBehandeling, 11),
      vertrouwelijk,
      auteur: "Aanvrager",
    });
    // Some documents are being edited right now (checked out).
    if (index % 4 === 1 && (staat === "in_behandeling" || staat === "opgeschort")) {
      await api.roep("documenten", "enkelvoudiginformatieobject_lock", documentLock, "POST", `/enkelvoudiginformatieobjecten/${bijlage.split("/").pop()}/lock`, {
        params: { uuid: bijlage.split("/").pop()! },
      });
    }
  }

  if (staat === "opgeschort") {
    await api.roep("zaken", "zaak_partial_update", zaakWijzigen, "PATCH", `/zaken/${zaakUuid}`, {
      headers: ZAAK_HEADERS,
      params: { uuid: zaakUuid },
      body: { opschorting: { indicatie: true, reden: zt.domein === "sociaal" ? "Wachten op aanvullende financiële gegevens" : "Wachten op advies van de welstandscommissie" } },
    });
    return;
  }
  if (staat === "verlengd") {
    await api.roep("zaken", "zaak_partial_update", zaakWijzigen, "PATCH", `/zaken/${zaakUuid}`, {
      headers: ZAAK_HEADERS,
      params: { uuid: zaakUuid },
      body: {
        verlenging: { reden: "Complexe aanvraag: extra onderzoek nodig", duur: "P6W" },
        einddatumGepland: plusDagen(startdatum, 42 + 42),
        uiterlijkeEinddatumAfdoening: plusDagen(startdatum, 56 + 42),
      },
    });
    return;
  }
  if (staat === "in_behandeling") return;

  // afgehandeld / heropend: besluit, resultaat, end status.
  const besloten = Math.max(0, inBehandeling - prng.geheel(10, 40));
  const besluitMoment = moment(ctx, besloten, 14);
  const besluitDoc = await maakDocument(ctx, zaak, {
    type: "Besluit",
    titel: `Besluit op ${omschrijving.toLowerCase()}`.slice(0, 200),
    status: "definitief",
    gemaakt: besluitMoment,
    ondertekend: true,
    vertrouwelijk: "openbaar",
    auteur: behandelaar.weergave,
  });
  const besluit = await api.roep("besluiten", "besluit_create", besluitAanmaken, "POST", "/besluiten", {
    body: {
      verantwoordelijkeOrganisatie: RSIN,
      besluittype: zt.besluittype,
      zaak: zaakUrl,
      datum: datum(besluitMoment),
      ingangsdatum: datum(besluitMoment),
      toelichting: `Besluit op de aanvraag: ${omschrijving.toLowerCase()}.`,
      bestuursorgaan: "College van burgemeester en wethouders",
    },
  });
  await api.roep("besluiten", "besluitinformatieobject_create", bioAanmaken, "POST", "/besluitinformatieobjecten", {
    body: { besluit: besluit.url, informatieobject: besluitDoc },
  });
  if (index % 5 === 0) {
    await api.roep("documenten", "gebruiksrechten_create", gebruiksrechtAanmaken, "POST", "/gebruiksrechten", {
      body: { informatieobject: besluitDoc, startdatum: besluitMoment.toISOString(), omschrijvingVoorwaarden: "Openbaar te maken na anonimisering" },
    });
  }
  await api.roep("zaken", "status_create", statusAanmaken, "POST", "/statussen", {
    body: { zaak: zaakUrl, statustype: zt.statustypen[2], datumStatusGezet: besluitMoment.toISOString(), statustoelichting: "Besluit genomen" },
  });
  await api.roep("zaken", "resultaat_create", resultaatAanmaken, "POST", "/resultaten", {
    body: { zaak: zaakUrl, resultaattype: zt.resultaattypen[index % zt.resultaattypen.length], toelichting: "" },
  });
  const afgerond = Math.max(0, besloten - prng.geheel(1, 5));
  await api.roep("zaken", "status_create", statusAanmaken, "POST", "/statussen", {
    body: { zaak: zaakUrl, statustype: zt.statustypen[zt.statustypen.length - 1], datumStatusGezet: moment(ctx, afgerond, 16).toISOString(), statustoelichting: "Zaak afgerond" },
  });
  if (staat === "heropend") {
    await api.roep("zaken", "status_create", statusAanmaken, "POST", "/statussen", {
      body: { zaak: zaakUrl, statustype: zt.statustypen[1], datumStatusGezet: moment(ctx, Math.max(0, afgerond - prng.geheel(1, 10)), 11).toISOString(), statustoelichting: "Heropend na bezwaar" },
    });
  }
}

/** Writes the demo zaken into `tx` (the demo catalogus must exist). */
export async function maakDemoZaken(tx: Transaction, opties: { perZaaktype?: number; nu?: Date } = {}): Promise<void> {
  const catalogus = await laadDemoCatalogus(tx);
  const ctx: Context = {
    api: seedAanroeper(tx, { clientId: "zac-demo-seed", label: "Demodata" }),
    prng: new Prng(20_250_601),
    nu: (opties.nu ?? new Date()).getTime(),
    catalogus,
  };
  const perZaaktype = opties.perZaaktype ?? DEMO_ZAKEN_PER_ZAAKTYPE;
  // Interleaved over the zaaktypen, so identificaties and dates of the domains mix.
  for (let i = 0; i < perZaaktype; i++) {
    for (const zt of catalogus.zaaktypen) await maakZaak(ctx, zt, i, demoStaat(i));
  }
  if (process.env.ZGW_SEED_PROFIEL) console.table(Object.fromEntries([...ctx.api.tijden].map(([k, v]) => [k, { n: v.n, ms: Math.round(v.ms), gem: Math.round(v.ms / v.n) }])));
}
