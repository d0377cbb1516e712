"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useId, useMemo, useState } from "react";
import type { z } from "zod";
import {
  aantalActieveFilters,
  aantalPaginas,
  apiParams,
  ariaSort,
  bereik,
  leesStaat,
  legeStaat,
  normaliseerKolommen,
  PAGINA_GROOTTES,
  schrijfStaat,
  STANDAARD_PAGINA_GROOTTE,
  verplaatsKolom,
  volgendeSortering,
  wisselKolom,
  type FilterSoort,
  type FilterWaarde,
  type KolomDefinitie,
  type Sortering,
  type WerklijstDefinitie,
  type WerklijstStaat,
} from "@/lib/werklijstweergave";
import {
  endpointPad,
  queryKeys,
  WERKLIJST_SOORT,
  WERKLIJST_TITELS,
  type WerklijstInstellingen,
  type WerklijstNaam,
  type WerklijstRechten,
} from "@/lib/zaakafhandeling/contract";
import { foutTekst, haal } from "@/components/ui/api";
import { Knop } from "@/components/ui/Knop";
import { FoutMelding } from "@/components/ui/Melding";
import type { Optie } from "@/components/ui/Velden";
import { SelectieCel, SelectieKop, useSelectie, type WerklijstSelectie } from "./Selectie";
import { bewaarInstellingen, haalInstellingen } from "./voorkeuren";
import { Zoekopdrachten } from "./Zoekopdrachten";

export interface WerklijstKolom<T> extends KolomDefinitie {
  sorteerbaar?: boolean;
  /** Choices: fixed `opties`, or (without them) the answer's `keuzes[sleutel]` shown via `keuzeLabel`. */
  filter?: { soort: FilterSoort; opties?: readonly Optie[]; keuzeLabel?: (waarde: string) => string };
  cel: (rij: T) => React.ReactNode;
  /** The cell that names the row (th scope=row). */
  rijkop?: boolean;
}

/** The common shape of the proxy's werklijst answers. */
export interface WerklijstAntwoordVorm<T> {
  count: number;
  pageSize: number;
  rijen: T[];
  keuzes: Record<string, string[]>;
  rechten: WerklijstRechten;
}

export interface WerklijstProps<T> {
  lijst: WerklijstNaam;
  schema: z.ZodType<WerklijstAntwoordVorm<T>>;
  eenheid: { enkelvoud: string; meervoud: string };
  kolommen: readonly WerklijstKolom<T>[];
  standaardSortering?: Sortering;
  rijSleutel: (rij: T) => string;
  rijActies?: (rij: T, rechten: WerklijstRechten) => React.ReactNode;
  leegTekst?: string;
  /** Row checkboxes and a bulk toolbar (lib/verdelen), shown only when `selectie.aan(rechten)`. */
  selectie?: WerklijstSelectie<T>;
}

function definitieVan<T>(kolommen: readonly WerklijstKolom<T>[], std?: Sortering): WerklijstDefinitie {
  return {
    filters: kolommen
      .filter((k) => k.filter)
      .map((k) => ({
        naam: k.sleutel,
        soort: k.filter!.soort,
        ...(k.filter!.opties ? { opties: k.filter!.opties.map((o) => o.waarde) } : {}),
      })),
    sorteerbaar: kolommen.filter((k) => k.sorteerbaar).map((k) => k.sleutel),
    ...(std ? { standaardSortering: std } : {}),
  };
}

/**
 * The reusable werklijst: server-side paging, sorting (aria-sort), per-column filters, a column
 * picker, remembered page size, saved searches and the whole view in the URL (in the proxy's own
 * query format, so the URL, a saved search and the API request are one string).
 */
