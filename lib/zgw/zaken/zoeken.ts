import { and, asc, desc, eq, gt, gte, inArray, isNull, isNotNull, lt, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { invalidParamsFromZod } from "@/lib/errors";
import { validatieFout } from "../fouten";
import { kommaLijst, paginaParameter, parseQuery } from "../query";
import { VERTROUWELIJKHEIDAANDUIDINGEN, rang } from "../vertrouwelijkheid";
import { GeoJsonGeometrie, type Geometrie } from "./geo";
import { ARCHIEFNOMINATIES, ARCHIEFSTATUSSEN } from "./invoer";
import { zrcRol } from "./relaties/schema";
import { zrcZaak } from "./schema";

/**
 * The filters of GET /zaken and POST /zaken/_zoek (one normalised form), as SQL on indexed
 * columns; rol__* filters are EXISTS subqueries on zrc_rol (indexed by zaak and identifiers).
 */

const datum = z.iso.date({ error: "Verwacht een datum (JJJJ-MM-DD)." });
const ORDERINGEN = ["startdatum", "einddatum", "publicatiedatum", "archiefactiedatum", "registratiedatum", "identificatie"] as const;
const ordering = z.enum(ORDERINGEN.flatMap((o) => [o, `-${o}`]) as [string, ...string[]]);
const ROL_BETROKKENE_TYPEN = ["natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging", "organisatorische_eenheid", "medewerker"] as const;
const ROL_GENERIEK = ["adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator", "klantcontacter", "zaakcoordinator", "mede_initiator"] as const;

/** rol__betrokkeneIdentificatie__<groep>__<veld>: betrokkeneType and the member in betrokkene_identificatie. */
const ROL_IDENTIFICATIE = {
  rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: ["natuurlijk_persoon", "inpBsn", 9],
  rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie: ["natuurlijk_persoon", "anpIdentificatie", 17],
  rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer: ["natuurlijk_persoon", "inpA_nummer", 10],
  rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId: ["niet_natuurlijk_persoon", "innNnpId", 9],
  rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie: ["niet_natuurlijk_persoon", "annIdentificatie", 17],
  rol__betrokkeneIdentificatie__vestiging__vestigingsNummer: ["vestiging", "vestigingsNummer", 24],
  rol__betrokkeneIdentificatie__medewerker__identificatie: ["medewerker", "identificatie", 24],
  rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie: ["organisatorische_eenheid", "identificatie", 24],
} as const;
type RolIdentificatieFilter = keyof typeof ROL_IDENTIFICATIE;

const enkelvoudig = {
  identificatie: z.string(),
  bronorganisatie: z.string(),
  zaaktype: z.string(),
  archiefnominatie: z.enum(ARCHIEFNOMINATIES),
  archiefactiedatum: datum,
  archiefactiedatum__lt: datum,
  archiefactiedatum__gt: datum,
  archiefstatus: z.enum(ARCHIEFSTATUSSEN),
  startdatum: datum,
  startdatum__gt: datum,
  startdatum__gte: datum,
  startdatum__lt: datum,
  startdatum__lte: datum,
  registratiedatum: datum,
  registratiedatum__gt: datum,
  registratiedatum__lt: datum,
  einddatum: datum,
  einddatum__gt: datum,
  einddatum__lt: datum,
  einddatumGepland: datum,
  einddatumGepland__gt: datum,
  einddatumGepland__lt: datum,
  uiterlijkeEinddatumAfdoening: datum,
  uiterlijkeEinddatumAfdoening__gt: datum,
  uiterlijkeEinddatumAfdoening__lt: datum,
  rol__betrokkeneType: z.enum(ROL_BETROKKENE_TYPEN),
  rol__betrokkene: z.url({ error: "Verwacht een geldige URL." }),
  rol__omschrijvingGeneriek: z.enum(ROL_GENERIEK),
  maximaleVertrouwelijkheidaanduiding: z.enum(VERTROUWELIJKHEIDAANDUIDINGEN),
  ...(Object.fromEntries(Object.entries(ROL_IDENTIFICATIE).map(([k, [, , max]]) => [k, z.string().max(max)])) as Record<RolIdentificatieFilter, z.ZodString>),
};

export interface ZaakFilter extends Partial<Record<keyof typeof enkelvoudig, string>> {
  bronorganisatie__in?: string[];
  archiefnominatie__in?: string[];
  archiefstatus__in?: string[];
  archiefactiedatum__isnull?: boolean;
  einddatum__isnull?: boolean;
  zaaktype__in?: string[];
  uuid__in?: string[];
  within?: Geometrie;
  ordering?: string[];
  expand?: string;
}

const bool = z.enum(["true", "false", "True", "False", "1", "0"]).transform((v) => v === "true" || v === "True" || v === "1");
const optioneel = <T extends Record<string, z.ZodType>>(v: T) => Object.fromEntries(Object.entries(v).map(([k, s]) => [k, s.optional()])) as { [K in keyof T]: z.ZodOptional<T[K]> };

export const ZaakLijstQuery = z.object({
  ...optioneel(enkelvoudig),
  bronorganisatie__in: kommaLijst.optional(),
  archiefnominatie__in: kommaLijst.pipe(z.array(z.enum(ARCHIEFNOMINATIES))).optional(),
  archiefstatus__in: kommaLijst.pipe(z.array(z.enum(ARCHIEFSTATUSSEN))).optional(),
  archiefactiedatum__isnull: bool.optional(),
  einddatum__isnull: bool.optional(),
  expand: z.string().optional(),
  ordering: kommaLijst.pipe(z.array(ordering)).optional(),
  page: paginaParameter,
});

export function leesLijstQuery(url: URL): { filter: ZaakFilter; pagina: number } {
  const { page, ...filter } = parseQuery(url, ZaakLijstQuery);
  return { filter: filter as ZaakFilter, pagina: page ?? 1 };
}

export const ZaakZoekBody = z.object({
  ...optioneel(enkelvoudig),
  bronorganisatie__in: z.array(z.string()).optional(),
  archiefnominatie__in: z.array(z.enum(ARCHIEFNOMINATIES)).optional(),
  archiefstatus__in: z.array(z.enum(ARCHIEFSTATUSSEN)).optional(),
  archiefactiedatum__isnull: z.boolean().optional(),
  einddatum__isnull: z.boolean().optional(),
  zaaktype__in: z.array(z.url({ error: "Verwacht een geldige URL." })).optional(),
  uuid__in: z.array(z.uuid({ error: "Verwacht een UUID." })).optional(),
  zaakgeometrie: z.object({ within: GeoJsonGeometrie.optional() }).optional(),
  expand: z.string().optional(),
  ordering: z.union([z.array(ordering), kommaLijst.pipe(z.array(ordering))]).optional(),
});

export function leesZoekBody(body: unknown): ZaakFilter {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw validatieFout([{ name: "nonFieldErrors", code: "invalid", reason: "Verwacht een JSON-object." }]);
  }
  const r = ZaakZoekBody.safeParse(body);
  if (!r.success) throw validatieFout(invalidParamsFromZod(r.error));
  const { zaakgeometrie, ...rest } = r.data;
  return { ...(rest as ZaakFilter), ...(zaakgeometrie?.within ? { within: zaakgeometrie.within } : {}) };
}

