/**
 * The contract between the case-handling UI (components/, app/ pages) and the proxy
 * (app/api/** route handlers + lib/zaakafhandeling). Shared by the handlers (to parse input
 * and shape output), the UI's forms (the same zod schemas validate in the browser) and tests.
 *
 * This module imports only zod and the policy's rights lists, so client components may import
 * it. Names are stable: add, do not rename.
 *
 * Conventions
 * - Every error is problem+json (`application/problem+json`, RFC 9457) with `status`, `code`,
 *   `title`, `detail` and for 400 `invalidParams: [{name, code, reason}]`; 403 carries
 *   `recht` (e.g. "zaak.wijzigen").
 * - Dates are ISO `yyyy-MM-dd` strings (the UI formats dd-MM-yyyy); timestamps ISO 8601.
 * - `rechten` objects are the policy's decision for that object (all rights, booleans): the UI
 *   shows an action only when its right is true; the server checks it again from fresh data.
 * - BSNs are masked (`*****1234`) in every response unless `zaak.bekijken_bsn` holds.
 */
import { z } from "zod";
import { RECHTEN } from "@/lib/policy/rechten";

// ---------------------------------------------------------------------------------------------
// Endpoints
// ---------------------------------------------------------------------------------------------

/** Every endpoint of the proxy. `{x}` are path parameters. */
export const ENDPOINTS = {
  // werklijsten
  werklijst: { method: "GET", path: "/api/werklijsten/{lijst}" }, // query: WerklijstQuery as URL search params
  werklijstInstellingen: { method: "GET", path: "/api/werklijsten/{lijst}/instellingen" },
  werklijstInstellingenOpslaan: { method: "PUT", path: "/api/werklijsten/{lijst}/instellingen" }, // WerklijstInstellingenInvoer
  zoekopdrachten: { method: "GET", path: "/api/werklijsten/{lijst}/zoekopdrachten" },
  zoekopdrachtOpslaan: { method: "POST", path: "/api/werklijsten/{lijst}/zoekopdrachten" }, // ZoekopdrachtInvoer
  zoekopdrachtVerwijderen: { method: "DELETE", path: "/api/werklijsten/{lijst}/zoekopdrachten/{id}" },
  // zaaktypen (zaak starten, filter choices) and groups/users for toekennen
  zaaktypen: { method: "GET", path: "/api/zaaktypen" }, // -> ZaaktypeKeuze[]
  groepen: { method: "GET", path: "/api/zaaktypen/{zaaktype}/groepen" }, // zaaktype = omschrijving -> Groep[]
  medewerkers: { method: "GET", path: "/api/groepen/{groep}/medewerkers" }, // -> Medewerker[]
  // zaken
  zaakStarten: { method: "POST", path: "/api/zaken" }, // ZaakStartenInvoer -> {uuid, identificatie}
  zaak: { method: "GET", path: "/api/zaken/{uuid}" }, // -> ZaakDetail
  zaakOpties: { method: "GET", path: "/api/zaken/{uuid}/opties" }, // -> ZaakOpties (choices for the dialogs)
  zaakHistorie: { method: "GET", path: "/api/zaken/{uuid}/historie" }, // -> HistorieRegel[]
  zaakWijzigen: { method: "PATCH", path: "/api/zaken/{uuid}" }, // ZaakWijzigenInvoer
  zaakToekennen: { method: "POST", path: "/api/zaken/{uuid}/toekennen" }, // ToekennenInvoer
  zaakOpschorten: { method: "POST", path: "/api/zaken/{uuid}/opschorten" }, // OpschortenInvoer
  zaakHervatten: { method: "POST", path: "/api/zaken/{uuid}/hervatten" }, // HervattenInvoer
  zaakVerlengen: { method: "POST", path: "/api/zaken/{uuid}/verlengen" }, // VerlengenInvoer
  zaakDoorlooptijd: { method: "POST", path: "/api/zaken/{uuid}/doorlooptijd" }, // DoorlooptijdInvoer
  zaakAfbreken: { method: "POST", path: "/api/zaken/{uuid}/afbreken" }, // AfbrekenInvoer
  zaakAfhandelen: { method: "POST", path: "/api/zaken/{uuid}/afhandelen" }, // AfhandelenInvoer
  zaakHeropenen: { method: "POST", path: "/api/zaken/{uuid}/heropenen" }, // HeropenenInvoer
  zaakStatusZetten: { method: "POST", path: "/api/zaken/{uuid}/status" }, // StatusInvoer (next non-end status)
  besluitVastleggen: { method: "POST", path: "/api/zaken/{uuid}/besluiten" }, // BesluitInvoer
  besluitWijzigen: { method: "PATCH", path: "/api/zaken/{uuid}/besluiten/{besluit}" }, // BesluitWijzigenInvoer
  besluitIntrekken: { method: "POST", path: "/api/zaken/{uuid}/besluiten/{besluit}/intrekken" }, // BesluitIntrekkenInvoer
  betrokkeneToevoegen: { method: "POST", path: "/api/zaken/{uuid}/betrokkenen" }, // BetrokkeneInvoer
  betrokkeneVerwijderen: { method: "DELETE", path: "/api/zaken/{uuid}/betrokkenen/{rol}" }, // body: RedenInvoer (optional)
  zaakKoppelen: { method: "POST", path: "/api/zaken/{uuid}/koppelingen" }, // KoppelenInvoer
  zaakOntkoppelen: { method: "POST", path: "/api/zaken/{uuid}/koppelingen/ontkoppelen" }, // OntkoppelenZaakInvoer
  notities: { method: "GET", path: "/api/zaken/{uuid}/notities" }, // -> Notitie[]
  notitieToevoegen: { method: "POST", path: "/api/zaken/{uuid}/notities" }, // NotitieInvoer
  notitieWijzigen: { method: "PATCH", path: "/api/zaken/{uuid}/notities/{id}" }, // NotitieInvoer
  notitieVerwijderen: { method: "DELETE", path: "/api/zaken/{uuid}/notities/{id}" },
  // taken
  taakStarten: { method: "POST", path: "/api/zaken/{uuid}/taken" }, // TaakStartenInvoer
  taak: { method: "GET", path: "/api/taken/{id}" }, // -> TaakDetail
  taakToekennen: { method: "POST", path: "/api/taken/{id}/toekennen" }, // ToekennenInvoer
  taakWijzigen: { method: "PATCH", path: "/api/taken/{id}" }, // TaakWijzigenInvoer
  taakAfronden: { method: "POST", path: "/api/taken/{id}/afronden" }, // TaakAfrondenInvoer
  // documenten
  documentAanmaken: { method: "POST", path: "/api/zaken/{uuid}/documenten" }, // DocumentAanmakenInvoer -> UploadSessie
  documentInboxAanmaken: { method: "POST", path: "/api/documenten" }, // DocumentAanmakenInvoer (no zaak: inbox) -> UploadSessie
  bestandsdeel: { method: "PUT", path: "/api/documenten/{uuid}/bestandsdelen/{volgnummer}" }, // raw bytes (application/octet-stream)
  uploadAfronden: { method: "POST", path: "/api/documenten/{uuid}/upload-afronden" }, // -> DocumentDetail
  document: { method: "GET", path: "/api/documenten/{uuid}" }, // ?zaak=<uuid> optional -> DocumentDetail
  documentInhoud: { method: "GET", path: "/api/documenten/{uuid}/inhoud" }, // ?versie=n&inline=1 -> the bytes (streamed)
  documentWijzigen: { method: "PATCH", path: "/api/documenten/{uuid}" }, // DocumentWijzigenInvoer
  documentNieuweVersie: { method: "POST", path: "/api/documenten/{uuid}/versies" }, // NieuweVersieInvoer -> UploadSessie
  documentVergrendelen: { method: "POST", path: "/api/documenten/{uuid}/vergrendelen" },
  documentOntgrendelen: { method: "POST", path: "/api/documenten/{uuid}/ontgrendelen" },
  documentOndertekenen: { method: "POST", path: "/api/documenten/{uuid}/ondertekenen" },
  documentVerplaatsen: { method: "POST", path: "/api/documenten/{uuid}/verplaatsen" }, // VerplaatsenInvoer
  documentOntkoppelen: { method: "POST", path: "/api/documenten/{uuid}/ontkoppelen" }, // DocumentOntkoppelenInvoer
  documentVerwijderen: { method: "DELETE", path: "/api/documenten/{uuid}" }, // body: RedenInvoer (optional)
} as const satisfies Record<string, { method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; path: string }>;

