import { z } from "zod";
import { VERTROUWELIJKHEIDAANDUIDINGEN } from "../vertrouwelijkheid";

/**
 * Input schemas from components/schemas of documenten-1.4.2.yaml. Read-only and unknown
 * members are ignored, as DRF does; optional members get the value the API shows when absent.
 */

const datum = z.iso.date({ error: "Verwacht een datum (JJJJ-MM-DD)." });
const datumTijd = z.iso.datetime({ offset: true, local: true, error: "Verwacht een datum en tijd (ISO 8601)." });
const url = (max = 1000) => z.url({ protocol: /^https?$/, error: "Verwacht een geldige URL." }).max(max);
const optioneleTekst = (max?: number) => (max ? z.string().max(max) : z.string()).optional().default("");
const nullable = <T extends z.ZodType>(s: T) => s.nullable().optional().default(null);

export const STATUSSEN = ["in_bewerking", "ter_vaststelling", "definitief", "gearchiveerd"] as const;

const Ondertekening = z.object({
  soort: z.union([z.enum(["analoog", "digitaal", "pki"]), z.literal("")]).optional().default(""),
  datum: z.union([datum, z.literal("")]).nullable().optional().default(null),
});

const Integriteit = z.object({
  algoritme: z
    .union([
      z.enum(["crc_16", "crc_32", "crc_64", "fletcher_4", "fletcher_8", "fletcher_16", "fletcher_32", "hmac", "md5", "sha_1", "sha_256", "sha_512", "sha_3"]),
      z.literal(""),
    ])
    .optional()
    .default(""),
  waarde: optioneleTekst(128),
  datum: z.union([datum, z.literal("")]).nullable().optional().default(null),
});

/** The members of an EIO version as stored in `gegevens` (everything the client writes, except content). */
export const EioVelden = z.object({
  identificatie: optioneleTekst(40),
  bronorganisatie: z.string().regex(/^\d{9}$/, { error: "Een RSIN bestaat uit 9 cijfers." }),
  creatiedatum: datum,
  titel: z.string().min(1).max(200),
  vertrouwelijkheidaanduiding: z.union([z.enum(VERTROUWELIJKHEIDAANDUIDINGEN), z.literal("")]).optional().default(""),
  auteur: z.string().min(1).max(200),
  status: z.union([z.enum(STATUSSEN), z.literal("")]).optional().default(""),
  formaat: optioneleTekst(255),
  taal: z.string().length(3, { error: "Verwacht een taalcode van 3 letters (ISO 639-2/B)." }),
  bestandsnaam: optioneleTekst(255),
  link: z.union([z.literal(""), url(200)]).optional().default(""),
  beschrijving: optioneleTekst(1000),
  ontvangstdatum: nullable(datum),
  verzenddatum: nullable(datum),
  indicatieGebruiksrecht: z.boolean().nullable().optional().default(null),
  verschijningsvorm: optioneleTekst(),
  ondertekening: nullable(Ondertekening),
  integriteit: nullable(Integriteit),
  informatieobjecttype: url(200),
  trefwoorden: z.array(z.string().max(100)).optional().default([]),
});
export type EioGegevens = z.output<typeof EioVelden>;

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/** Content and lock members of a write (handled beside the stored fields). */
export const EioInhoud = z.object({
  inhoud: z
    .string()
    .refine((s) => /^https?:\/\//.test(s) || BASE64.test(s), { error: "Verwacht de inhoud als base64." })
    .nullable()
    .optional(),
  bestandsomvang: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  lock: z.string().optional(),
});

export const GebruiksrechtInvoer = z.object({
  informatieobject: url(),
  startdatum: datumTijd,
  einddatum: datumTijd.nullable().optional().default(null),
  omschrijvingVoorwaarden: z.string().min(1),
});
export type GebruiksrechtGegevens = z.output<typeof GebruiksrechtInvoer>;

export const OioInvoer = z.object({
  informatieobject: url(),
  object: url(1000),
  objectType: z.enum(["besluit", "zaak", "verzoek"]),
});

const BinnenlandsAdres = z.object({
  huisletter: optioneleTekst(1),
  huisnummer: z.number().int().min(1).max(99999),
  huisnummerToevoeging: optioneleTekst(4),
  naamOpenbareRuimte: z.string().min(1).max(80),
  postcode: optioneleTekst(6),
  woonplaatsnaam: z.string().min(1).max(80),
});
const BuitenlandsAdres = z.object({
  adresBuitenland1: z.string().min(1).max(35),
  adresBuitenland2: optioneleTekst(35),
  adresBuitenland3: optioneleTekst(35),
  landPostadres: url(200),
});
const Postadres = z.object({
  postBusOfAntwoordnummer: z.number().int().min(1).max(9999),
  postadresPostcode: z.string().min(1).max(6),
  postadresType: z.enum(["antwoordnummer", "postbusnummer"]),
  woonplaatsnaam: z.string().min(1).max(80),
});

export const VerzendingInvoer = z.object({
  betrokkene: url(200),
  informatieobject: url(),
  aardRelatie: z.enum(["afzender", "geadresseerde"]),
  toelichting: optioneleTekst(200),
  ontvangstdatum: nullable(datum),
  verzenddatum: nullable(datum),
  contactPersoon: url(1000),
  contactpersoonnaam: optioneleTekst(40),
  binnenlandsCorrespondentieadres: nullable(BinnenlandsAdres),
  buitenlandsCorrespondentieadres: nullable(BuitenlandsAdres),
  correspondentiePostadres: nullable(Postadres),
  faxnummer: nullable(z.string().max(15)),
  emailadres: nullable(z.union([z.literal(""), z.email().max(100)])),
  mijnOverheid: z.boolean().optional().default(false),
  telefoonnummer: nullable(z.string().max(15)),
});
export type VerzendingGegevens = z.output<typeof VerzendingInvoer>;

/** Address members of a verzending: exactly one kind of address per verzending (Open Zaak). */
export const ADRES_VELDEN = [
  "binnenlandsCorrespondentieadres",
  "buitenlandsCorrespondentieadres",
  "correspondentiePostadres",
  "faxnummer",
  "emailadres",
  "telefoonnummer",
] as const;
