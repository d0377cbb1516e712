/**
 * The rows of a zaken-werklijst for the CSV export, page by page (never the whole result in
 * memory). The query is the werklijst's own (`zakenZoekvraag`: readable zaaktypen as
 * `zaaktype__in`, the list's conditions, filters, ordering), so the export holds exactly
 * what the list shows.
 *
 * Two paths to the same rows:
 * - this app's own Zaken API (no ZGW_ZAKEN_API_URL): the zrc_zaak table read directly with
 *   keyset paging on (ordering column, volgorde) through the API's own filter SQL
 *   (`filterConditie`). OFFSET paging through `_zoek` costs O(n) per page plus a count(*);
 *   for a million zaken that is hours, keyset is a constant per page.
 * - an external Zaken API (Open Zaak): `POST /zaken/_zoek?page=n` with expand=status,rollen,
 *   as the list does.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { ZaakRij } from "@/lib/zaakafhandeling/contract";
import type { MedewerkerContext } from "@/lib/zaakafhandeling/context";
import { statustypen } from "@/lib/zaakafhandeling/catalogus";
import { behandelaarUit, groepUit } from "@/lib/zaakafhandeling/rollen";
import { zaakRij, type ZakenZoekvraag } from "@/lib/zaakafhandeling/werklijsten";
import { vandaag } from "@/lib/zaakafhandeling/zaken";
import { AppError } from "@/lib/errors";
import { zgwClientEnv, ZgwZaak, type ZgwRol, type ZgwStatustype } from "@/lib/zgw-client";
import { filterConditie, leesZoekBody, type ZaakFilter } from "@/lib/zgw/zaken/zoeken";
import { zrcStatus, zrcZaak } from "@/lib/zgw/zaken/schema";
import { zrcRol } from "@/lib/zgw/zaken/relaties/schema";

/** The export's row: what the werklijst shows, without the UI-only flags. */
export type ZaakExportRij = Pick<
  ZaakRij,
  | "identificatie"
  | "zaaktype"
  | "omschrijving"
  | "status"
  | "startdatum"
  | "registratiedatum"
  | "einddatumGepland"
  | "uiterlijkeEinddatumAfdoening"
  | "einddatum"
  | "groep"
  | "behandelaar"
  | "opgeschort"
>;

/** Rows per database page on the local path. */
export const LOKALE_PAGINA = 1000;

/** True when the zaken come from this app's own Zaken API (the default roots). */
export function eigenZakenApi(env = zgwClientEnv()): boolean {
  return env.ZGW_ZAKEN_API_URL === undefined;
}

export function zakenExportRijen(ctx: MedewerkerContext, vraag: ZakenZoekvraag, opties: { lokaal?: boolean; paginaGrootte?: number } = {}): AsyncIterable<ZaakExportRij> {
  if (!vraag.zoek) return (async function* () {})();
  return (opties.lokaal ?? eigenZakenApi()) ? lokaleRijen(ctx, vraag, opties.paginaGrootte ?? LOKALE_PAGINA) : apiRijen(ctx, vraag);
}

// --- external Zaken API: page through _zoek ---------------------------------------------------

async function* apiRijen(ctx: MedewerkerContext, vraag: ZakenZoekvraag): AsyncGenerator<ZaakExportRij> {
  const dag = vandaag();
  for (let pagina = 1; ; pagina++) {
    const antwoord = await ctx.zgw.zoek("zaken", "/zaken/_zoek", vraag.zoek!, ZgwZaak, { page: pagina });
    for (const zaak of antwoord.results) yield alsExportRij(await zaakRij(ctx, zaak, vraag.leesbaar.perUrl, dag));
    if (!antwoord.next || antwoord.results.length === 0) return;
  }
}

function alsExportRij(r: ZaakRij): ZaakExportRij {
  return {
    identificatie: r.identificatie,
    zaaktype: r.zaaktype,
    omschrijving: r.omschrijving,
    status: r.status,
    startdatum: r.startdatum,
    registratiedatum: r.registratiedatum,
    einddatumGepland: r.einddatumGepland,
    uiterlijkeEinddatumAfdoening: r.uiterlijkeEinddatumAfdoening,
    einddatum: r.einddatum,
    groep: r.groep,
    behandelaar: r.behandelaar,
    opgeschort: r.opgeschort,
  };
}

