/**
 * The state of a werklijst (page, page size, sort, filters) and its round trip through the URL,
 * so a view can be bookmarked and shared. Pure and client-safe: used by the browser table and
 * tested in isolation. Anything the URL holds that the list does not know is dropped rather than
 * passed on, so a hand-edited link never reaches the proxy as an unknown parameter.
 */

export type FilterSoort = "tekst" | "keuze" | "datum";

export interface FilterDefinitie {
  /** URL and API name of the filter (usually the column key). */
  naam: string;
  soort: FilterSoort;
  /** For `keuze`: the allowed values; absent = any value (options come from the server). */
  opties?: readonly string[];
}

export type FilterWaarde =
  | { soort: "tekst"; tekst: string }
  | { soort: "keuze"; waarden: string[] }
  | { soort: "datum"; van?: string; tot?: string };

export type Richting = "asc" | "desc";

export interface Sortering {
  veld: string;
  richting: Richting;
}

export interface WerklijstStaat {
  /** 1-based. */
  pagina: number;
  /** Absent = the user's remembered size (or the default). */
  paginaGrootte?: number;
  sortering?: Sortering;
  filters: Record<string, FilterWaarde>;
}

export interface WerklijstDefinitie {
  filters: readonly FilterDefinitie[];
  sorteerbaar: readonly string[];
  standaardSortering?: Sortering;
}

export const PAGINA_GROOTTES = [10, 25, 50, 100] as const;
export const STANDAARD_PAGINA_GROOTTE = 25;

const KALENDERDATUM = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_TEKST = 200;

export function isKalenderdatum(waarde: string): boolean {
  const m = KALENDERDATUM.exec(waarde);
  if (!m) return false;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  return d.getUTCFullYear() === jaar && d.getUTCMonth() === maand - 1 && d.getUTCDate() === dag;
}

export function legeStaat(definitie?: WerklijstDefinitie): WerklijstStaat {
  return { pagina: 1, filters: {}, ...(definitie?.standaardSortering ? { sortering: definitie.standaardSortering } : {}) };
}

function positiefGeheel(waarde: string | null): number | undefined {
  if (waarde === null || !/^\d{1,6}$/.test(waarde)) return undefined;
  const n = Number(waarde);
  return n >= 1 ? n : undefined;
}

/**
 * Reads the page URL, which uses the proxy's werklijst query format (lib/zaakafhandeling/contract.ts)
 * so a shared link, a saved search and the API request are the same string:
 * `?page=2&pageSize=50&sort=startdatum&order=desc&identificatie=ZAAK&zaaktype=A&zaaktype=B&startdatumVan=2026-01-01`.
 */
export function leesStaat(params: URLSearchParams, definitie: WerklijstDefinitie): WerklijstStaat {
  const staat = legeStaat(definitie);
  staat.pagina = positiefGeheel(params.get("page")) ?? 1;
  const grootte = positiefGeheel(params.get("pageSize"));
  if (grootte !== undefined && (PAGINA_GROOTTES as readonly number[]).includes(grootte)) staat.paginaGrootte = grootte;

  const veld = params.get("sort");
  if (veld && definitie.sorteerbaar.includes(veld)) {
    staat.sortering = { veld, richting: params.get("order") === "desc" ? "desc" : "asc" };
  }

  for (const f of definitie.filters) {
    const w = leesFilter(params, f);
    if (w) staat.filters[f.naam] = w;
  }
  return staat;
}

function leesFilter(params: URLSearchParams, f: FilterDefinitie): FilterWaarde | undefined {
  const sleutel = f.naam;
  switch (f.soort) {
    case "tekst": {
      const tekst = (params.get(sleutel) ?? "").trim().slice(0, MAX_TEKST);
      return tekst ? { soort: "tekst", tekst } : undefined;
    }
    case "keuze": {
      const ruw = params.getAll(sleutel);
      const waarden = [...new Set(ruw.map((w) => w.trim()).filter(Boolean))].filter(
        (w) => !f.opties || f.opties.includes(w),
      );
      return waarden.length ? { soort: "keuze", waarden } : undefined;
    }
    case "datum": {
      const van = params.get(`${sleutel}Van`) ?? "";
      const tot = params.get(`${sleutel}Tot`) ?? "";
      const w: FilterWaarde = { soort: "datum" };
      if (isKalenderdatum(van)) w.van = van;
      if (isKalenderdatum(tot)) w.tot = tot;
      // A reversed range would silently match nothing; swap it so the user's intent survives.
      if (w.van && w.tot && w.van > w.tot) [w.van, w.tot] = [w.tot, w.van];
      return w.van || w.tot ? w : undefined;
    }
  }
}

