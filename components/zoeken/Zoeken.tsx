"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { FoutMelding, Knop, Laden, Tabs, TekstVeld, foutTekst, haal } from "@/components/ui";
import { formatDatum } from "@/lib/format";
import {
  DATUM_NAMEN,
  FACETTEN_PER_SOORT,
  ZOEK_FACET_NAMEN,
  ZOEK_PAGINAGROOTTES,
  ZOEK_SOORT_NAMEN,
  ZOEK_SOORTEN,
  ZOEKEN_ENDPOINT,
  ZoekAntwoord,
  ZoekQuery,
  zoekParametersNaarObject,
  zoekQueryKey,
  zoekQueryNaarParameters,
  type Facetwaarde,
  type ZoekFacet,
  type ZoekResultaat,
  type ZoekSoort,
} from "@/lib/zoeken/contract";

/** The URL is the state: a search can be bookmarked, shared and reloaded. */
function leesQuery(params: URLSearchParams): ZoekQuery {
  const r = ZoekQuery.safeParse(zoekParametersNaarObject(params));
  return r.success ? r.data : ZoekQuery.parse({ q: params.get("q")?.slice(0, 500) ?? "" });
}

function datumTekst(d: string | null): string {
  if (!d) return "";
  try {
    return formatDatum(d);
  } catch {
    return d;
  }
}

export function Zoeken() {
  const router = useRouter();
  const pathname = usePathname() ?? "/zoeken";
  const searchParams = useSearchParams();
  const query = useMemo(() => leesQuery(new URLSearchParams(searchParams?.toString() ?? "")), [searchParams]);
  const apiQuery = zoekQueryNaarParameters(query).toString();

  // Nothing to search for yet: no request (an empty box on first visit).
  const actief = query.q.trim() !== "" || searchParams?.toString() !== "";
  const data = useQuery({
    queryKey: zoekQueryKey(apiQuery),
    queryFn: ({ signal }) => haal(`${ZOEKEN_ENDPOINT}${apiQuery ? `?${apiQuery}` : ""}`, ZoekAntwoord, signal),
    placeholderData: keepPreviousData,
    enabled: actief,
  });

  function naar(nieuw: Partial<ZoekQuery>) {
    const p = zoekQueryNaarParameters({ ...query, page: 1, ...nieuw }).toString();
    router.replace(p ? `${pathname}?${p}` : pathname, { scroll: false });
  }

  function kiesSoort(soort: string) {
    // Facet filters belong to one soort: a new soort starts without them (the text stays).
    naar({ type: soort as ZoekSoort, zaaktype: [], status: [], groep: [], behandelaar: [], jaar: [], datumVan: undefined, datumTot: undefined });
  }

  const antwoord = data.data;
  const tabs = ZOEK_SOORTEN.map((s) => ({ id: s, label: ZOEK_SOORT_NAMEN[s].meervoud, aantal: antwoord?.aantallen[s] }));
  const aantalFilters = (["zaaktype", "status", "groep", "behandelaar", "jaar"] as const).reduce((n, f) => n + query[f].length, 0) + (query.datumVan ? 1 : 0) + (query.datumTot ? 1 : 0);

  return (
    <div className="flex flex-col gap-6">
      {/* Keyed on the URL's text, so back/forward shows the text searched for. */}
      <Zoekvak key={query.q} begin={query.q} onZoek={(q) => naar({ q })} />

      {!actief ? (
        <p className="text-gray-700">Typ een zoekterm om te beginnen. Je vindt alleen zaken, taken en documenten van zaaktypen waar je bij mag.</p>
      ) : (
        <Tabs tabs={tabs} actief={query.type} onKies={kiesSoort} label="Soort resultaat">
          {data.isError ? (
            <FoutMelding>{foutTekst(data.error)}</FoutMelding>
          ) : !antwoord ? (
            <Laden tekst="Bezig met zoeken…" />
          ) : (
            <div className="flex flex-col gap-6 lg:flex-row">
              <Filters antwoord={antwoord} query={query} aantalFilters={aantalFilters} naar={naar} />
              <Resultaten antwoord={antwoord} query={query} bezig={data.isFetching} naar={naar} />
            </div>
          )}
        </Tabs>
      )}
    </div>
  );
}