export function Werklijst<T>(props: WerklijstProps<T>) {
  const { lijst, kolommen } = props;
  const naam = WERKLIJST_TITELS[lijst];
  const router = useRouter();
  const pathname = usePathname() ?? "/";
  const searchParams = useSearchParams();
  const queryClient = useQueryClient();
  const definitie = useMemo(() => definitieVan(kolommen, props.standaardSortering), [kolommen, props.standaardSortering]);
  const staat = useMemo(() => leesStaat(new URLSearchParams(searchParams?.toString() ?? ""), definitie), [searchParams, definitie]);

  const instellingen = useQuery({ queryKey: queryKeys.werklijstInstellingen(lijst), queryFn: () => haalInstellingen(lijst), staleTime: Infinity });
  const instellingenMutatie = useMutation({
    mutationFn: (v: { pageSize?: number; kolommen?: string[] }) => bewaarInstellingen(lijst, v),
    onMutate: (v) => {
      // A first load still under way would overwrite the choice just made with the old settings
      // (cancelling happens synchronously; the promise only reports when it is done).
      void queryClient.cancelQueries({ queryKey: queryKeys.werklijstInstellingen(lijst) });
      queryClient.setQueryData<WerklijstInstellingen>(queryKeys.werklijstInstellingen(lijst), (oud) => ({
        pageSize: v.pageSize ?? oud?.pageSize ?? STANDAARD_PAGINA_GROOTTE,
        kolommen: v.kolommen ?? oud?.kolommen ?? [],
      }));
    },
  });

  const zichtbaar = normaliseerKolommen(kolommen, instellingen.data?.kolommen.length ? instellingen.data.kolommen : null);
  const getoond = zichtbaar.map((s) => kolommen.find((k) => k.sleutel === s)).filter((k): k is WerklijstKolom<T> => !!k);

  // Without pageSize in the URL the proxy uses the user's remembered size for this list.
  const query = apiParams(staat, definitie).toString();
  const data = useQuery({
    queryKey: queryKeys.werklijst(lijst, query),
    queryFn: ({ signal }) => haal(`${endpointPad("werklijst", { lijst })}${query ? `?${query}` : ""}`, props.schema, signal),
    placeholderData: keepPreviousData,
  });

  function naar(nieuw: WerklijstStaat) {
    const q = schrijfStaat(nieuw, definitie).toString();
    router.replace(q ? `${pathname}?${q}` : pathname, { scroll: false });
  }

  const selectie = useSelectie(props.selectie, data.data, query, props.rijSleutel);
  const extraKolommen = (props.rijActies ? 1 : 0) + (selectie.aan ? 1 : 0);

  const grootte = data.data?.pageSize ?? staat.paginaGrootte ?? instellingen.data?.pageSize ?? STANDAARD_PAGINA_GROOTTE;
  const totaal = data.data?.count ?? 0;
  const paginas = aantalPaginas(totaal, grootte);
  const { van, tot } = bereik(staat.pagina, grootte, totaal);
  const eenheid = totaal === 1 ? props.eenheid.enkelvoud : props.eenheid.meervoud;
  const tabelId = useId();
  const actief = aantalActieveFilters(staat);
  const kolommenMetKeuzes = useMemo(
    () =>
      kolommen.map((k) =>
        k.filter?.soort === "keuze" && !k.filter.opties
          ? {
              ...k,
              filter: {
                ...k.filter,
                opties: (data.data?.keuzes[k.sleutel] ?? []).map((w) => ({ waarde: w, label: k.filter?.keuzeLabel?.(w) ?? w })),
              },
            }
          : k,
      ),
    [kolommen, data.data?.keuzes],
  );

  // A page beyond the end (e.g. after other users' work) goes back to the last page.
  useEffect(() => {
    if (data.data && !data.isPlaceholderData && staat.pagina > paginas) naar({ ...staat, pagina: paginas });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.data, paginas]);

  return (
    <div className="flex flex-col gap-4">
      {/* Keyed by the URL's filters: back/forward or a saved search replaces the draft. */}
      <FilterPaneel
        key={JSON.stringify(staat.filters)}
        kolommen={kolommenMetKeuzes}
        staat={staat}
        onToepassen={(filters) => naar({ ...staat, filters, pagina: 1 })}
        onWissen={() => naar({ ...legeStaat(definitie), ...(staat.paginaGrootte ? { paginaGrootte: staat.paginaGrootte } : {}) })}
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <p aria-live="polite" data-testid="aantal-resultaten" className="font-semibold text-gray-900">
          {data.isPending ? "Resultaten laden…" : data.isError && !data.data ? "Geen resultaten: de lijst kon niet worden geladen" : `${totaal} ${eenheid} gevonden`}
          {actief > 0 && !data.isPending && !data.isError ? (
            <span className="font-normal text-gray-700"> (met {actief} filter{actief === 1 ? "" : "s"})</span>
          ) : null}
        </p>
        <div className="flex flex-wrap items-end gap-3">
          {/* CSV export of every row for the current filters/sort (the server streams it as a download). */}
          {data.data?.rechten.zaken_taken_exporteren && WERKLIJST_SOORT[lijst] !== "documenten" ? (
            <a
              href={`${endpointPad("werklijst", { lijst })}/export${query ? `?${query}` : ""}`}
              download
              className="inline-flex min-h-11 items-center justify-center rounded-md border border-gray-400 bg-white px-4 py-2 font-semibold text-gray-900 hover:bg-gray-50"
            >
              Exporteren (CSV)
            </a>
          ) : null}
          <Zoekopdrachten
            lijst={lijst}
            huidigeQuery={schrijfStaat({ ...staat, pagina: 1 }, definitie).toString()}
            onKies={(q) => router.replace(q ? `${pathname}?${q}` : pathname, { scroll: false })}
          />
          <KolomKiezer
            kolommen={kolommen}
            zichtbaar={zichtbaar}
            onWijzig={(nieuw) => instellingenMutatie.mutate({ kolommen: nieuw })}
            onHerstel={() => instellingenMutatie.mutate({ kolommen: [] })}
          />
        </div>
      </div>

      {data.isError ? <FoutMelding>De lijst kon niet worden geladen. {foutTekst(data.error)}</FoutMelding> : null}
      {selectie.aan ? props.selectie?.werkbalk(selectie.info) : null}

      <div role="region" aria-labelledby={`${tabelId}-caption`} tabIndex={0} className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table id={tabelId} className="w-full border-collapse text-left text-sm" aria-busy={data.isFetching}>
          <caption id={`${tabelId}-caption`} className="sr-only">
            {naam}
            {staat.sortering
              ? `, gesorteerd op ${kolommen.find((k) => k.sleutel === staat.sortering?.veld)?.label ?? staat.sortering.veld} ${staat.sortering.richting === "asc" ? "oplopend" : "aflopend"}`
              : ""}
          </caption>
          <thead className="border-b border-gray-300 bg-gray-50">
            <tr>
              {selectie.aan ? <SelectieKop selectie={selectie} /> : null}
              {getoond.map((k) => (
                <th
                  key={k.sleutel}
                  scope="col"
                  aria-sort={k.sorteerbaar ? ariaSort(staat.sortering, k.sleutel) : undefined}
                  className="px-3 py-2 font-semibold whitespace-nowrap text-gray-900"
                >
                  {k.sorteerbaar ? (
                    <button
                      type="button"
                      onClick={() => naar({ ...staat, sortering: volgendeSortering(staat.sortering, k.sleutel), pagina: 1 })}
                      className="inline-flex min-h-8 items-center gap-1 rounded font-semibold underline-offset-2 hover:underline"
                    >
                      {k.label}
                      <SorteerIcoon richting={ariaSort(staat.sortering, k.sleutel)} />
                    </button>
                  ) : (
                    k.label
                  )}
                </th>
              ))}
              {props.rijActies ? (
                <th scope="col" className="px-3 py-2 font-semibold text-gray-900">
                  Acties
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {data.isPending ? (
              <tr>
                <td colSpan={getoond.length + extraKolommen} className="px-3 py-6 text-gray-700">
                  Bezig met laden…
                </td>
              </tr>
            ) : data.data && data.data.rijen.length === 0 ? (
              <tr>
                <td colSpan={getoond.length + extraKolommen} className="px-3 py-6 text-gray-800" data-testid="lege-lijst">
                  Geen {props.eenheid.meervoud} gevonden.
                  {actief > 0 ? " Pas je filters aan of wis ze." : props.leegTekst ? ` ${props.leegTekst}` : ""}
                </td>
              </tr>
            ) : (
              data.data?.rijen.map((rij) => (
                <tr key={props.rijSleutel(rij)} className="border-b border-gray-200 last:border-0 hover:bg-gray-50">
                  {selectie.aan ? <SelectieCel selectie={selectie} rij={rij} label={props.selectie?.label(rij) ?? ""} /> : null}
                  {getoond.map((k) =>
                    k.rijkop ? (
                      <th key={k.sleutel} scope="row" className="px-3 py-2 text-left align-top font-normal">
                        {k.cel(rij)}
                      </th>
                    ) : (
                      <td key={k.sleutel} className="px-3 py-2 align-top">
                        {k.cel(rij)}
                      </td>
                    ),
                  )}
                  {props.rijActies && data.data ? <td className="px-3 py-2 align-top">{props.rijActies(rij, data.data.rechten)}</td> : null}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      <nav aria-label={`Paginering ${naam}`} className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-sm text-gray-800">{totaal > 0 ? `${van}–${tot} van ${totaal}` : null}</p>
        <div className="flex flex-wrap items-center gap-3">
          <PaginaGrootteKiezer
            waarde={grootte}
            onWijzig={(g) => {
              instellingenMutatie.mutate({ pageSize: g });
              naar({ ...staat, paginaGrootte: g, pagina: 1 });
            }}
          />
          <Knop klein disabled={staat.pagina <= 1} onClick={() => naar({ ...staat, pagina: staat.pagina - 1 })}>
            <span aria-hidden="true">‹</span> Vorige
          </Knop>
          <span className="text-sm text-gray-900">
            Pagina {Math.min(staat.pagina, paginas)} van {paginas}
          </span>
          <Knop klein disabled={staat.pagina >= paginas} onClick={() => naar({ ...staat, pagina: staat.pagina + 1 })}>
            Volgende <span aria-hidden="true">›</span>
          </Knop>
        </div>
      </nav>
    </div>
  );
}

function SorteerIcoon({ richting }: { richting: "ascending" | "descending" | "none" }) {
  const pad = richting === "ascending" ? "M6 14l6-6 6 6" : richting === "descending" ? "M6 10l6 6 6-6" : "M8 9l4-4 4 4M8 15l4 4 4-4";
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth={2}>
      <path d={pad} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function PaginaGrootteKiezer({ waarde, onWijzig }: { waarde: number; onWijzig: (g: number) => void }) {
  const id = useId();
  return (
    <span className="flex items-center gap-2 text-sm">
      <label htmlFor={id}>Per pagina</label>
      <select id={id} value={waarde} onChange={(e) => onWijzig(Number(e.target.value))} className="min-h-8 rounded-md border border-gray-500 bg-white px-2">
        {PAGINA_GROOTTES.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Per-column filters in one form; applied on submit so typing does not fire a request per key. */
function FilterPaneel<T>({
  kolommen,
  staat,
  onToepassen,
  onWissen,
}: {
  kolommen: readonly WerklijstKolom<T>[];
  staat: WerklijstStaat;
  onToepassen: (filters: Record<string, FilterWaarde>) => void;
  onWissen: () => void;
}) {
  const [concept, setConcept] = useState<Record<string, FilterWaarde>>(staat.filters);
  const [open, setOpen] = useState(aantalActieveFilters(staat) > 0);
  const paneelId = useId();
  const filterbaar = kolommen.filter((k) => k.filter);
  if (filterbaar.length === 0) return null;
  const actief = aantalActieveFilters(staat);

  function zet(naam: string, w: FilterWaarde) {
    setConcept((c) => ({ ...c, [naam]: w }));
  }

  return (
    <section aria-label="Filters" className="rounded-lg border border-gray-200 bg-white">
      <h2 className="m-0">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={paneelId}
          onClick={() => setOpen(!open)}
          className="flex min-h-11 w-full items-center gap-2 px-4 py-2 text-left text-base font-semibold text-gray-900"
        >
          <span aria-hidden="true">{open ? "▾" : "▸"}</span>
          Filters{actief ? ` (${actief} actief)` : ""}
        </button>
      </h2>
      <form
        id={paneelId}
        hidden={!open}
        onSubmit={(e) => {
          e.preventDefault();
          onToepassen(concept);
        }}
        className="border-t border-gray-200 px-4 py-4"
      >
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
          {filterbaar.map((k) => (
            <FilterVeld key={k.sleutel} kolom={k} waarde={concept[k.sleutel]} onWijzig={(w) => zet(k.sleutel, w)} />
          ))}
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <Knop type="submit" variant="primair">
            Filters toepassen
          </Knop>
          <Knop onClick={onWissen} disabled={actief === 0}>
            Filters wissen
          </Knop>
        </div>
      </form>
    </section>
  );
}

function FilterVeld<T>({ kolom, waarde, onWijzig }: { kolom: WerklijstKolom<T>; waarde: FilterWaarde | undefined; onWijzig: (w: FilterWaarde) => void }) {
  const id = useId();
  const f = kolom.filter!;
  const invoer = "min-h-11 rounded-md border border-gray-500 bg-white px-3 py-2";
  if (f.soort === "tekst") {
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-semibold">
          {kolom.label}
        </label>
        <input
          id={id}
          type="search"
          className={invoer}
          value={waarde?.soort === "tekst" ? waarde.tekst : ""}
          onChange={(e) => onWijzig({ soort: "tekst", tekst: e.target.value })}
        />
      </div>
    );
  }
  if (f.soort === "keuze") {
    const gekozen = waarde?.soort === "keuze" ? waarde.waarden : [];
    return (
      <fieldset className="flex flex-col gap-1">
        <legend className="font-semibold">{kolom.label}</legend>
        <div className="flex max-h-40 flex-col gap-1 overflow-y-auto">
          {(f.opties ?? []).map((o) => (
            <label key={o.waarde} className="flex min-h-8 items-center gap-2">
              <input
                type="checkbox"
                className="size-5"
                checked={gekozen.includes(o.waarde)}
                onChange={(e) =>
                  onWijzig({
                    soort: "keuze",
                    waarden: e.target.checked ? [...gekozen, o.waarde] : gekozen.filter((w) => w !== o.waarde),
                  })
                }
              />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  const d = waarde?.soort === "datum" ? waarde : { soort: "datum" as const };
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="font-semibold">{kolom.label}</legend>
      <div className="flex flex-wrap gap-2">
        <label className="flex flex-col text-sm">
          Van
          <input type="date" className={invoer} value={d.van ?? ""} onChange={(e) => onWijzig({ ...d, van: e.target.value || undefined })} />
        </label>
        <label className="flex flex-col text-sm">
          Tot en met
          <input type="date" className={invoer} value={d.tot ?? ""} onChange={(e) => onWijzig({ ...d, tot: e.target.value || undefined })} />
        </label>
      </div>
    </fieldset>
  );
}

function KolomKiezer<T>({
  kolommen,
  zichtbaar,
  onWijzig,
  onHerstel,
}: {
  kolommen: readonly WerklijstKolom<T>[];
  zichtbaar: string[];
  onWijzig: (z: string[]) => void;
  onHerstel: () => void;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="relative">
      <Knop klein aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Kolommen
      </Knop>
      <div id={id} hidden={!open} className="absolute right-0 z-20 mt-2 w-72 rounded-lg border border-gray-300 bg-white p-4 shadow-lg">
        <fieldset>
          <legend className="mb-2 font-semibold">Zichtbare kolommen</legend>
          <ul className="flex flex-col gap-1">
            {kolommen.map((k) => {
              const aan = zichtbaar.includes(k.sleutel);
              return (
                <li key={k.sleutel} className="flex items-center justify-between gap-2">
                  <label className="flex min-h-8 items-center gap-2">
                    <input
                      type="checkbox"
                      className="size-5"
                      checked={aan}
                      disabled={k.vast}
                      onChange={() => onWijzig(wisselKolom(kolommen, zichtbaar, k.sleutel))}
                    />
                    {k.label}
                  </label>
                  {aan ? (
                    <span className="flex gap-1">
                      <button type="button" className="min-h-8 min-w-8 rounded border border-gray-300" onClick={() => onWijzig(verplaatsKolom(zichtbaar, k.sleutel, -1))}>
                        <span aria-hidden="true">↑</span>
                        <span className="sr-only">{k.label} naar links</span>
                      </button>
                      <button type="button" className="min-h-8 min-w-8 rounded border border-gray-300" onClick={() => onWijzig(verplaatsKolom(zichtbaar, k.sleutel, 1))}>
                        <span aria-hidden="true">↓</span>
                        <span className="sr-only">{k.label} naar rechts</span>
                      </button>
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
        <div className="mt-3 flex justify-between gap-2">
          <Knop klein variant="link" onClick={onHerstel}>
            Standaard herstellen
          </Knop>
          <Knop klein onClick={() => setOpen(false)}>
            Sluiten
          </Knop>
        </div>
      </div>
    </div>
  );
}
