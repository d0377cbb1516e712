/**
 * Queries on zoek_index (kept in sync by triggers, migration `zoeken`). Read rights are part
 * of EVERY query: a row counts only when its zaak's zaaktype is one the caller may read, so an
 * unreadable zaak never shows up in results, counts or facets. The search text goes in as one
 * bind parameter (`to_tsquery('dutch', $n)`, built by ./zoektaal), never as SQL.
 */
import { sql, type SQL } from "drizzle-orm";
import { selectRows, type Database } from "@/lib/db";
import type { ZoekFacet, ZoekSoort } from "./contract";

export interface IndexVraag {
  /** tsquery text from zoekvraagNaarTsquery; null = no text condition (browse). */
  tsquery: string | null;
  soort: ZoekSoort;
  /** Zaaktype URLs (every version) the caller may read. Empty = nothing. */
  leesbareZaaktypen: readonly string[];
  /** Facet filters on raw index values; zaaktype as URLs. Empty/absent = no filter (so a filter that maps to nothing must pass a value that matches nothing). */
  filters: Partial<Record<ZoekFacet, readonly (string | number)[]>>;
  datumVan?: string;
  datumTot?: string;
  offset: number;
  limit: number;
}

export interface IndexRij {
  sleutel: string;
  identificatie: string;
  titel: string;
  omschrijving: string;
  status: string | null;
  groep: string | null;
  behandelaar: string | null;
  datum: string | null;
  zaakUuid: string;
  zaakIdentificatie: string;
  zaaktypeUrl: string;
}

export interface IndexAntwoord {
  count: number;
  aantallen: Record<ZoekSoort, number>;
  /** Raw facet values (zaaktype = URL, jaar as text) with counts. */
  facetten: Partial<Record<ZoekFacet, { waarde: string; aantal: number }[]>>;
  rijen: IndexRij[];
}

const FACET_EXPRESSIE: Record<ZoekFacet, SQL> = {
  zaaktype: sql`z.zaaktype_url`,
  status: sql`i.status`,
  groep: sql`i.groep`,
  behandelaar: sql`i.behandelaar`,
  jaar: sql`extract(year from i.datum)::int`,
};

function lijst(waarden: readonly (string | number)[]): SQL {
  return sql.join(
    waarden.map((w) => sql`${w}`),
    sql`, `,
  );
}

const FROM = sql`from zoek_index i join zrc_zaak z on z.uuid = i.zaak_uuid`;

/** The conditions every query shares: rights, text, optionally soort, and the filters except `zonder`. */
function voorwaarden(v: IndexVraag, opties: { soort: boolean; filters: boolean; zonder?: ZoekFacet }): SQL {
  const w: SQL[] = [sql`z.zaaktype_url in (${lijst(v.leesbareZaaktypen)})`];
  if (v.tsquery !== null) w.push(sql`i.tekst @@ to_tsquery('dutch', ${v.tsquery})`);
  if (opties.soort) w.push(sql`i.soort = ${v.soort}`);
  if (opties.filters) {
    for (const [facet, waarden] of Object.entries(v.filters) as [ZoekFacet, readonly (string | number)[]][]) {
      if (facet === opties.zonder || !waarden || waarden.length === 0) continue;
      const waardenSql = facet === "jaar" ? sql.join(waarden.map((j) => sql`${Number(j)}::int`), sql`, `) : lijst(waarden);
      w.push(sql`${FACET_EXPRESSIE[facet]} in (${waardenSql})`);
    }
    if (v.datumVan) w.push(sql`i.datum >= ${v.datumVan}::date`);
    if (v.datumTot) w.push(sql`i.datum <= ${v.datumTot}::date`);
  }
  return sql.join(w, sql` and `);
}

export async function zoekInIndex(db: Database, v: IndexVraag, facetten: readonly ZoekFacet[]): Promise<IndexAntwoord> {
  const leeg: IndexAntwoord = { count: 0, aantallen: { zaak: 0, taak: 0, document: 0 }, facetten: Object.fromEntries(facetten.map((f) => [f, []])), rijen: [] };
  if (v.leesbareZaaktypen.length === 0) return leeg;

  const alles = voorwaarden(v, { soort: true, filters: true });
  const rang = v.tsquery !== null ? sql`ts_rank(i.tekst, to_tsquery('dutch', ${v.tsquery}))` : sql`0::real`;

  const rijenVraag = selectRows<IndexRij>(
    db,
    sql`select i.sleutel::text as "sleutel", i.identificatie as "identificatie", i.titel as "titel", i.omschrijving as "omschrijving",
          i.status as "status", i.groep as "groep", i.behandelaar as "behandelaar", to_char(i.datum, 'YYYY-MM-DD') as "datum",
          z.uuid::text as "zaakUuid", z.identificatie as "zaakIdentificatie", z.zaaktype_url as "zaaktypeUrl"
        ${FROM} where ${alles}
        order by ${rang} desc, i.datum desc nulls last, i.identificatie, i.sleutel
        limit ${v.limit} offset ${v.offset}`,
  );
  const countVraag = selectRows<{ n: number }>(db, sql`select count(*)::int as "n" ${FROM} where ${alles}`);
  const aantallenVraag = selectRows<{ soort: ZoekSoort; n: number }>(
    db,
    sql`select i.soort as "soort", count(*)::int as "n" ${FROM} where ${voorwaarden(v, { soort: false, filters: false })} group by i.soort`,
  );
  const facetVragen = facetten.map((f) =>
    selectRows<{ waarde: string; n: number }>(
      db,
      sql`select ${FACET_EXPRESSIE[f]}::text as "waarde", count(*)::int as "n" ${FROM}
          where ${voorwaarden(v, { soort: true, filters: true, zonder: f })} and ${FACET_EXPRESSIE[f]} is not null
          group by 1 order by 2 desc, 1`,
    ),
  );
  const [rijen, count, aantallen, ...facetRijen] = await Promise.all([rijenVraag, countVraag, aantallenVraag, ...facetVragen]);
  const perSoort = { ...leeg.aantallen };
  for (const a of aantallen) perSoort[a.soort] = Number(a.n);
  return {
    count: Number(count[0]?.n ?? 0),
    aantallen: perSoort,
    facetten: Object.fromEntries(facetten.map((f, i) => [f, (facetRijen[i] ?? []).map((r) => ({ waarde: r.waarde, aantal: Number(r.n) }))])),
    rijen,
  };
}
