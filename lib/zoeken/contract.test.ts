import { describe, expect, it } from "vitest";
import { ZoekQuery, zoekParametersNaarObject, zoekQueryNaarParameters } from "./contract";

const parse = (s: string) => ZoekQuery.safeParse(zoekParametersNaarObject(new URLSearchParams(s)));

describe("zoek query in the URL", () => {
  it("defaults: zaak, page 1, 25 per page", () => {
    expect(parse("").data).toMatchObject({ q: "", type: "zaak", page: 1, pageSize: 25, zaaktype: [], jaar: [] });
  });

  it("repeating facet keys become lists; empty values are dropped", () => {
    const r = parse("q=kap&type=taak&status=toegekend&status=afgerond&jaar=2025&groep=&datumVan=2026-01-01");
    expect(r.data).toMatchObject({ q: "kap", type: "taak", status: ["toegekend", "afgerond"], jaar: [2025], groep: [], datumVan: "2026-01-01" });
  });

  it("round-trips and leaves defaults out", () => {
    const q = ZoekQuery.parse({ q: "bouw vergunning", type: "document", zaaktype: ["Omgevingsvergunning"], page: 3, pageSize: 50 });
    const p = zoekQueryNaarParameters(q);
    expect(p.toString()).toBe("q=bouw+vergunning&type=document&zaaktype=Omgevingsvergunning&page=3&pageSize=50");
    expect(parse(p.toString()).data).toEqual(q);
    expect(zoekQueryNaarParameters(ZoekQuery.parse({})).toString()).toBe("");
  });

  it("rejects unknown types, page sizes, bad dates and over-long text", () => {
    expect(parse("type=besluit").success).toBe(false);
    expect(parse("pageSize=7").success).toBe(false);
    expect(parse("page=0").success).toBe(false);
    expect(parse("datumTot=01-02-2026").success).toBe(false);
    expect(parse(`q=${"a".repeat(501)}`).success).toBe(false);
  });
});