export type EndpointNaam = keyof typeof ENDPOINTS;

/** Fills `{x}` placeholders: `endpointPad("zaak", { uuid })`. Values are URI-encoded. */
export function endpointPad(naam: EndpointNaam, params: Record<string, string | number> = {}): string {
  return ENDPOINTS[naam].path.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) throw new Error(`Parameter ${k} ontbreekt voor ${naam}`);
    return encodeURIComponent(String(v));
  });
}

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

const datum = z.iso.date({ error: "Vul een geldige datum in." });
const tekst = (max: number) => z.string().trim().min(1, { error: "Dit veld is verplicht." }).max(max, { error: `Maximaal ${max} tekens.` });
const optioneleTekst = (max: number) => z.string().trim().max(max, { error: `Maximaal ${max} tekens.` });
const reden = tekst(200);

function rechtenSchema<const K extends readonly string[]>(rechten: K) {
  const shape = Object.fromEntries(rechten.map((recht) => [recht, z.boolean()])) as { [P in K[number]]: z.ZodBoolean };
  return z.object(shape);
}
export const ZaakRechten = rechtenSchema(RECHTEN.zaak);
export const TaakRechten = rechtenSchema(RECHTEN.taak);
export const DocumentRechten = rechtenSchema(RECHTEN.document);
export const WerklijstRechten = rechtenSchema(RECHTEN.werklijst);
export const NotitieRechten = rechtenSchema(RECHTEN.notitie);
export const OverigeRechten = rechtenSchema(RECHTEN.overig);
export type ZaakRechten = z.infer<typeof ZaakRechten>;
export type TaakRechten = z.infer<typeof TaakRechten>;
export type DocumentRechten = z.infer<typeof DocumentRechten>;
export type WerklijstRechten = z.infer<typeof WerklijstRechten>;

export const Medewerker = z.object({ id: z.string(), naam: z.string() });
export type Medewerker = z.infer<typeof Medewerker>;
export const Groep = z.object({ id: z.string(), naam: z.string() });
export type Groep = z.infer<typeof Groep>;

/** Warning flags for streefdatum (einddatumGepland) and fatale datum (uiterlijkeEinddatumAfdoening). */
export const DatumWaarschuwing = z.enum(["geen", "bijna", "verlopen"]);
export type DatumWaarschuwing = z.infer<typeof DatumWaarschuwing>;
/** Days before a date at which "bijna" starts. */
export const WAARSCHUWING_DAGEN = 3;

// ---------------------------------------------------------------------------------------------
// Werklijsten
// ---------------------------------------------------------------------------------------------

export const WERKLIJSTEN = [
  "zaken-werkvoorraad",
  "mijn-zaken",
  "afgehandelde-zaken",
  "taken-werkvoorraad",
  "mijn-taken",
  "inbox-documenten",
  "ontkoppelde-documenten",
] as const;
export const WerklijstNaam = z.enum(WERKLIJSTEN);
export type WerklijstNaam = z.infer<typeof WerklijstNaam>;

export const WERKLIJST_TITELS: Record<WerklijstNaam, string> = {
  "zaken-werkvoorraad": "Zaken-werkvoorraad",
  "mijn-zaken": "Mijn zaken",
  "afgehandelde-zaken": "Afgehandelde zaken",
  "taken-werkvoorraad": "Taken-werkvoorraad",
  "mijn-taken": "Mijn taken",
  "inbox-documenten": "Inbox documenten",
  "ontkoppelde-documenten": "Ontkoppelde documenten",
};

export const PAGINAGROOTTES = [10, 25, 50, 100] as const;

export type FilterSoort = "tekst" | "keuze" | "datum";
export interface KolomDefinitie {
  /** Column id = sort key = filter base name. */
  id: string;
  titel: string;
  sorteerbaar: boolean;
  /** Filter kind; `datum` filters use `<id>Van` and `<id>Tot` (inclusive) search params. */
  filter?: FilterSoort;
  /** Choices of a `keuze` filter when fixed; otherwise the UI gets them from `keuzes` in the answer. */
  standaardZichtbaar: boolean;
}