const leeg = (lijst: string[]) => (lijst.length ? lijst : [""]);

function rolBestaat(conditie: SQL): SQL {
  return sql`exists (select 1 from ${zrcRol} where ${zrcRol.zaakUuid} = ${zrcZaak.uuid} and ${conditie})`;
}

/** The WHERE of the filters (authorisation and geometry bbox are added by the caller). */
export function filterConditie(f: ZaakFilter): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  const z = zrcZaak;
  const als = <T>(w: T | undefined, maak: (w: T) => SQL) => (w !== undefined ? c.push(maak(w)) : undefined);
  als(f.identificatie, (w) => eq(z.identificatie, w));
  als(f.bronorganisatie, (w) => eq(z.bronorganisatie, w));
  als(f.bronorganisatie__in, (w) => inArray(z.bronorganisatie, leeg(w)));
  als(f.zaaktype, (w) => eq(z.zaaktypeUrl, w));
  als(f.zaaktype__in, (w) => inArray(z.zaaktypeUrl, leeg(w)));
  als(f.uuid__in, (w) => inArray(z.uuid, w.length ? w.map((u) => u.toLowerCase()) : ["00000000-0000-0000-0000-000000000000"]));
  als(f.archiefnominatie, (w) => eq(z.archiefnominatie, w));
  als(f.archiefnominatie__in, (w) => inArray(z.archiefnominatie, leeg(w)));
  als(f.archiefactiedatum, (w) => eq(z.archiefactiedatum, w));
  als(f.archiefactiedatum__lt, (w) => lt(z.archiefactiedatum, w));
  als(f.archiefactiedatum__gt, (w) => gt(z.archiefactiedatum, w));
  als(f.archiefactiedatum__isnull, (w) => (w ? isNull(z.archiefactiedatum) : isNotNull(z.archiefactiedatum)));
  als(f.archiefstatus, (w) => eq(z.archiefstatus, w));
  als(f.archiefstatus__in, (w) => inArray(z.archiefstatus, leeg(w)));
  als(f.startdatum, (w) => eq(z.startdatum, w));
  als(f.startdatum__gt, (w) => gt(z.startdatum, w));
  als(f.startdatum__gte, (w) => gte(z.startdatum, w));
  als(f.startdatum__lt, (w) => lt(z.startdatum, w));
  als(f.startdatum__lte, (w) => lte(z.startdatum, w));
  als(f.registratiedatum, (w) => eq(z.registratiedatum, w));
  als(f.registratiedatum__gt, (w) => gt(z.registratiedatum, w));
  als(f.registratiedatum__lt, (w) => lt(z.registratiedatum, w));
  als(f.einddatum, (w) => eq(z.einddatum, w));
  als(f.einddatum__gt, (w) => gt(z.einddatum, w));
  als(f.einddatum__lt, (w) => lt(z.einddatum, w));
  als(f.einddatum__isnull, (w) => (w ? isNull(z.einddatum) : isNotNull(z.einddatum)));
  als(f.einddatumGepland, (w) => eq(z.einddatumGepland, w));
  als(f.einddatumGepland__gt, (w) => gt(z.einddatumGepland, w));
  als(f.einddatumGepland__lt, (w) => lt(z.einddatumGepland, w));
  als(f.uiterlijkeEinddatumAfdoening, (w) => eq(z.uiterlijkeEinddatumAfdoening, w));
  als(f.uiterlijkeEinddatumAfdoening__gt, (w) => gt(z.uiterlijkeEinddatumAfdoening, w));
  als(f.uiterlijkeEinddatumAfdoening__lt, (w) => lt(z.uiterlijkeEinddatumAfdoening, w));
  als(f.maximaleVertrouwelijkheidaanduiding, (w) => lte(z.vertrouwelijkheid, rang(w)));
  als(f.rol__betrokkeneType, (w) => rolBestaat(eq(zrcRol.betrokkeneType, w)));
  als(f.rol__betrokkene, (w) => rolBestaat(eq(zrcRol.betrokkene, w)));
  als(f.rol__omschrijvingGeneriek, (w) => rolBestaat(eq(zrcRol.omschrijvingGeneriek, w)));
  for (const [naam, [type, veld]] of Object.entries(ROL_IDENTIFICATIE)) {
    als(f[naam as RolIdentificatieFilter], (w) =>
      rolBestaat(and(eq(zrcRol.betrokkeneType, type), sql`(${zrcRol.betrokkeneIdentificatie}->>${sql.raw(`'${veld}'`)}) = ${w}`)!),
    );
  }
  const delen = c.filter((x): x is SQL => x !== undefined);
  return delen.length ? and(...delen) : undefined;
}

const KOLOM = {
  startdatum: zrcZaak.startdatum,
  einddatum: zrcZaak.einddatum,
  publicatiedatum: zrcZaak.publicatiedatum,
  archiefactiedatum: zrcZaak.archiefactiedatum,
  registratiedatum: zrcZaak.registratiedatum,
  identificatie: zrcZaak.identificatie,
} as const;

/** ORDER BY of `ordering`, with insertion order as tie-breaker (stable pages). */
export function ordening(ordering: string[] | undefined): SQL[] {
  const delen: SQL[] = [];
  for (const o of ordering ?? []) {
    const af = o.startsWith("-");
    const kolom = KOLOM[(af ? o.slice(1) : o) as keyof typeof KOLOM];
    if (kolom) delen.push(af ? desc(kolom) : asc(kolom));
  }
  const laatsteAf = (ordering ?? []).at(-1)?.startsWith("-") ?? false;
  delen.push(laatsteAf ? desc(zrcZaak.volgorde) : asc(zrcZaak.volgorde));
  return delen;
}
