import { validatieFout } from "./fouten";

/** Page size of every paginated ZGW list (the usual 100, as Open Zaak). */
export const PAGINA_GROOTTE = 100;

export interface Pagina<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** Offset of a page; a page beyond the last (except page 1 of an empty list) is a 400 on `page`. */
export function paginaVenster(pagina: number, grootte = PAGINA_GROOTTE): { offset: number; limit: number } {
  return { offset: (pagina - 1) * grootte, limit: grootte };
}

/**
 * The `{count, next, previous, results}` envelope. `url` is the absolute URL of the request
 * (public base URL); next/previous keep its other parameters and change only `page`; the
 * previous link of page 2 has no `page` (page 1 = no page parameter).
 */
export function pagineer<T>(url: URL, pagina: number, count: number, results: T[], grootte = PAGINA_GROOTTE): Pagina<T> {
  if (pagina > 1 && (pagina - 1) * grootte >= count) {
    throw validatieFout([{ name: "page", code: "invalid", reason: "Ongeldige pagina: deze pagina bestaat niet." }]);
  }
  const metPagina = (n: number): string => {
    const u = new URL(url);
    if (n === 1) u.searchParams.delete("page");
    else u.searchParams.set("page", String(n));
    return u.toString();
  };
  return {
    count,
    next: pagina * grootte < count ? metPagina(pagina + 1) : null,
    previous: pagina > 1 ? metPagina(pagina - 1) : null,
    results,
  };
}