/**
 * The columns per list. Only these ids are valid `sort` values and filter names: sorting and
 * filtering happen in the query (the Zaken API's `ordering`/filters, or SQL for own tables).
 */
export const WERKLIJST_KOLOMMEN = {
  zaken: [
    { id: "identificatie", titel: "Zaak", sorteerbaar: true, filter: "tekst", standaardZichtbaar: true },
    { id: "zaaktype", titel: "Zaaktype", sorteerbaar: false, filter: "keuze", standaardZichtbaar: true },
    { id: "omschrijving", titel: "Omschrijving", sorteerbaar: false, standaardZichtbaar: true },
    { id: "status", titel: "Status", sorteerbaar: false, standaardZichtbaar: true },
    { id: "startdatum", titel: "Startdatum", sorteerbaar: true, filter: "datum", standaardZichtbaar: true },
    { id: "registratiedatum", titel: "Registratiedatum", sorteerbaar: true, filter: "datum", standaardZichtbaar: false },
    { id: "einddatumGepland", titel: "Streefdatum", sorteerbaar: false, filter: "datum", standaardZichtbaar: true },
    { id: "uiterlijkeEinddatumAfdoening", titel: "Fatale datum", sorteerbaar: false, filter: "datum", standaardZichtbaar: true },
    { id: "einddatum", titel: "Einddatum", sorteerbaar: true, filter: "datum", standaardZichtbaar: false },
    { id: "groep", titel: "Groep", sorteerbaar: false, filter: "tekst", standaardZichtbaar: true },
    { id: "behandelaar", titel: "Behandelaar", sorteerbaar: false, filter: "tekst", standaardZichtbaar: true },
  ],
  taken: [
    { id: "naam", titel: "Taak", sorteerbaar: true, filter: "keuze", standaardZichtbaar: true },
    { id: "zaakIdentificatie", titel: "Zaak", sorteerbaar: true, filter: "tekst", standaardZichtbaar: true },
    { id: "zaaktype", titel: "Zaaktype", sorteerbaar: true, filter: "keuze", standaardZichtbaar: true },
    { id: "status", titel: "Status", sorteerbaar: true, filter: "keuze", standaardZichtbaar: true },
    { id: "aangemaakt", titel: "Aangemaakt", sorteerbaar: true, filter: "datum", standaardZichtbaar: true },
    { id: "streefdatum", titel: "Streefdatum", sorteerbaar: true, filter: "datum", standaardZichtbaar: true },
    { id: "fataledatum", titel: "Fatale datum", sorteerbaar: true, filter: "datum", standaardZichtbaar: true },
    { id: "groep", titel: "Groep", sorteerbaar: true, filter: "tekst", standaardZichtbaar: true },
    { id: "behandelaar", titel: "Behandelaar", sorteerbaar: true, filter: "tekst", standaardZichtbaar: true },
  ],
  documenten: [
    { id: "titel", titel: "Titel", sorteerbaar: true, filter: "tekst", standaardZichtbaar: true },
    { id: "identificatie", titel: "Identificatie", sorteerbaar: true, filter: "tekst", standaardZichtbaar: true },
    { id: "informatieobjecttype", titel: "Documenttype", sorteerbaar: true, standaardZichtbaar: true },
    { id: "datum", titel: "Datum", sorteerbaar: true, filter: "datum", standaardZichtbaar: true },
    { id: "zaakIdentificatie", titel: "Was gekoppeld aan", sorteerbaar: true, filter: "tekst", standaardZichtbaar: true },
    { id: "door", titel: "Door", sorteerbaar: true, filter: "tekst", standaardZichtbaar: true },
    { id: "reden", titel: "Reden", sorteerbaar: false, standaardZichtbaar: true },
  ],
} as const satisfies Record<string, readonly KolomDefinitie[]>;

export type WerklijstSoort = keyof typeof WERKLIJST_KOLOMMEN;
export const WERKLIJST_SOORT: Record<WerklijstNaam, WerklijstSoort> = {
  "zaken-werkvoorraad": "zaken",
  "mijn-zaken": "zaken",
  "afgehandelde-zaken": "zaken",
  "taken-werkvoorraad": "taken",
  "mijn-taken": "taken",
  "inbox-documenten": "documenten",
  "ontkoppelde-documenten": "documenten",
};

/**
 * The werklijst query as URL search params: `?page=1&pageSize=25&sort=startdatum&order=desc`
 * plus filters named after the column: `identificatie=ZAAK-1`, `zaaktype=Omgevingsvergunning`
 * (repeatable for several choices), `startdatumVan=2025-01-01&startdatumTot=2025-12-31`.
 * Parse with `parseWerklijstQuery(searchParams)`; build with `werklijstQueryNaarParams`.
 */
export const WerklijstQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  /** Absent: the user's saved page size for the list (default 25). */
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGINAGROOTTES as readonly number[]).includes(n), { error: `Kies ${PAGINAGROOTTES.join(", ")}.` })
    .optional(),
  sort: z.string().max(50).optional(),
  order: z.enum(["asc", "desc"]).default("asc"),
  /** Filter values per column id; a date filter has keys `<id>Van`/`<id>Tot`. */
  filters: z.record(z.string(), z.array(z.string().max(200)).max(50)).default({}),
});
export type WerklijstQuery = z.infer<typeof WerklijstQuery>;

const VASTE_PARAMS = new Set(["page", "pageSize", "sort", "order"]);

export function parseWerklijstQuery(params: URLSearchParams): z.ZodSafeParseResult<WerklijstQuery> {
  const filters: Record<string, string[]> = {};
  for (const [k, v] of params) {
    if (VASTE_PARAMS.has(k) || v === "") continue;
    (filters[k] ??= []).push(v);
  }
  return WerklijstQuery.safeParse({
    page: params.get("page") ?? undefined,
    pageSize: params.get("pageSize") ?? undefined,
    sort: params.get("sort") ?? undefined,
    order: params.get("order") ?? undefined,
    filters,
  });
}

