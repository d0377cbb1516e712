/**
 * The search API's contract, shared by the route handler and the UI (client-safe: zod only).
 * `GET /api/zoeken?q=&type=zaak|taak|document&zaaktype=&status=&groep=&behandelaar=&jaar=&datumVan=&datumTot=&page=&pageSize=`
 * Facet filters may repeat (`status=a&status=b`: either); different facets combine with AND.
 */
import { z } from "zod";

export const ZOEK_SOORTEN = ["zaak", "taak", "document"] as const;
export type ZoekSoort = (typeof ZOEK_SOORTEN)[number];

export const ZOEK_SOORT_NAMEN: Record<ZoekSoort, { enkelvoud: string; meervoud: string }> = {
  zaak: { enkelvoud: "zaak", meervoud: "Zaken" },
  taak: { enkelvoud: "taak", meervoud: "Taken" },
  document: { enkelvoud: "document", meervoud: "Documenten" },
};

export const ZOEK_FACETTEN = ["zaaktype", "status", "groep", "behandelaar", "jaar"] as const;
export type ZoekFacet = (typeof ZOEK_FACETTEN)[number];

export const ZOEK_FACET_NAMEN: Record<ZoekFacet, string> = {
  zaaktype: "Zaaktype",
  status: "Status",
  groep: "Groep",
  behandelaar: "Behandelaar",
  jaar: "Jaar",
};

/** Facets that exist per soort (documenten have no groep or behandelaar). */
export const FACETTEN_PER_SOORT: Record<ZoekSoort, readonly ZoekFacet[]> = {
  zaak: ["zaaktype", "status", "groep", "behandelaar", "jaar"],
  taak: ["zaaktype", "status", "groep", "behandelaar", "jaar"],
  document: ["zaaktype", "status", "jaar"],
};

/** What the date filters and the jaar facet refer to, per soort. */
export const DATUM_NAMEN: Record<ZoekSoort, string> = { zaak: "Startdatum", taak: "Aangemaakt", document: "Creatiedatum" };

export const ZOEK_PAGINAGROOTTES = [10, 25, 50] as const;
export const MAX_ZOEKTEKST = 500;

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Verwacht yyyy-MM-dd." });
const waarden = z.array(z.string().trim().min(1).max(300)).max(50);

export const ZoekQuery = z.object({
  q: z.string().max(MAX_ZOEKTEKST, { error: `Gebruik maximaal ${MAX_ZOEKTEKST} tekens.` }).default(""),
  type: z.enum(ZOEK_SOORTEN).default("zaak"),
  zaaktype: waarden.default([]),
  status: waarden.default([]),
  groep: waarden.default([]),
  behandelaar: waarden.default([]),
  jaar: z.array(z.coerce.number().int().min(1900).max(2200)).max(50).default([]),
  datumVan: datum.optional(),
  datumTot: datum.optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (ZOEK_PAGINAGROOTTES as readonly number[]).includes(n), { error: `Kies ${ZOEK_PAGINAGROOTTES.join(", ")}.` })
    .default(25),
});
export type ZoekQuery = z.output<typeof ZoekQuery>;

const MEERVOUDIG = new Set<string>(["zaaktype", "status", "groep", "behandelaar", "jaar"]);

/** URLSearchParams -> the raw object ZoekQuery parses (repeating keys become arrays, empty values are dropped). */
export function zoekParametersNaarObject(params: URLSearchParams): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [sleutel, waarde] of params) {
    if (waarde === "") continue;
    if (MEERVOUDIG.has(sleutel)) ((uit[sleutel] ??= []) as string[]).push(waarde);
    else uit[sleutel] = waarde;
  }
  return uit;
}

/** The URL query of a search (the page and the API use the same one). Defaults are left out. */
export function zoekQueryNaarParameters(q: Partial<ZoekQuery>): URLSearchParams {
  const p = new URLSearchParams();
  if (q.q) p.set("q", q.q);
  if (q.type && q.type !== "zaak") p.set("type", q.type);
  for (const f of ZOEK_FACETTEN) for (const w of q[f] ?? []) p.append(f, String(w));
  if (q.datumVan) p.set("datumVan", q.datumVan);
  if (q.datumTot) p.set("datumTot", q.datumTot);
  if (q.page && q.page > 1) p.set("page", String(q.page));
  if (q.pageSize && q.pageSize !== 25) p.set("pageSize", String(q.pageSize));
  return p;
}

export const Facetwaarde = z.object({ waarde: z.string(), label: z.string(), aantal: z.number().int(), gekozen: z.boolean() });
export type Facetwaarde = z.infer<typeof Facetwaarde>;

export const ZoekResultaat = z.object({
  soort: z.enum(ZOEK_SOORTEN),
  id: z.string(),
  identificatie: z.string(),
  titel: z.string(),
  omschrijving: z.string(),
  status: z.string().nullable(),
  groep: z.string().nullable(),
  behandelaar: z.string().nullable(),
  datum: z.string().nullable(),
  zaakUuid: z.string(),
  zaakIdentificatie: z.string(),
  zaaktype: z.string(),
  href: z.string(),
});
export type ZoekResultaat = z.infer<typeof ZoekResultaat>;

export const ZoekAntwoord = z.object({
  q: z.string(),
  type: z.enum(ZOEK_SOORTEN),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Results of `type` with every filter. */
  count: z.number().int(),
  /** Per soort: matches of q the user may read (facet filters apply only to the chosen soort). */
  aantallen: z.object({ zaak: z.number().int(), taak: z.number().int(), document: z.number().int() }),
  /** Per facet of `type`: counts with every other filter applied. */
  facetten: z.partialRecord(z.enum(ZOEK_FACETTEN), z.array(Facetwaarde)),
  resultaten: z.array(ZoekResultaat),
});
export type ZoekAntwoord = z.infer<typeof ZoekAntwoord>;

export const ZOEKEN_ENDPOINT = "/api/zoeken";
export const zoekQueryKey = (params: string) => ["zoeken", params] as const;
