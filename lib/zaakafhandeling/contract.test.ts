import { describe, expect, it } from "vitest";
import { RECHTEN } from "@/lib/policy/rechten";
import {
  datumWaarschuwing,
  endpointPad,
  ENDPOINTS,
  maskeerBsn,
  parseWerklijstQuery,
  ToekennenInvoer,
  werklijstQueryNaarParams,
  ZaakRechten,
} from "./contract";

describe("contract", () => {
  it("werklijst query round-trips through URL search params", () => {
    const p = new URLSearchParams("page=2&pageSize=50&sort=startdatum&order=desc&zaaktype=A&zaaktype=B&startdatumVan=2026-01-01");
    const q = parseWerklijstQuery(p);
    expect(q.success && q.data).toEqual({ page: 2, pageSize: 50, sort: "startdatum", order: "desc", filters: { zaaktype: ["A", "B"], startdatumVan: ["2026-01-01"] } });
    expect(q.success && werklijstQueryNaarParams(q.data).toString()).toBe(p.toString());
    expect(parseWerklijstQuery(new URLSearchParams("pageSize=7")).success).toBe(false);
  });

  it("masks a BSN but keeps the last four digits", () => {
    expect(maskeerBsn("999993653")).toBe("*****3653");
  });

  it("warning flags: verlopen before today, bijna within 3 days, geen when closed", () => {
    expect(datumWaarschuwing("2026-05-31", "2026-06-01")).toBe("verlopen");
    expect(datumWaarschuwing("2026-06-04", "2026-06-01")).toBe("bijna");
    expect(datumWaarschuwing("2026-06-05", "2026-06-01")).toBe("geen");
    expect(datumWaarschuwing("2026-05-31", "2026-06-01", false)).toBe("geen");
  });

  it("rights schemas follow the policy's rights lists", () => {
    expect(Object.keys(ZaakRechten.shape).sort()).toEqual([...RECHTEN.zaak].sort());
  });

  it("toekennen: aan mij, of groep/behandelaar", () => {
    expect(ToekennenInvoer.safeParse({ aanMij: true }).success).toBe(true);
    expect(ToekennenInvoer.safeParse({ groep: "g", behandelaar: null }).success).toBe(true);
    expect(ToekennenInvoer.safeParse({}).success).toBe(false);
  });

  it("endpoint paths fill and encode parameters", () => {
    expect(endpointPad("zaakOpschorten", { uuid: "a b" })).toBe("/api/zaken/a%20b/opschorten");
    expect(() => endpointPad("zaak")).toThrow(/uuid/);
    expect(new Set(Object.values(ENDPOINTS).map((e) => `${e.method} ${e.path}`)).size).toBe(Object.keys(ENDPOINTS).length);
  });
});

describe("every endpoint of the contract has a route handler", () => {
  it.each(Object.entries(ENDPOINTS))("%s", async (_naam, e) => {
    const { readFile } = await import("node:fs/promises");
    const bestand = `app${e.path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
    const bron = await readFile(new URL(`../../${bestand}`, import.meta.url), "utf8");
    expect(bron).toMatch(new RegExp(`export const ${e.method}\\b`));
  });
});