export function werklijstQueryNaarParams(q: Partial<WerklijstQuery>): URLSearchParams {
  const p = new URLSearchParams();
  if (q.page && q.page !== 1) p.set("page", String(q.page));
  if (q.pageSize) p.set("pageSize", String(q.pageSize));
  if (q.sort) p.set("sort", q.sort);
  if (q.order && q.order !== "asc") p.set("order", q.order);
  for (const [k, waarden] of Object.entries(q.filters ?? {})) for (const w of waarden) if (w !== "") p.append(k, w);
  return p;
}

export const ZaakRij = z.object({
  uuid: z.string(),
  identificatie: z.string(),
  omschrijving: z.string(),
  zaaktype: z.string(), // omschrijving
  status: z.string().nullable(), // statustype omschrijving
  startdatum: z.string().nullable(),
  registratiedatum: z.string().nullable(),
  einddatumGepland: z.string().nullable(),
  uiterlijkeEinddatumAfdoening: z.string().nullable(),
  einddatum: z.string().nullable(),
  groep: z.string().nullable(),
  behandelaar: z.string().nullable(), // display name or id
  behandelaarId: z.string().nullable(),
  opgeschort: z.boolean(),
  streefdatumWaarschuwing: DatumWaarschuwing,
  fataledatumWaarschuwing: DatumWaarschuwing,
  /** "Ken aan mij toe" is offered when true (zaak.toekennen and not already mine). */
  magToekennen: z.boolean(),
  magLezen: z.boolean(),
});
export type ZaakRij = z.infer<typeof ZaakRij>;

export const TaakStatus = z.enum(["niet_toegekend", "toegekend", "afgerond"]);
export type TaakStatus = z.infer<typeof TaakStatus>;

export const TaakRij = z.object({
  id: z.string(),
  naam: z.string(), // taak type label
  taaktype: z.string(),
  zaakUuid: z.string(),
  zaakIdentificatie: z.string(),
  zaaktype: z.string(),
  status: TaakStatus,
  aangemaakt: z.string(),
  streefdatum: z.string().nullable(),
  fataledatum: z.string().nullable(),
  groep: z.string().nullable(),
  behandelaar: z.string().nullable(),
  behandelaarId: z.string().nullable(),
  streefdatumWaarschuwing: DatumWaarschuwing,
  fataledatumWaarschuwing: DatumWaarschuwing,
  magToekennen: z.boolean(),
});
export type TaakRij = z.infer<typeof TaakRij>;

export const DocumentRij = z.object({
  id: z.string(), // row id in the list (inbox/ontkoppeld entry)
  documentUuid: z.string(),
  titel: z.string(),
  identificatie: z.string(),
  informatieobjecttype: z.string().nullable(),
  datum: z.string(), // ingeschreven / ontkoppeld op (ISO)
  zaakIdentificatie: z.string().nullable(),
  door: z.string().nullable(),
  reden: z.string().nullable(),
  magVerwijderen: z.boolean(),
});
export type DocumentRij = z.infer<typeof DocumentRij>;

function werklijstAntwoord<T extends z.ZodType>(rij: T) {
  return z.object({
    lijst: WerklijstNaam,
    count: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    sort: z.string().nullable(),
    order: z.enum(["asc", "desc"]),
    rijen: z.array(rij),
    /** Choices of `keuze` filters (e.g. the zaaktypen the user may read). */
    keuzes: z.record(z.string(), z.array(z.string())),
    rechten: WerklijstRechten,
  });
}
export const ZakenWerklijstAntwoord = werklijstAntwoord(ZaakRij);
export const TakenWerklijstAntwoord = werklijstAntwoord(TaakRij);
export const DocumentenWerklijstAntwoord = werklijstAntwoord(DocumentRij);
export type ZakenWerklijstAntwoord = z.infer<typeof ZakenWerklijstAntwoord>;
export type TakenWerklijstAntwoord = z.infer<typeof TakenWerklijstAntwoord>;
export type DocumentenWerklijstAntwoord = z.infer<typeof DocumentenWerklijstAntwoord>;
export type WerklijstAntwoord = ZakenWerklijstAntwoord | TakenWerklijstAntwoord | DocumentenWerklijstAntwoord;

export const WerklijstInstellingen = z.object({
  pageSize: z.number().int(),
  /** Visible column ids in order; empty = the defaults. */
  kolommen: z.array(z.string().max(50)).max(30),
});
export type WerklijstInstellingen = z.infer<typeof WerklijstInstellingen>;
export const WerklijstInstellingenInvoer = z.object({
  pageSize: z.number().int().refine((n) => (PAGINAGROOTTES as readonly number[]).includes(n)).optional(),
  kolommen: z.array(z.string().max(50)).max(30).optional(),
});
export type WerklijstInstellingenInvoer = z.infer<typeof WerklijstInstellingenInvoer>;

export const Zoekopdracht = z.object({
  id: z.string(),
  naam: z.string(),
  /** The query string (without `?`) as `werklijstQueryNaarParams` makes it. */
  query: z.string(),
  aangemaakt: z.string(),
});
export type Zoekopdracht = z.infer<typeof Zoekopdracht>;
export const ZoekopdrachtInvoer = z.object({ naam: tekst(100), query: z.string().max(2000) });
export type ZoekopdrachtInvoer = z.infer<typeof ZoekopdrachtInvoer>;

// ---------------------------------------------------------------------------------------------
// Zaaktypen, groepen
// ---------------------------------------------------------------------------------------------

export const ZaaktypeKeuze = z.object({
  omschrijving: z.string(),
  identificatie: z.string(),
  url: z.string(),
  magStarten: z.boolean(),
  /** Defaults from the zaakafhandelparameters (#8); null/absent without parameters. */
  standaardGroep: z.string().nullable().optional(),
  standaardBehandelaar: z.string().nullable().optional(),
});
export type ZaaktypeKeuze = z.infer<typeof ZaaktypeKeuze>;

// ---------------------------------------------------------------------------------------------
// Zaak detail
// ---------------------------------------------------------------------------------------------

export const Status = z.object({
  uuid: z.string(),
  statustype: z.string(), // omschrijving
  volgnummer: z.number().int().nullable(),
  datumStatusGezet: z.string(),
  toelichting: z.string(),
  eind: z.boolean(),
});
export type Status = z.infer<typeof Status>;