/**
 * The inverse of leesStaat; defaults are left out so URLs stay short and stable. The API request
 * is the same plus the explicit sort (`metStandaardSortering`).
 */
export function schrijfStaat(staat: WerklijstStaat, definitie: WerklijstDefinitie): URLSearchParams {
  const params = new URLSearchParams();
  for (const f of definitie.filters) {
    const w = staat.filters[f.naam];
    if (!w || w.soort !== f.soort) continue;
    const sleutel = f.naam;
    if (w.soort === "tekst" && w.tekst.trim()) params.set(sleutel, w.tekst.trim());
    // Repeated parameters, not a comma list: a zaaktype omschrijving may contain a comma.
    if (w.soort === "keuze") for (const waarde of w.waarden) params.append(sleutel, waarde);
    if (w.soort === "datum") {
      if (w.van) params.set(`${sleutel}Van`, w.van);
      if (w.tot) params.set(`${sleutel}Tot`, w.tot);
    }
  }
  const std = definitie.standaardSortering;
  if (staat.sortering && !(std && std.veld === staat.sortering.veld && std.richting === staat.sortering.richting)) {
    params.set("sort", staat.sortering.veld);
    if (staat.sortering.richting === "desc") params.set("order", "desc");
  }
  if (staat.paginaGrootte !== undefined) params.set("pageSize", String(staat.paginaGrootte));
  if (staat.pagina > 1) params.set("page", String(staat.pagina));
  return params;
}

/** Changing a filter or the sort sends the user back to page 1 (the old page may not exist). */
export function metFilter(staat: WerklijstStaat, naam: string, waarde: FilterWaarde | undefined): WerklijstStaat {
  const filters = { ...staat.filters };
  if (waarde && !isLeeg(waarde)) filters[naam] = waarde;
  else delete filters[naam];
  return { ...staat, filters, pagina: 1 };
}

export function isLeeg(w: FilterWaarde): boolean {
  if (w.soort === "tekst") return !w.tekst.trim();
  if (w.soort === "keuze") return w.waarden.length === 0;
  return !w.van && !w.tot;
}

/** Header click: unsorted/other column -> ascending, ascending -> descending, descending -> ascending. */
export function volgendeSortering(huidig: Sortering | undefined, veld: string): Sortering {
  if (huidig?.veld === veld && huidig.richting === "asc") return { veld, richting: "desc" };
  return { veld, richting: "asc" };
}

export function ariaSort(huidig: Sortering | undefined, veld: string): "ascending" | "descending" | "none" {
  if (huidig?.veld !== veld) return "none";
  return huidig.richting === "asc" ? "ascending" : "descending";
}

export function aantalPaginas(totaal: number, grootte: number): number {
  return Math.max(1, Math.ceil(totaal / grootte));
}

/** "1-25 van 212" style range; 0 results gives 0-0. */
export function bereik(pagina: number, grootte: number, totaal: number): { van: number; tot: number } {
  if (totaal === 0) return { van: 0, tot: 0 };
  const van = Math.min((pagina - 1) * grootte + 1, totaal);
  return { van, tot: Math.min(pagina * grootte, totaal) };
}

/** Number of active filters (for the "Filters (2)" label and the "wis filters" button). */
export function aantalActieveFilters(staat: WerklijstStaat): number {
  return Object.values(staat.filters).filter((w) => !isLeeg(w)).length;
}

/** The proxy needs the sort even when it is the list's default (the URL leaves it out). */
export function apiParams(staat: WerklijstStaat, definitie: WerklijstDefinitie): URLSearchParams {
  const params = schrijfStaat({ ...staat, sortering: undefined }, { ...definitie, standaardSortering: undefined });
  if (staat.sortering) {
    params.set("sort", staat.sortering.veld);
    params.set("order", staat.sortering.richting);
  }
  return params;
}