// --- own Zaken API: keyset paging on zrc_zaak ------------------------------------------------

const SORTEERKOLOM = {
  identificatie: zrcZaak.identificatie,
  startdatum: zrcZaak.startdatum,
  registratiedatum: zrcZaak.registratiedatum,
  einddatum: zrcZaak.einddatum,
} as const;
type Sorteerveld = keyof typeof SORTEERKOLOM;

/**
 * ORDER BY and keyset of the API's `ordering` (lib/zgw/zaken/zoeken.ts `ordening`: the column,
 * then volgorde in the same direction). A column that is NULL for every row of the query
 * (einddatum of open zaken) orders nothing: then volgorde alone, as the API's tie-breaker does.
 */
export function keysetOrde(filter: ZaakFilter): { veld: Sorteerveld | null; af: boolean } {
  const o = filter.ordering?.[0] ?? "";
  const af = o.startsWith("-");
  const naam = (af ? o.slice(1) : o) as Sorteerveld;
  if (!(naam in SORTEERKOLOM)) return { veld: null, af };
  if (naam === "einddatum" && filter.einddatum__isnull !== false) {
    if (filter.einddatum__isnull === true) return { veld: null, af };
    // Mixed NULL and dates: keyset over NULLs is not worth it for a list the werklijst never asks.
    throw AppError.invalid("Exporteren gesorteerd op einddatum kan alleen voor afgehandelde zaken.");
  }
  return { veld: naam, af };
}

interface LokaleRij {
  uuid: string;
  identificatie: string;
  zaaktypeUrl: string;
  startdatum: string;
  registratiedatum: string;
  einddatumGepland: string | null;
  uiterlijkeEinddatumAfdoening: string | null;
  einddatum: string | null;
  omschrijving: string | null;
  opgeschort: string | null;
  statustype: string | null;
  volgorde: number;
}

interface Sleutel {
  waarde: string | null;
  volgorde: number;
}