export const BetrokkeneType = z.enum(["natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging", "organisatorische_eenheid", "medewerker"]);
export type BetrokkeneType = z.infer<typeof BetrokkeneType>;

export const Rol = z.object({
  uuid: z.string(),
  roltype: z.string(), // omschrijving
  omschrijvingGeneriek: z.string(),
  betrokkeneType: BetrokkeneType,
  naam: z.string(),
  /** BSN (masked without zaak.bekijken_bsn), KvK-nummer, vestigingsnummer or medewerker id. */
  identificatie: z.string().nullable(),
  bsnGemaskeerd: z.boolean(),
  roltoelichting: z.string(),
});
export type Rol = z.infer<typeof Rol>;

export const DocumentSamenvatting = z.object({
  uuid: z.string(),
  identificatie: z.string(),
  titel: z.string(),
  informatieobjecttype: z.string().nullable(),
  versie: z.number().int(),
  status: z.string().nullable(),
  formaat: z.string().nullable(),
  bestandsnaam: z.string().nullable(),
  bestandsomvang: z.number().int().nullable(),
  creatiedatum: z.string().nullable(),
  auteur: z.string(),
  vertrouwelijkheidaanduiding: z.string().nullable(),
  vergrendeld: z.boolean(),
  vergrendeldDoor: z.string().nullable(),
  ondertekend: z.boolean(),
  rechten: DocumentRechten,
});
export type DocumentSamenvatting = z.infer<typeof DocumentSamenvatting>;

export const Besluit = z.object({
  uuid: z.string(),
  identificatie: z.string(),
  besluittype: z.string(),
  datum: z.string(),
  ingangsdatum: z.string(),
  vervaldatum: z.string().nullable(),
  vervalreden: z.string(),
  toelichting: z.string(),
  publicatiedatum: z.string().nullable(),
  ingetrokken: z.boolean(),
});
export type Besluit = z.infer<typeof Besluit>;

export const GerelateerdeZaak = z.object({
  uuid: z.string().nullable(),
  identificatie: z.string(),
  zaaktype: z.string().nullable(),
  status: z.string().nullable(),
  /** hoofdzaak / deelzaak / vervolg / onderwerp / bijdrage (aardRelatie of relevanteAndereZaken). */
  relatie: z.enum(["hoofdzaak", "deelzaak", "vervolg", "onderwerp", "bijdrage"]),
  magLezen: z.boolean(),
});
export type GerelateerdeZaak = z.infer<typeof GerelateerdeZaak>;

export const Notitie = z.object({
  id: z.string(),
  tekst: z.string(),
  auteurId: z.string(),
  auteur: z.string(),
  aangemaakt: z.string(),
  gewijzigd: z.string().nullable(),
  /** The author may edit/delete own notities (with notitie.wijzigen). */
  magWijzigen: z.boolean(),
});
export type Notitie = z.infer<typeof Notitie>;

export const TAAKTYPEN = ["aanvullende_informatie", "advies_intern", "advies_extern", "goedkeuren", "document_verzenden"] as const;
export const Taaktype = z.enum(TAAKTYPEN);
export type Taaktype = z.infer<typeof Taaktype>;
export const TAAKTYPE_NAMEN: Record<Taaktype, string> = {
  aanvullende_informatie: "Aanvullende informatie",
  advies_intern: "Advies intern",
  advies_extern: "Advies extern",
  goedkeuren: "Goedkeuren",
  document_verzenden: "Document verzenden",
};

export const TaakSamenvatting = z.object({
  id: z.string(),
  taaktype: Taaktype,
  naam: z.string(),
  status: TaakStatus,
  groep: z.string().nullable(),
  behandelaar: z.string().nullable(),
  behandelaarId: z.string().nullable(),
  aangemaakt: z.string(),
  streefdatum: z.string().nullable(),
  fataledatum: z.string().nullable(),
  streefdatumWaarschuwing: DatumWaarschuwing,
  fataledatumWaarschuwing: DatumWaarschuwing,
});
export type TaakSamenvatting = z.infer<typeof TaakSamenvatting>;

export const ZaakDetail = z.object({
  uuid: z.string(),
  url: z.string(),
  identificatie: z.string(),
  omschrijving: z.string(),
  toelichting: z.string(),
  zaaktype: z.object({ omschrijving: z.string(), identificatie: z.string(), url: z.string() }),
  bronorganisatie: z.string(),
  registratiedatum: z.string().nullable(),
  startdatum: z.string().nullable(),
  einddatumGepland: z.string().nullable(),
  uiterlijkeEinddatumAfdoening: z.string().nullable(),
  einddatum: z.string().nullable(),
  publicatiedatum: z.string().nullable(),
  communicatiekanaal: z.string(),
  vertrouwelijkheidaanduiding: z.string(),
  streefdatumWaarschuwing: DatumWaarschuwing,
  fataledatumWaarschuwing: DatumWaarschuwing,
  open: z.boolean(),
  intake: z.boolean(),
  heropend: z.boolean(),
  opschorting: z.object({ indicatie: z.boolean(), reden: z.string(), eerdereOpschorting: z.boolean() }),
  verlenging: z.object({ reden: z.string(), duur: z.string().nullable() }).nullable(),
  resultaat: z.object({ resultaattype: z.string(), toelichting: z.string() }).nullable(),
  status: Status.nullable(),
  statushistorie: z.array(Status),
  groep: Groep.nullable(),
  behandelaar: Medewerker.nullable(),
  rollen: z.array(Rol),
  documenten: z.array(DocumentSamenvatting),
  besluiten: z.array(Besluit),
  taken: z.array(TaakSamenvatting),
  notities: z.array(Notitie),
  gerelateerdeZaken: z.array(GerelateerdeZaak),
  rechten: ZaakRechten,
  notitieRechten: NotitieRechten,
});
export type ZaakDetail = z.infer<typeof ZaakDetail>;

