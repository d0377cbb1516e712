"use client";

import { useState } from "react";
import type { WerklijstRechten } from "@/lib/zaakafhandeling/contract";

/** What a bulk toolbar gets from the werklijst: the chosen rows, or "all N the filter matches". */
export interface SelectieInfo<T> {
  /** Rows chosen one by one (over pages); empty when `alles`. */
  gekozen: T[];
  /** Every row the current filter matches (resolved on the server). */
  alles: boolean;
  aantal: number;
  totaal: number;
  /** The list's API query without paging/sorting: the filter for `alles`. */
  filter: string;
  keuzes: Record<string, string[]>;
  /** Every row of the shown page is chosen (offer "select all N"). */
  paginaVolledig: boolean;
  selecteerAlles: () => void;
  wis: () => void;
}

export interface WerklijstSelectie<T> {
  /** Whether rows can be chosen at all (the user's right, from the list's answer). */
  aan: (rechten: WerklijstRechten) => boolean;
  /** Accessible name of a row's checkbox. */
  label: (rij: T) => string;
  werkbalk: (info: SelectieInfo<T>) => React.ReactNode;
}

const GEEN_FILTER = new Set(["page", "pageSize", "sort", "order"]);

function filterVan(query: string): string {
  const p = new URLSearchParams(query);
  for (const k of GEEN_FILTER) p.delete(k);
  return p.toString();
}

export interface Selectie<T> {
  aan: boolean;
  info: SelectieInfo<T>;
  isGekozen: (rij: T) => boolean;
  wissel: (rij: T, aan: boolean) => void;
  wisselPagina: (aan: boolean) => void;
  paginaDeels: boolean;
}

/** Selection state of a werklijst; cleared when the filter changes (a selection belongs to one filter). */
export function useSelectie<T>(
  config: WerklijstSelectie<T> | undefined,
  data: { rijen: T[]; count: number; keuzes: Record<string, string[]>; rechten: WerklijstRechten } | undefined,
  query: string,
  sleutel: (rij: T) => string,
): Selectie<T> {
  const filter = filterVan(query);
  const [gekozen, setGekozen] = useState<ReadonlyMap<string, T>>(new Map());
  const [alles, setAlles] = useState(false);
  const [voorFilter, setVoorFilter] = useState(filter);
  if (voorFilter !== filter) {
    setVoorFilter(filter);
    setGekozen(new Map());
    setAlles(false);
  }
  const rijen = data?.rijen ?? [];
  const totaal = data?.count ?? 0;
  const isGekozen = (rij: T) => alles || gekozen.has(sleutel(rij));
  const opPagina = rijen.filter((r) => gekozen.has(sleutel(r))).length;
  const paginaVolledig = alles || (rijen.length > 0 && opPagina === rijen.length);

  function wissel(rij: T, aan: boolean) {
    // Leaving "all N": continue from this page's rows.
    const basis = new Map(alles ? rijen.map((r) => [sleutel(r), r] as const) : gekozen);
    if (aan) basis.set(sleutel(rij), rij);
    else basis.delete(sleutel(rij));
    setAlles(false);
    setGekozen(basis);
  }
  function wisselPagina(aan: boolean) {
    const basis = new Map(alles ? [] : gekozen);
    for (const r of rijen) {
      if (aan) basis.set(sleutel(r), r);
      else basis.delete(sleutel(r));
    }
    setAlles(false);
    setGekozen(basis);
  }
  return {
    aan: !!config && !!data && config.aan(data.rechten),
    isGekozen,
    wissel,
    wisselPagina,
    paginaDeels: !paginaVolledig && opPagina > 0,
    info: {
      gekozen: alles ? [] : [...gekozen.values()],
      alles,
      aantal: alles ? totaal : gekozen.size,
      totaal,
      filter,
      keuzes: data?.keuzes ?? {},
      paginaVolledig,
      selecteerAlles: () => {
        setGekozen(new Map());
        setAlles(true);
      },
      wis: () => {
        setGekozen(new Map());
        setAlles(false);
      },
    },
  };
}

export function SelectieKop<T>({ selectie }: { selectie: Selectie<T> }) {
  return (
    <th scope="col" className="w-12 px-3 py-2">
      <input
        type="checkbox"
        className="size-5 align-middle"
        aria-label="Selecteer alle regels op deze pagina"
        checked={selectie.info.paginaVolledig}
        ref={(el) => {
          if (el) el.indeterminate = selectie.paginaDeels;
        }}
        onChange={(e) => selectie.wisselPagina(e.target.checked)}
      />
    </th>
  );
}

export function SelectieCel<T>({ selectie, rij, label }: { selectie: Selectie<T>; rij: T; label: string }) {
  return (
    <td className="px-3 py-2 align-top">
      <input type="checkbox" className="size-5" aria-label={label} checked={selectie.isGekozen(rij)} onChange={(e) => selectie.wissel(rij, e.target.checked)} />
    </td>
  );
}
