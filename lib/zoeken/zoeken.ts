/**
 * `GET /api/zoeken`: full-text search over zaken, taken and documenten for one medewerker.
 * Read rights are the werklijsten' rights (the zaaktypen the policy lets the user read, every
 * version), applied IN the index query (./zoekindex) to results, counts and facets alike.
 */
import { AppError } from "@/lib/errors";
import { statustypen } from "@/lib/zaakafhandeling/catalogus";
import type { MedewerkerContext } from "@/lib/zaakafhandeling/context";
import { TAAKTYPE_NAMEN, type Taaktype } from "@/lib/zaakafhandeling/contract";
import { leesbareZaaktypen, overigeRechtenVoor } from "@/lib/zaakafhandeling/feiten";
import { FACETTEN_PER_SOORT, type Facetwaarde, type ZoekAntwoord, type ZoekFacet, type ZoekQuery, type ZoekResultaat, type ZoekSoort } from "./contract";
import { zoekInIndex, type IndexRij } from "./zoekindex";
import { zoekvraagNaarTsquery } from "./zoektaal";

export const TAAK_STATUS_NAMEN: Record<string, string> = { niet_toegekend: "Niet toegekend", toegekend: "Toegekend", afgerond: "Afgerond" };
export const DOCUMENT_STATUS_NAMEN: Record<string, string> = {
  in_bewerking: "In bewerking",
  ter_vaststelling: "Ter vaststelling",
  definitief: "Definitief",
  gearchiveerd: "Gearchiveerd",
};

/** Matches no zaaktype URL or status: a filter whose values map to nothing must still filter. */
const NIETS = "urn:zoeken:niets";

interface Naamgeving {
  zaaktypeNaam: Map<string, string>;
  /** zaak: statustype URL -> omschrijving. */
  statusNaam: Map<string, string>;
}

async function naamgeving(ctx: MedewerkerContext, soort: ZoekSoort, leesbaar: Awaited<ReturnType<typeof leesbareZaaktypen>>): Promise<Naamgeving> {
  const zaaktypeNaam = new Map<string, string>();
  for (const url of leesbaar.urls) zaaktypeNaam.set(url, leesbaar.perUrl.get(url)?.omschrijving ?? url);
  const statusNaam = new Map<string, string>();
  if (soort === "zaak") {
    // Cached per process (lib/zaakafhandeling/catalogus): one Catalogi call per zaaktype version at most.
    const typen = await Promise.all(leesbaar.urls.map((u) => statustypen(ctx.zgw, u).catch(() => [])));
    for (const lijst of typen) for (const t of lijst) statusNaam.set(t.url, t.omschrijving);
  }
  return { zaaktypeNaam, statusNaam };
}

function statusLabel(soort: ZoekSoort, waarde: string, n: Naamgeving): string {
  if (soort === "zaak") return n.statusNaam.get(waarde) ?? "Onbekende status";
  if (soort === "taak") return TAAK_STATUS_NAMEN[waarde] ?? waarde;
  return DOCUMENT_STATUS_NAMEN[waarde] ?? waarde;
}

/** Labels (what the user picks) -> the raw values in the index. */
function naarWaarden(labels: readonly string[], alle: Map<string, string>): string[] {
  const gekozen = new Set(labels);
  const uit = [...alle].filter(([, label]) => gekozen.has(label)).map(([waarde]) => waarde);
  return uit.length > 0 ? uit : [NIETS];
}

function href(soort: ZoekSoort, r: IndexRij): string {
  if (soort === "zaak") return `/zaken/${r.zaakUuid}`;
  if (soort === "taak") return `/taken/${r.sleutel}`;
  return `/documenten/${r.sleutel}`;
}