/** Choices for the action dialogs of one zaak (from the Catalogi API). */
export const ZaakOpties = z.object({
  statustypen: z.array(z.object({ url: z.string(), omschrijving: z.string(), volgnummer: z.number().int(), eind: z.boolean() })),
  resultaattypen: z.array(z.object({ url: z.string(), omschrijving: z.string() })),
  besluittypen: z.array(z.object({ url: z.string(), omschrijving: z.string() })),
  roltypen: z.array(z.object({ url: z.string(), omschrijving: z.string(), omschrijvingGeneriek: z.string() })),
  informatieobjecttypen: z.array(z.object({ url: z.string(), omschrijving: z.string(), vertrouwelijkheidaanduiding: z.string().nullable() })),
  /** The task types enabled for the zaaktype (#8 zaakafhandelparameters), with their default groep and doorlooptijd. */
  taaktypen: z.array(z.object({ taaktype: Taaktype, naam: z.string(), groep: z.string().nullable().optional(), doorlooptijdDagen: z.number().int().nullable().optional() })),
  groepen: z.array(Groep),
});
export type ZaakOpties = z.infer<typeof ZaakOpties>;

export const HistorieRegel = z.object({
  uuid: z.string(),
  aanmaakdatum: z.string(),
  bron: z.enum(["zaak", "document", "besluit"]),
  /** identificatie/titel of the main object (zaak, document, besluit). */
  object: z.string(),
  resource: z.string(), // "zaak", "status", "rol", ...
  resourceWeergave: z.string(),
  actie: z.string(), // create/update/partial_update/destroy
  actieWeergave: z.string(), // Dutch
  gebruiker: z.string(), // gebruikersWeergave
  toelichting: z.string(),
  /** Changed fields (names) for updates; BSN values are never included. */
  gewijzigd: z.array(z.string()),
});
export type HistorieRegel = z.infer<typeof HistorieRegel>;

// ---------------------------------------------------------------------------------------------
// Action inputs
// ---------------------------------------------------------------------------------------------

export const RedenInvoer = z.object({ reden: optioneleTekst(200).optional() });
export type RedenInvoer = z.infer<typeof RedenInvoer>;

const bsn = z.string().regex(/^\d{9}$/, { error: "Een BSN heeft 9 cijfers." });
const kvk = z.string().regex(/^\d{8}$/, { error: "Een KvK-nummer heeft 8 cijfers." });

export const InitiatorPersoon = z.object({
  soort: z.literal("persoon"),
  bsn,
  naam: optioneleTekst(200).optional(),
});
export const InitiatorBedrijf = z.object({
  soort: z.literal("bedrijf"),
  kvkNummer: kvk,
  vestigingsnummer: z.string().regex(/^\d{12}$/, { error: "Een vestigingsnummer heeft 12 cijfers." }).optional(),
  naam: optioneleTekst(200).optional(),
});
export const Initiator = z.discriminatedUnion("soort", [InitiatorPersoon, InitiatorBedrijf]);
export type Initiator = z.infer<typeof Initiator>;

export const ZaakStartenInvoer = z.object({
  zaaktype: tekst(80), // omschrijving
  omschrijving: tekst(80),
  toelichting: optioneleTekst(1000).default(""),
  startdatum: datum.optional(),
  communicatiekanaal: optioneleTekst(50).optional(),
  vertrouwelijkheidaanduiding: z
    .enum(["openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk", "confidentieel", "geheim", "zeer_geheim"])
    .optional(),
  initiator: Initiator.optional(),
  /** Absent: the zaaktype's default. */
  groep: z.string().max(100).optional(),
  behandelaar: z.string().max(100).optional(),
});
export type ZaakStartenInvoer = z.infer<typeof ZaakStartenInvoer>;
export const ZaakGestart = z.object({ uuid: z.string(), identificatie: z.string() });

export const ZaakWijzigenInvoer = z.object({
  omschrijving: tekst(80).optional(),
  toelichting: optioneleTekst(1000).optional(),
  startdatum: datum.optional(),
  einddatumGepland: datum.nullable().optional(),
  uiterlijkeEinddatumAfdoening: datum.optional(),
  communicatiekanaal: optioneleTekst(50).optional(),
  vertrouwelijkheidaanduiding: ZaakStartenInvoer.shape.vertrouwelijkheidaanduiding,
  reden,
});
export type ZaakWijzigenInvoer = z.infer<typeof ZaakWijzigenInvoer>;

/** Toekennen of a zaak or taak: to me, to a groep, or to a medewerker (in the groep). */
export const ToekennenInvoer = z.union([
  z.object({ aanMij: z.literal(true), reden: optioneleTekst(200).optional() }),
  z.object({
    aanMij: z.literal(false).optional(),
    groep: z.string().max(100).nullable(),
    behandelaar: z.string().max(100).nullable(),
    reden: optioneleTekst(200).optional(),
  }),
]);
export type ToekennenInvoer = z.infer<typeof ToekennenInvoer>;

export const OpschortenInvoer = z.object({
  reden,
  /** Number of days; the streef- and fatale datum shift by it. */
  duurDagen: z.number().int().min(1).max(365),
});
export type OpschortenInvoer = z.infer<typeof OpschortenInvoer>;
export const HervattenInvoer = z.object({ reden });
export type HervattenInvoer = z.infer<typeof HervattenInvoer>;
export const VerlengenInvoer = z.object({ reden, duurDagen: z.number().int().min(1).max(365) });
export type VerlengenInvoer = z.infer<typeof VerlengenInvoer>;
export const DoorlooptijdInvoer = z
  .object({ einddatumGepland: datum.nullable().optional(), uiterlijkeEinddatumAfdoening: datum.optional(), reden })
  .refine((v) => v.einddatumGepland !== undefined || v.uiterlijkeEinddatumAfdoening !== undefined, {
    error: "Wijzig de streefdatum of de fatale datum.",
  });
export type DoorlooptijdInvoer = z.infer<typeof DoorlooptijdInvoer>;
/** Afbreken: a resultaattype that ends the zaak, with a reason. */
export const AfbrekenInvoer = z.object({ resultaattype: z.url(), reden });
export type AfbrekenInvoer = z.infer<typeof AfbrekenInvoer>;
export const AfhandelenInvoer = z.object({ resultaattype: z.url(), toelichting: optioneleTekst(1000).default("") });
export type AfhandelenInvoer = z.infer<typeof AfhandelenInvoer>;
export const HeropenenInvoer = z.object({ reden });
export type HeropenenInvoer = z.infer<typeof HeropenenInvoer>;
export const StatusInvoer = z.object({ statustype: z.url(), toelichting: optioneleTekst(1000).default("") });
export type StatusInvoer = z.infer<typeof StatusInvoer>;

