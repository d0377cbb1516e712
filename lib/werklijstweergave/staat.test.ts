import { describe, expect, it } from "vitest";
import {
  aantalActieveFilters,
  aantalPaginas,
  apiParams,
  ariaSort,
  bereik,
  leesStaat,
  metFilter,
  schrijfStaat,
  volgendeSortering,
  type WerklijstDefinitie,
  type WerklijstStaat,
} from "./staat";

const DEF: WerklijstDefinitie = {
  filters: [
    { naam: "omschrijving", soort: "tekst" },
    { naam: "status", soort: "keuze", opties: ["open", "opgeschort", "afgehandeld"] },
    { naam: "zaaktype", soort: "keuze" },
    { naam: "startdatum", soort: "datum" },
  ],
  sorteerbaar: ["identificatie", "startdatum", "streefdatum"],
  standaardSortering: { veld: "streefdatum", richting: "asc" },
};

const lees = (q: string) => leesStaat(new URLSearchParams(q), DEF);

describe("leesStaat", () => {
  it("gives the default state for an empty URL", () => {
    expect(lees("")).toEqual({ pagina: 1, filters: {}, sortering: { veld: "streefdatum", richting: "asc" } });
  });

  it("reads page, size, descending sort and every filter kind", () => {
    const staat = lees(
      "page=3&pageSize=50&sort=startdatum&order=desc&omschrijving=%20dakkapel%20&status=open&status=opgeschort&startdatumVan=2026-01-01&startdatumTot=2026-02-01",
    );
    expect(staat).toEqual({
      pagina: 3,
      paginaGrootte: 50,
      sortering: { veld: "startdatum", richting: "desc" },
      filters: {
        omschrijving: { soort: "tekst", tekst: "dakkapel" },
        status: { soort: "keuze", waarden: ["open", "opgeschort"] },
        startdatum: { soort: "datum", van: "2026-01-01", tot: "2026-02-01" },
      },
    });
  });

  it("drops what the list does not know or allow", () => {
    const staat = lees("page=-1&pageSize=33&sort=geheim&status=open&status=hack&onbekend=x&startdatumVan=2026-02-30");
    expect(staat.pagina).toBe(1);
    expect(staat.paginaGrootte).toBeUndefined();
    expect(staat.sortering).toEqual({ veld: "streefdatum", richting: "asc" });
    expect(staat.filters).toEqual({ status: { soort: "keuze", waarden: ["open"] } });
  });

  it("accepts any value for a choice filter without fixed options, deduplicated, commas kept", () => {
    expect(lees("zaaktype=A&zaaktype=B%2C+C&zaaktype=A").filters.zaaktype).toEqual({ soort: "keuze", waarden: ["A", "B, C"] });
  });

  it("swaps a reversed date range", () => {
    expect(lees("startdatumVan=2026-05-01&startdatumTot=2026-01-01").filters.startdatum).toEqual({
      soort: "datum",
      van: "2026-01-01",
      tot: "2026-05-01",
    });
  });

  it("keeps a half-open date range", () => {
    expect(lees("startdatumTot=2026-01-31").filters.startdatum).toEqual({ soort: "datum", tot: "2026-01-31" });
  });
});

describe("schrijfStaat", () => {
  it("round-trips a full state", () => {
    const staat: WerklijstStaat = {
      pagina: 2,
      paginaGrootte: 10,
      sortering: { veld: "identificatie", richting: "desc" },
      filters: {
        omschrijving: { soort: "tekst", tekst: "bijstand & meer" },
        status: { soort: "keuze", waarden: ["afgehandeld", "open"] },
        startdatum: { soort: "datum", van: "2025-12-31" },
      },
    };
    const params = schrijfStaat(staat, DEF);
    expect(leesStaat(new URLSearchParams(params.toString()), DEF)).toEqual(staat);
  });

  it("leaves out defaults so the URL of the plain list is empty", () => {
    expect(schrijfStaat(lees(""), DEF).toString()).toBe("");
    expect(schrijfStaat({ pagina: 1, filters: { omschrijving: { soort: "tekst", tekst: "  " } } }, DEF).toString()).toBe("");
  });

  it("writes a filter in the stable order of the definition", () => {
    const params = schrijfStaat(
      { pagina: 1, filters: { startdatum: { soort: "datum", tot: "2026-01-01" }, omschrijving: { soort: "tekst", tekst: "x" } } },
      DEF,
    );
    expect(params.toString()).toBe("omschrijving=x&startdatumTot=2026-01-01");
  });
});

describe("apiParams", () => {
  it("always names the sort, also the default one, and matches the contract's query format", () => {
    const params = apiParams(lees("zaaktype=A&zaaktype=B&pageSize=10&page=2"), DEF);
    expect(params.toString()).toBe("zaaktype=A&zaaktype=B&pageSize=10&page=2&sort=streefdatum&order=asc");
    expect(apiParams({ pagina: 1, filters: {} }, DEF).toString()).toBe("");
  });
});

describe("state changes", () => {
  it("a new filter resets to page 1; an empty value removes the filter", () => {
    const s0: WerklijstStaat = { pagina: 4, filters: { omschrijving: { soort: "tekst", tekst: "a" } } };
    const s1 = metFilter(s0, "status", { soort: "keuze", waarden: ["open"] });
    expect(s1.pagina).toBe(1);
    expect(aantalActieveFilters(s1)).toBe(2);
    const s2 = metFilter(s1, "omschrijving", { soort: "tekst", tekst: "" });
    expect(Object.keys(s2.filters)).toEqual(["status"]);
    expect(s0.filters.omschrijving).toBeDefined(); // not mutated
  });

  it("sorting cycles asc -> desc -> asc and reports aria-sort", () => {
    const a = volgendeSortering(undefined, "startdatum");
    expect(a).toEqual({ veld: "startdatum", richting: "asc" });
    const b = volgendeSortering(a, "startdatum");
    expect(b.richting).toBe("desc");
    expect(volgendeSortering(b, "startdatum").richting).toBe("asc");
    expect(volgendeSortering(b, "identificatie")).toEqual({ veld: "identificatie", richting: "asc" });
    expect(ariaSort(b, "startdatum")).toBe("descending");
    expect(ariaSort(a, "startdatum")).toBe("ascending");
    expect(ariaSort(a, "identificatie")).toBe("none");
  });

  it("computes page count and visible range", () => {
    expect(aantalPaginas(0, 25)).toBe(1);
    expect(aantalPaginas(212, 25)).toBe(9);
    expect(bereik(1, 25, 212)).toEqual({ van: 1, tot: 25 });
    expect(bereik(9, 25, 212)).toEqual({ van: 201, tot: 212 });
    expect(bereik(1, 25, 0)).toEqual({ van: 0, tot: 0 });
  });
});