function Zoekvak({ begin, onZoek }: { begin: string; onZoek: (q: string) => void }) {
  const [invoer, setInvoer] = useState(begin);
  return (
    <form
      role="search"
      aria-label="Zaken, taken en documenten"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        onZoek(invoer.trim());
      }}
    >
      <div className="min-w-64 flex-1">
        <TekstVeld
          label="Zoekterm"
          naam="q"
          type="search"
          waarde={invoer}
          onWijzig={setInvoer}
          hint='Bijvoorbeeld een zaaknummer, een naam of woorden uit de omschrijving. Gebruik OR voor "of", NOT of - om uit te sluiten, "aanhalingstekens" voor een zin en * achter het begin van een woord.'
        />
      </div>
      <Knop type="submit" variant="primair">
        Zoeken
      </Knop>
    </form>
  );
}

function Filters({ antwoord, query, aantalFilters, naar }: { antwoord: ZoekAntwoord; query: ZoekQuery; aantalFilters: number; naar: (q: Partial<ZoekQuery>) => void }) {
  const soort = query.type;

  return (
    <section aria-labelledby="zoeken-filters" className="flex w-full flex-col gap-5 lg:w-72 lg:shrink-0">
      <div className="flex items-center justify-between gap-2">
        <h2 id="zoeken-filters" className="text-lg font-semibold text-gray-900">
          Filters
        </h2>
        {aantalFilters > 0 ? (
          <Knop variant="link" klein onClick={() => naar({ zaaktype: [], status: [], groep: [], behandelaar: [], jaar: [], datumVan: undefined, datumTot: undefined })}>
            Wis filters ({aantalFilters})
          </Knop>
        ) : null}
      </div>
      {FACETTEN_PER_SOORT[soort].map((f) => (
        <Facet
          key={f}
          facet={f}
          naam={f === "jaar" ? `${ZOEK_FACET_NAMEN.jaar} (${DATUM_NAMEN[soort].toLowerCase()})` : ZOEK_FACET_NAMEN[f]}
          waarden={antwoord.facetten[f] ?? []}
          gekozen={query[f].map(String)}
          onWijzig={(gekozen) => naar({ [f]: f === "jaar" ? gekozen.map(Number) : gekozen })}
        />
      ))}
      <Datumfilter key={`${soort}|${query.datumVan ?? ""}|${query.datumTot ?? ""}`} soort={soort} query={query} naar={naar} />
    </section>
  );
}

function Datumfilter({ soort, query, naar }: { soort: ZoekSoort; query: ZoekQuery; naar: (q: Partial<ZoekQuery>) => void }) {
  const [van, setVan] = useState(query.datumVan ?? "");
  const [tot, setTot] = useState(query.datumTot ?? "");
  return (
    <form
      className="flex flex-col gap-3"
      aria-label={`${DATUM_NAMEN[soort]} van en tot`}
      onSubmit={(e) => {
        e.preventDefault();
        naar({ datumVan: van || undefined, datumTot: tot || undefined });
      }}
    >
      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold text-gray-900">{DATUM_NAMEN[soort]}</legend>
        <TekstVeld label="Vanaf" naam="datumVan" type="date" waarde={van} onWijzig={setVan} max={tot || undefined} />
        <TekstVeld label="Tot en met" naam="datumTot" type="date" waarde={tot} onWijzig={setTot} min={van || undefined} />
      </fieldset>
      <Knop type="submit" klein>
        Datum toepassen
      </Knop>
    </form>
  );
}