export const BesluitInvoer = z.object({
  besluittype: z.url(),
  datum: datum,
  ingangsdatum: datum,
  vervaldatum: datum.optional(),
  toelichting: optioneleTekst(1000).default(""),
  publicatiedatum: datum.optional(),
  /** Document uuids of this zaak to link to the besluit. */
  documenten: z.array(z.uuid()).max(50).default([]),
});
export type BesluitInvoer = z.infer<typeof BesluitInvoer>;
export const BesluitWijzigenInvoer = z.object({
  ingangsdatum: datum.optional(),
  vervaldatum: datum.nullable().optional(),
  toelichting: optioneleTekst(1000).optional(),
  publicatiedatum: datum.nullable().optional(),
  reden,
});
export type BesluitWijzigenInvoer = z.infer<typeof BesluitWijzigenInvoer>;
export const BesluitIntrekkenInvoer = z.object({
  vervaldatum: datum,
  vervalreden: z.enum(["ingetrokken_overheid", "ingetrokken_belanghebbende"]),
  reden,
});
export type BesluitIntrekkenInvoer = z.infer<typeof BesluitIntrekkenInvoer>;

/** Initiator or betrokkene: `roltype` = URL of a roltype of the zaak's zaaktype. */
export const BetrokkeneInvoer = z.discriminatedUnion("soort", [
  z.object({ soort: z.literal("persoon"), roltype: z.url(), bsn, naam: optioneleTekst(200).optional(), toelichting: optioneleTekst(1000).default("") }),
  z.object({
    soort: z.literal("bedrijf"),
    roltype: z.url(),
    kvkNummer: kvk,
    vestigingsnummer: z.string().regex(/^\d{12}$/).optional(),
    naam: optioneleTekst(200).optional(),
    toelichting: optioneleTekst(1000).default(""),
  }),
]);
export type BetrokkeneInvoer = z.infer<typeof BetrokkeneInvoer>;

export const KoppelSoort = z.enum(["hoofdzaak", "deelzaak", "vervolg", "onderwerp", "bijdrage"]);
export type KoppelSoort = z.infer<typeof KoppelSoort>;
/** Link this zaak to `doelzaak` (uuid): `hoofdzaak` = doelzaak becomes this zaak's hoofdzaak. */
export const KoppelenInvoer = z.object({ doelzaak: z.uuid(), soort: KoppelSoort });
export type KoppelenInvoer = z.infer<typeof KoppelenInvoer>;
export const OntkoppelenZaakInvoer = z.object({ doelzaak: z.uuid(), soort: KoppelSoort, reden });
export type OntkoppelenZaakInvoer = z.infer<typeof OntkoppelenZaakInvoer>;

export const NotitieInvoer = z.object({ tekst: tekst(1000) });
export type NotitieInvoer = z.infer<typeof NotitieInvoer>;

// ---------------------------------------------------------------------------------------------
// Taken
// ---------------------------------------------------------------------------------------------

/** Form fields per taaktype (the start form). */
export const TaakGegevens = z.discriminatedUnion("taaktype", [
  z.object({ taaktype: z.literal("aanvullende_informatie"), vraag: tekst(1000), ontvanger: optioneleTekst(200).default("") }),
  z.object({ taaktype: z.literal("advies_intern"), vraag: tekst(1000) }),
  z.object({ taaktype: z.literal("advies_extern"), vraag: tekst(1000), adviseur: tekst(200), email: z.email().optional() }),
  z.object({ taaktype: z.literal("goedkeuren"), toelichting: tekst(1000), documenten: z.array(z.uuid()).max(50).default([]) }),
  z.object({
    taaktype: z.literal("document_verzenden"),
    documenten: z.array(z.uuid()).min(1, { error: "Kies minstens één document." }).max(50),
    ontvanger: tekst(200),
    verzendwijze: z.enum(["post", "email"]),
  }),
]);
export type TaakGegevens = z.infer<typeof TaakGegevens>;

/** Result fields per taaktype (the afronden form). */
export const TaakAfronding = z.discriminatedUnion("taaktype", [
  z.object({ taaktype: z.literal("aanvullende_informatie"), antwoord: tekst(2000) }),
  z.object({ taaktype: z.literal("advies_intern"), advies: z.enum(["positief", "negatief", "geen"]), toelichting: optioneleTekst(2000).default("") }),
  z.object({ taaktype: z.literal("advies_extern"), advies: tekst(2000) }),
  z.object({ taaktype: z.literal("goedkeuren"), goedgekeurd: z.boolean(), toelichting: optioneleTekst(2000).default("") }),
  z.object({ taaktype: z.literal("document_verzenden"), verzenddatum: datum }),
]);
export type TaakAfronding = z.infer<typeof TaakAfronding>;

export const TaakStartenInvoer = z.object({
  gegevens: TaakGegevens,
  groep: z.string().max(100).nullable().default(null),
  behandelaar: z.string().max(100).nullable().default(null),
  streefdatum: datum.optional(),
  fataledatum: datum.optional(),
});
export type TaakStartenInvoer = z.infer<typeof TaakStartenInvoer>;
export const TaakWijzigenInvoer = z.object({
  streefdatum: datum.nullable().optional(),
  fataledatum: datum.nullable().optional(),
  toelichting: optioneleTekst(1000).optional(),
});
export type TaakWijzigenInvoer = z.infer<typeof TaakWijzigenInvoer>;
export const TaakAfrondenInvoer = z.object({ afronding: TaakAfronding });
export type TaakAfrondenInvoer = z.infer<typeof TaakAfrondenInvoer>;

export const TaakHistorieRegel = z.object({
  tijdstip: z.string(),
  gebruiker: z.string(),
  actie: z.string(), // Dutch: "Taak gestart", "Toegekend aan ...", "Afgerond"
  toelichting: z.string(),
});
export const TaakDetail = TaakSamenvatting.extend({
  zaakUuid: z.string(),
  zaakIdentificatie: z.string(),
  zaaktype: z.string(),
  toelichting: z.string(),
  gegevens: TaakGegevens,
  afronding: TaakAfronding.nullable(),
  afgerond: z.string().nullable(),
  historie: z.array(TaakHistorieRegel),
  rechten: TaakRechten,
});
export type TaakDetail = z.infer<typeof TaakDetail>;