async function* lokaleRijen(ctx: MedewerkerContext, vraag: ZakenZoekvraag, grootte: number): AsyncGenerator<ZaakExportRij> {
  // The API's own validation and filter SQL: the same conditions as `_zoek` would apply
  // (`expand` is about the representation, not the selection).
  const zoek = { ...vraag.zoek! };
  delete zoek.expand;
  const filter = leesZoekBody(zoek);
  const where = filterConditie(filter);
  const { veld, af } = keysetOrde(filter);
  const kolom = veld ? SORTEERKOLOM[veld] : null;
  const richting = af ? desc : asc;
  const orde = kolom ? [richting(kolom), richting(zrcZaak.volgorde)] : [richting(zrcZaak.volgorde)];
  const perUrl = vraag.leesbaar.perUrl;
  const statusNamen = new Map<string, Map<string, string>>();

  /** One page: the zaken after `sleutel` and their behandelaar rollen. */
  const laadPagina = async (sleutel: Sleutel | null): Promise<{ rijen: LokaleRij[]; rollen: Map<string, ZgwRol[]> }> => {
    let verder: SQL | undefined;
    if (sleutel) {
      const teken = sql.raw(af ? "<" : ">");
      verder = kolom
        ? sql`(${kolom}, ${zrcZaak.volgorde}) ${teken} (${sleutel.waarde}, ${sleutel.volgorde})`
        : sql`${zrcZaak.volgorde} ${teken} ${sleutel.volgorde}`;
    }
    const rijen: LokaleRij[] = await ctx.db
      .select({
        uuid: zrcZaak.uuid,
        identificatie: zrcZaak.identificatie,
        zaaktypeUrl: zrcZaak.zaaktypeUrl,
        startdatum: zrcZaak.startdatum,
        registratiedatum: zrcZaak.registratiedatum,
        einddatumGepland: zrcZaak.einddatumGepland,
        uiterlijkeEinddatumAfdoening: zrcZaak.uiterlijkeEinddatumAfdoening,
        einddatum: zrcZaak.einddatum,
        omschrijving: sql<string | null>`${zrcZaak.gegevens}->>'omschrijving'`,
        opgeschort: sql<string | null>`${zrcZaak.gegevens}->'opschorting'->>'indicatie'`,
        statustype: zrcStatus.statustypeUrl,
        volgorde: zrcZaak.volgorde,
      })
      .from(zrcZaak)
      .leftJoin(zrcStatus, eq(zrcStatus.uuid, zrcZaak.statusUuid))
      .where(and(where, verder))
      .orderBy(...orde)
      .limit(grootte);
    const rollen = new Map<string, ZgwRol[]>();
    if (rijen.length === 0) return { rijen, rollen };
    // Behandelaar and groep: the first behandelaar rol per kind, in the order the API lists rollen.
    const rolRijen = await ctx.db
      .select({ zaak: zrcRol.zaakUuid, type: zrcRol.betrokkeneType, identificatie: zrcRol.betrokkeneIdentificatie })
      .from(zrcRol)
      .where(
        and(
          inArray(
            zrcRol.zaakUuid,
            rijen.map((r) => r.uuid),
          ),
          eq(zrcRol.omschrijvingGeneriek, "behandelaar"),
          inArray(zrcRol.betrokkeneType, ["medewerker", "organisatorische_eenheid"]),
        ),
      )
      .orderBy(asc(zrcRol.volgorde));
    for (const r of rolRijen) {
      const lijst = rollen.get(r.zaak) ?? [];
      lijst.push({ omschrijvingGeneriek: "behandelaar", betrokkeneType: r.type, betrokkeneIdentificatie: r.identificatie ?? {} } as unknown as ZgwRol);
      rollen.set(r.zaak, lijst);
    }
    return { rijen, rollen };
  };

  let volgende: Promise<{ rijen: LokaleRij[]; rollen: Map<string, ZgwRol[]> }> | null = laadPagina(null);
  try {
    while (volgende) {
      const { rijen, rollen } = await volgende;
      volgende = null;
      if (rijen.length === 0) return;
      // Fetch the next page while this one is written: database and CSV work overlap (at most two pages in memory).
      if (rijen.length === grootte) {
        const laatste: LokaleRij = rijen[rijen.length - 1]!;
        volgende = laadPagina({ waarde: veld ? (laatste[veld] as string | null) : null, volgorde: laatste.volgorde });
      }
      for (const r of rijen) {
        const zt = perUrl.get(r.zaaktypeUrl);
        let status: string | null = null;
        if (r.statustype && zt) status = (statusNamen.get(zt.url) ?? (await statusNaamVan(ctx, statusNamen, zt.url))).get(r.statustype) ?? null;
        const rol = rollen.get(r.uuid) ?? [];
        yield {
          identificatie: r.identificatie,
          zaaktype: zt?.omschrijving ?? "",
          omschrijving: r.omschrijving ?? "",
          status,
          startdatum: r.startdatum,
          registratiedatum: r.registratiedatum,
          einddatumGepland: r.einddatumGepland,
          uiterlijkeEinddatumAfdoening: r.uiterlijkeEinddatumAfdoening,
          einddatum: r.einddatum,
          groep: groepUit(rol)?.naam ?? null,
          behandelaar: behandelaarUit(rol)?.naam ?? null,
          opgeschort: r.opgeschort === "true",
        };
      }
    }
  } finally {
    // Stopped early (download cancelled): the prefetch may still fail; nobody waits for it.
    volgende?.catch(() => undefined);
  }
}

/** statustype URL -> omschrijving per zaaktype (the catalogus cache answers after the first call). */
async function statusNaamVan(ctx: MedewerkerContext, cache: Map<string, Map<string, string>>, zaaktypeUrl: string): Promise<Map<string, string>> {
  let namen = cache.get(zaaktypeUrl);
  if (!namen) {
    const typen: ZgwStatustype[] = await statustypen(ctx.zgw, zaaktypeUrl);
    namen = new Map(typen.map((t) => [t.url, t.omschrijving]));
    cache.set(zaaktypeUrl, namen);
  }
  return namen;
}