function Facet({ facet, naam, waarden, gekozen, onWijzig }: { facet: ZoekFacet; naam: string; waarden: Facetwaarde[]; gekozen: string[]; onWijzig: (gekozen: string[]) => void }) {
  const id = useId();
  return (
    <fieldset data-facet={facet}>
      <legend className="mb-2 font-semibold text-gray-900">{naam}</legend>
      {waarden.length === 0 ? (
        <p className="text-sm text-gray-700">Geen waarden.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {waarden.map((w, i) => (
            <li key={w.waarde} className="flex items-start gap-2">
              <input
                id={`${id}-${i}`}
                type="checkbox"
                className="mt-1 size-5"
                // From the URL, not the answer: the box follows the click at once while the new answer loads.
                checked={gekozen.includes(w.waarde)}
                onChange={(e) => onWijzig(e.target.checked ? [...gekozen, w.waarde] : gekozen.filter((g) => g !== w.waarde))}
              />
              <label htmlFor={`${id}-${i}`} className="text-gray-900">
                {w.label} <span className="text-gray-700">({w.aantal})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function Resultaten({ antwoord, query, bezig, naar }: { antwoord: ZoekAntwoord; query: ZoekQuery; bezig: boolean; naar: (q: Partial<ZoekQuery>) => void }) {
  const soort = antwoord.type;
  const paginas = Math.max(1, Math.ceil(antwoord.count / antwoord.pageSize));
  const eerste = antwoord.count === 0 ? 0 : (antwoord.page - 1) * antwoord.pageSize + 1;
  const laatste = Math.min(antwoord.count, antwoord.page * antwoord.pageSize);
  const meervoud = ZOEK_SOORT_NAMEN[soort].meervoud.toLowerCase();
  return (
    <section aria-labelledby="zoeken-resultaten" aria-busy={bezig} className="flex min-w-0 flex-1 flex-col gap-4">
      <h2 id="zoeken-resultaten" className="text-lg font-semibold text-gray-900">
        Resultaten
      </h2>
      <p role="status" className="text-gray-800" data-testid="zoeken-aantal">
        {antwoord.count === 0
          ? `Geen ${meervoud} gevonden${antwoord.q ? ` voor "${antwoord.q}"` : ""}.`
          : `${antwoord.count} ${antwoord.count === 1 ? ZOEK_SOORT_NAMEN[soort].enkelvoud : meervoud} gevonden; ${eerste}-${laatste} getoond.`}
      </p>
      {antwoord.count === 0 ? (
        <p className="text-gray-700">Probeer andere of minder woorden, een woorddeel met * of minder filters.</p>
      ) : (
        <ol className="flex flex-col divide-y divide-gray-200" data-testid="zoeken-resultaten">
          {antwoord.resultaten.map((r) => (
            <Resultaat key={r.id} r={r} />
          ))}
        </ol>
      )}
      {antwoord.count > 0 ? (
        <nav aria-label="Paginering" className="flex flex-wrap items-center gap-3">
          <Knop klein disabled={antwoord.page <= 1} onClick={() => naar({ page: antwoord.page - 1, pageSize: query.pageSize })}>
            Vorige
          </Knop>
          <span className="text-gray-800">
            Pagina {antwoord.page} van {paginas}
          </span>
          <Knop klein disabled={antwoord.page >= paginas} onClick={() => naar({ page: antwoord.page + 1, pageSize: query.pageSize })}>
            Volgende
          </Knop>
          <label className="ml-auto flex items-center gap-2 text-gray-900">
            Per pagina
            <select
              className="min-h-8 rounded-md border border-gray-500 bg-white px-2"
              value={antwoord.pageSize}
              onChange={(e) => naar({ pageSize: Number(e.target.value) })}
            >
              {ZOEK_PAGINAGROOTTES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </nav>
      ) : null}
    </section>
  );
}

function Resultaat({ r }: { r: ZoekResultaat }) {
  const kop = r.soort === "zaak" ? `${r.identificatie} ${r.titel}`.trim() : r.titel || r.identificatie;
  const details = [
    r.soort !== "zaak" ? `Zaak ${r.zaakIdentificatie}` : null,
    r.zaaktype,
    r.status ? `Status: ${r.status}` : null,
    r.groep ? `Groep: ${r.groep}` : null,
    r.behandelaar ? `Behandelaar: ${r.behandelaar}` : null,
    r.datum ? `${DATUM_NAMEN[r.soort]}: ${datumTekst(r.datum)}` : null,
  ].filter((x): x is string => !!x);
  return (
    <li className="flex flex-col gap-1 py-3" data-soort={r.soort} data-identificatie={r.soort === "zaak" ? r.identificatie : r.zaakIdentificatie}>
      <Link href={r.href} className="font-semibold text-accent-700 underline underline-offset-2 hover:text-accent-900">
        {kop}
      </Link>
      {r.omschrijving ? <p className="line-clamp-2 text-gray-800">{r.omschrijving}</p> : null}
      <p className="text-sm text-gray-700">{details.join(" · ")}</p>
    </li>
  );
}