// ---------------------------------------------------------------------------------------------
// Documenten
// ---------------------------------------------------------------------------------------------

/**
 * Upload in parts (bestandsdelen): 1) POST metadata (with `bestandsomvang`) -> `UploadSessie`
 * with the parts; 2) PUT each part's bytes (`Content-Type: application/octet-stream`, exactly
 * `omvang` bytes, in any order; progress = bytes sent); 3) POST upload-afronden (unlocks: the
 * Documenten API joins the parts). A file of 0 bytes has no parts.
 */
export const DocumentAanmakenInvoer = z.object({
  titel: tekst(200),
  informatieobjecttype: z.url(),
  bestandsnaam: tekst(255),
  formaat: optioneleTekst(255).default("application/octet-stream"),
  bestandsomvang: z.number().int().min(0).max(4 * 1024 ** 3),
  taal: z.string().length(3).default("dut"),
  auteur: optioneleTekst(200).optional(),
  beschrijving: optioneleTekst(1000).default(""),
  creatiedatum: datum.optional(),
  vertrouwelijkheidaanduiding: ZaakStartenInvoer.shape.vertrouwelijkheidaanduiding,
  status: z.enum(["in_bewerking", "ter_vaststelling", "definitief", "gearchiveerd"]).optional(),
  /** Taak this upload belongs to (then taak.toevoegen_document is checked too). */
  taak: z.string().optional(),
});
export type DocumentAanmakenInvoer = z.infer<typeof DocumentAanmakenInvoer>;

export const NieuweVersieInvoer = z.object({
  bestandsnaam: tekst(255),
  formaat: optioneleTekst(255).default("application/octet-stream"),
  bestandsomvang: z.number().int().min(0).max(4 * 1024 ** 3),
  titel: tekst(200).optional(),
  beschrijving: optioneleTekst(1000).optional(),
});
export type NieuweVersieInvoer = z.infer<typeof NieuweVersieInvoer>;

export const UploadSessie = z.object({
  document: z.string(), // uuid
  delen: z.array(z.object({ volgnummer: z.number().int(), omvang: z.number().int(), voltooid: z.boolean() })),
});
export type UploadSessie = z.infer<typeof UploadSessie>;

export const DocumentWijzigenInvoer = z.object({
  titel: tekst(200).optional(),
  beschrijving: optioneleTekst(1000).optional(),
  auteur: tekst(200).optional(),
  status: z.enum(["in_bewerking", "ter_vaststelling", "definitief", "gearchiveerd"]).optional(),
  vertrouwelijkheidaanduiding: ZaakStartenInvoer.shape.vertrouwelijkheidaanduiding,
  taal: z.string().length(3).optional(),
  creatiedatum: datum.optional(),
  reden: optioneleTekst(200).optional(),
});
export type DocumentWijzigenInvoer = z.infer<typeof DocumentWijzigenInvoer>;

export const VerplaatsenInvoer = z.object({ vanZaak: z.uuid(), naarZaak: z.uuid(), reden });
export type VerplaatsenInvoer = z.infer<typeof VerplaatsenInvoer>;
export const DocumentOntkoppelenInvoer = z.object({ zaak: z.uuid(), reden });
export type DocumentOntkoppelenInvoer = z.infer<typeof DocumentOntkoppelenInvoer>;

export const DocumentVersie = z.object({
  versie: z.number().int(),
  bestandsnaam: z.string().nullable(),
  bestandsomvang: z.number().int().nullable(),
  formaat: z.string().nullable(),
  beginRegistratie: z.string(),
  auteur: z.string(),
});

export const DocumentDetail = DocumentSamenvatting.extend({
  beschrijving: z.string(),
  taal: z.string(),
  zaak: z.object({ uuid: z.string(), identificatie: z.string(), open: z.boolean() }).nullable(),
  versies: z.array(DocumentVersie),
  /** Whether inline preview is sensible (PDF or image). */
  voorbeeld: z.boolean(),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

// ---------------------------------------------------------------------------------------------
// Query keys for @tanstack/react-query (invalidate after mutations)
// ---------------------------------------------------------------------------------------------

export const queryKeys = {
  werklijst: (lijst: WerklijstNaam, query?: string) => ["werklijst", lijst, query ?? ""] as const,
  werklijsten: () => ["werklijst"] as const,
  werklijstInstellingen: (lijst: WerklijstNaam) => ["werklijst-instellingen", lijst] as const,
  zoekopdrachten: (lijst: WerklijstNaam) => ["zoekopdrachten", lijst] as const,
  zaaktypen: () => ["zaaktypen"] as const,
  zaak: (uuid: string) => ["zaak", uuid] as const,
  zaakOpties: (uuid: string) => ["zaak", uuid, "opties"] as const,
  zaakHistorie: (uuid: string) => ["zaak", uuid, "historie"] as const,
  notities: (uuid: string) => ["zaak", uuid, "notities"] as const,
  taak: (id: string) => ["taak", id] as const,
  document: (uuid: string) => ["document", uuid] as const,
  groepen: (zaaktype: string) => ["groepen", zaaktype] as const,
  medewerkers: (groep: string) => ["medewerkers", groep] as const,
};

/** Masks a BSN for users without zaak.bekijken_bsn: `*****1234`. */
export function maskeerBsn(bsn: string): string {
  return bsn.length <= 4 ? "*".repeat(bsn.length) : `${"*".repeat(bsn.length - 4)}${bsn.slice(-4)}`;
}

/** Warning for a date: "verlopen" when past, "bijna" within WAARSCHUWING_DAGEN days (today in Europe/Amsterdam). */
export function datumWaarschuwing(datumIso: string | null | undefined, vandaagIso: string, open = true): DatumWaarschuwing {
  if (!datumIso || !open) return "geen";
  if (datumIso < vandaagIso) return "verlopen";
  const grens = new Date(`${vandaagIso}T00:00:00Z`);
  grens.setUTCDate(grens.getUTCDate() + WAARSCHUWING_DAGEN);
  return datumIso <= grens.toISOString().slice(0, 10) ? "bijna" : "geen";
}