export async function zoeken(ctx: MedewerkerContext, query: ZoekQuery): Promise<ZoekAntwoord> {
  if (!overigeRechtenVoor(ctx).zoeken) {
    throw new AppError("permission_denied", { detail: "Je hebt niet het recht om te zoeken.", extensions: { recht: "overig.zoeken" } });
  }
  if (query.datumVan && query.datumTot && query.datumVan > query.datumTot) {
    throw AppError.invalid("De begindatum ligt na de einddatum.", [{ name: "datumVan", code: "invalid", reason: "Kies een datum voor de einddatum." }]);
  }
  const soort = query.type;
  const leesbaar = await leesbareZaaktypen(ctx);
  const namen = await naamgeving(ctx, soort, leesbaar);
  const facetten = FACETTEN_PER_SOORT[soort];

  const filters: Partial<Record<ZoekFacet, readonly (string | number)[]>> = {};
  if (query.zaaktype.length) filters.zaaktype = naarWaarden(query.zaaktype, namen.zaaktypeNaam);
  if (query.status.length) filters.status = soort === "zaak" ? naarWaarden(query.status, namen.statusNaam) : query.status;
  if (query.groep.length && facetten.includes("groep")) filters.groep = query.groep;
  if (query.behandelaar.length && facetten.includes("behandelaar")) filters.behandelaar = query.behandelaar;
  if (query.jaar.length) filters.jaar = query.jaar;

  const antwoord = await zoekInIndex(
    ctx.db,
    {
      tsquery: zoekvraagNaarTsquery(query.q),
      soort,
      leesbareZaaktypen: leesbaar.urls,
      filters,
      datumVan: query.datumVan,
      datumTot: query.datumTot,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    },
    facetten,
  );

  const facetUit: Partial<Record<ZoekFacet, Facetwaarde[]>> = {};
  for (const f of facetten) {
    // Several raw values can share a label (zaaktype and statustype versions): add them up.
    const perLabel = new Map<string, number>();
    for (const { waarde, aantal } of antwoord.facetten[f] ?? []) {
      const label =
        f === "zaaktype" ? (namen.zaaktypeNaam.get(waarde) ?? waarde) : f === "status" ? statusLabel(soort, waarde, namen) : waarde;
      perLabel.set(label, (perLabel.get(label) ?? 0) + aantal);
    }
    const gekozen = new Set((query[f] as readonly (string | number)[]).map(String));
    // What the user filters on and what a facet shows: the label, except raw status codes of taken/documenten.
    facetUit[f] = [...perLabel]
      .map(([label, aantal]) => {
        const waarde = f === "status" && soort !== "zaak" ? (Object.entries(soort === "taak" ? TAAK_STATUS_NAMEN : DOCUMENT_STATUS_NAMEN).find(([, l]) => l === label)?.[0] ?? label) : label;
        return { waarde, label, aantal, gekozen: gekozen.has(waarde) };
      })
      .sort((a, b) => (f === "jaar" ? b.label.localeCompare(a.label) : b.aantal - a.aantal || a.label.localeCompare(b.label, "nl")));
    // A chosen value without matches stays listed (count 0), so it can be unchecked.
    const lijst = facetUit[f];
    for (const waarde of gekozen) {
      if (lijst.some((w) => w.waarde === waarde)) continue;
      const label = f === "status" && soort !== "zaak" ? statusLabel(soort, waarde, namen) : waarde;
      lijst.push({ waarde, label, aantal: 0, gekozen: true });
    }
  }

  const resultaten: ZoekResultaat[] = antwoord.rijen.map((r) => ({
    soort,
    id: r.sleutel,
    identificatie: r.identificatie,
    titel: soort === "taak" ? (TAAKTYPE_NAMEN[r.titel as Taaktype] ?? r.titel) : r.titel,
    omschrijving: r.omschrijving,
    status: r.status === null ? null : statusLabel(soort, r.status, namen),
    groep: r.groep,
    behandelaar: r.behandelaar,
    datum: r.datum,
    zaakUuid: r.zaakUuid,
    zaakIdentificatie: r.zaakIdentificatie,
    zaaktype: namen.zaaktypeNaam.get(r.zaaktypeUrl) ?? "",
    href: href(soort, r),
  }));

  return {
    q: query.q,
    type: soort,
    page: query.page,
    pageSize: query.pageSize,
    count: antwoord.count,
    aantallen: antwoord.aantallen,
    facetten: facetUit,
    resultaten,
  };
}
