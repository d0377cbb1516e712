import { z } from "zod";
import { invalidParamsFromZod } from "@/lib/errors";
import { validatieFout } from "../fouten";
import { VERTROUWELIJKHEIDAANDUIDINGEN } from "../vertrouwelijkheid";
import { GeoJsonGeometrie } from "./geo";

/**
 * Input schemas from components/schemas of zaken-1.5.1.yaml. Read-only and unknown members
 * are ignored, as DRF does. Optional members get the value the API shows when absent.
 */

const datum = z.iso.date({ error: "Verwacht een datum (JJJJ-MM-DD)." });
const datumTijd = z.iso.datetime({ offset: true, local: true, error: "Verwacht een datum-tijd (ISO 8601)." });
const url = (max = 1000) => z.url({ protocol: /^https?$/, error: "Verwacht een geldige URL." }).max(max);
const nullable = <T extends z.ZodType>(s: T) => s.nullable().optional().default(null);
const tekst = (max: number) => z.string().max(max).optional().default("");

/** RSIN: 9 digits and the 11-proof (vng-api-common's validate_rsin). */
export function isRsin(waarde: string): boolean {
  if (!/^\d{9}$/.test(waarde)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(waarde[i]) * (9 - i);
  som -= Number(waarde[8]);
  return som % 11 === 0;
}
const rsin = z.string().refine(isRsin, { error: "Onjuist RSIN-nummer: 9 cijfers die voldoen aan de elfproef." });

export const ARCHIEFNOMINATIES = ["blijvend_bewaren", "vernietigen"] as const;
export const ARCHIEFSTATUSSEN = ["nog_te_archiveren", "gearchiveerd", "gearchiveerd_procestermijn_onbekend", "overgedragen"] as const;
export const BETALINGSINDICATIES = ["nvt", "nog_niet", "gedeeltelijk", "geheel"] as const;

export const BETALINGSINDICATIE_WEERGAVE: Record<string, string> = {
  "": "",
  nvt: "Er is geen sprake van te betalen, met de zaak gemoeide, kosten.",
  nog_niet: "De met de zaak gemoeide kosten zijn (nog) niet betaald.",
  gedeeltelijk: "De met de zaak gemoeide kosten zijn gedeeltelijk betaald.",
  geheel: "De met de zaak gemoeide kosten zijn geheel betaald.",
};

const Verlenging = z.object({ reden: z.string().max(200), duur: z.string().regex(/^-?P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/, { error: "Verwacht een ISO-8601-duur." }) });
const Opschorting = z.object({ indicatie: z.boolean(), reden: z.string().max(200) });
const Processobject = z.object({
  datumkenmerk: z.string().max(250),
  identificatie: z.string().max(250),
  objecttype: z.string().max(250),
  registratie: z.string().max(250),
});

export const ZaakInvoer = z.object({
  identificatie: tekst(40),
  bronorganisatie: rsin,
  omschrijving: tekst(80),
  toelichting: tekst(1000),
  zaaktype: url(),
  registratiedatum: datum.optional(),
  verantwoordelijkeOrganisatie: rsin,
  startdatum: datum,
  einddatumGepland: nullable(datum),
  uiterlijkeEinddatumAfdoening: nullable(datum),
  publicatiedatum: nullable(datum),
  communicatiekanaal: z.union([z.literal(""), url()]).optional().default(""),
  productenOfDiensten: z.array(url()).optional().default([]),
  vertrouwelijkheidaanduiding: z.enum(VERTROUWELIJKHEIDAANDUIDINGEN).optional(),
  betalingsindicatie: z.enum(["", ...BETALINGSINDICATIES]).optional().default(""),
  laatsteBetaaldatum: nullable(datumTijd),
  zaakgeometrie: nullable(GeoJsonGeometrie),
  verlenging: nullable(Verlenging),
  opschorting: nullable(Opschorting),
  selectielijstklasse: z.union([z.literal(""), url()]).optional().default(""),
  hoofdzaak: nullable(url()),
  relevanteAndereZaken: z.array(z.object({ url: url(), aardRelatie: z.enum(["vervolg", "onderwerp", "bijdrage"]) })).optional().default([]),
  kenmerken: z.array(z.object({ kenmerk: z.string().max(40), bron: z.string().max(40) })).optional().default([]),
  archiefnominatie: z.enum(["", ...ARCHIEFNOMINATIES]).nullable().optional().default(null).transform((v) => (v === "" ? null : v)),
  archiefstatus: z.enum(ARCHIEFSTATUSSEN).optional().default("nog_te_archiveren"),
  archiefactiedatum: nullable(datum),
  opdrachtgevendeOrganisatie: tekst(9),
  processobjectaard: nullable(z.string().max(200)),
  startdatumBewaartermijn: nullable(datum),
  processobject: nullable(Processobject),
});
export type ZaakGegevens = z.output<typeof ZaakInvoer>;

export const StatusInvoer = z.object({
  zaak: url(),
  statustype: url(),
  datumStatusGezet: datumTijd,
  statustoelichting: tekst(1000),
  gezetdoor: z.union([z.literal(""), url(200)]).optional().default(""),
});
export type StatusGegevens = z.output<typeof StatusInvoer>;

export const ResultaatInvoer = z.object({
  zaak: url(),
  resultaattype: url(),
  toelichting: tekst(1000),
});
export type ResultaatGegevens = z.output<typeof ResultaatInvoer>;

export function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw validatieFout([{ name: "nonFieldErrors", code: "invalid", reason: "Verwacht een JSON-object." }]);
  }
  const r = schema.safeParse(body);
  if (!r.success) throw validatieFout(invalidParamsFromZod(r.error));
  return r.data;
}
