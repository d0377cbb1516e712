import { describe, expect, it } from "vitest";
import { Autorisatiecontext, expressieTekst, expressieUitBeveiliging, parseScopeExpressie, voldoet, type Consumer, type ConsumerAutorisatie } from "./scopes";

const s = (...scopes: string[]) => new Set(scopes);

describe("scope-expressies uit de OAS", () => {
  it("leest enkele scopes, of-expressies en haakjes", () => {
    expect(parseScopeExpressie("zaken.lezen")).toEqual({ soort: "scope", scope: "zaken.lezen" });
    const of = parseScopeExpressie("(zaken.bijwerken | zaken.geforceerd-bijwerken)");
    expect(voldoet(of, s("zaken.geforceerd-bijwerken"))).toBe(true);
    expect(voldoet(of, s("zaken.lezen"))).toBe(false);
    expect(expressieTekst(of)).toBe("(zaken.bijwerken | zaken.geforceerd-bijwerken)");
  });

  it("laat & sterker binden dan |", () => {
    const e = parseScopeExpressie("a | b & c");
    expect(voldoet(e, s("a"))).toBe(true);
    expect(voldoet(e, s("b"))).toBe(false);
    expect(voldoet(e, s("b", "c"))).toBe(true);
  });

  it("weigert kapotte expressies", () => {
    expect(() => parseScopeExpressie("(a | b")).toThrow(/'\)' verwacht/);
    expect(() => parseScopeExpressie("a |")).toThrow(/scope verwacht/);
    expect(() => parseScopeExpressie("a b")).toThrow(/onverwacht/);
  });

  it("combineert security-eisen: lijst = en, alternatieven = of, lege lijst = alleen token", () => {
    const en = expressieUitBeveiliging([{ "JWT-Claims": ["a", "(b | c)"] }])!;
    expect(voldoet(en, s("a"))).toBe(false);
    expect(voldoet(en, s("a", "c"))).toBe(true);
    const of = expressieUitBeveiliging([{ "JWT-Claims": ["a"] }, { "JWT-Claims": ["b"] }])!;
    expect(voldoet(of, s("b"))).toBe(true);
    expect(expressieUitBeveiliging([{ "JWT-Claims": [] }])).toBeNull();
  });
});

const ZT_A = "https://zac.example/catalogi/api/v1/zaaktypen/a";
const ZT_B = "https://zac.example/catalogi/api/v1/zaaktypen/b";

function consumer(autorisaties: ConsumerAutorisatie[], alles = false): Consumer {
  return {
    clientId: "c",
    applicatie: { uuid: "u", label: "l", heeftAlleAutorisaties: alles },
    autorisaties,
    gebruiker: { id: "", weergave: "" },
  };
}

describe("Autorisatiecontext", () => {
  const lezen = parseScopeExpressie("zaken.lezen");
  const bijwerken = parseScopeExpressie("(zaken.bijwerken | zaken.geforceerd-bijwerken)");
  const ctx = new Autorisatiecontext(
    consumer([
      { component: "zrc", scopes: ["zaken.lezen"], zaaktype: ZT_A, maxVertrouwelijkheidaanduiding: "vertrouwelijk" },
      { component: "zrc", scopes: ["zaken.bijwerken"], zaaktype: ZT_A, maxVertrouwelijkheidaanduiding: "intern" },
      { component: "drc", scopes: ["documenten.lezen"], informatieobjecttype: ZT_B, maxVertrouwelijkheidaanduiding: "geheim" },
    ]),
    "zrc",
  );

  it("toetst per zaaktype en max. vertrouwelijkheid (inclusief)", () => {
    expect(ctx.mag(lezen, { type: ZT_A, vertrouwelijkheidaanduiding: "vertrouwelijk" })).toBe(true);
    expect(ctx.mag(lezen, { type: ZT_A, vertrouwelijkheidaanduiding: "confidentieel" })).toBe(false);
    expect(ctx.mag(lezen, { type: ZT_B, vertrouwelijkheidaanduiding: "openbaar" })).toBe(false);
    expect(ctx.mag(bijwerken, { type: ZT_A, vertrouwelijkheidaanduiding: "intern" })).toBe(true);
    expect(ctx.mag(bijwerken, { type: ZT_A, vertrouwelijkheidaanduiding: "zaakvertrouwelijk" })).toBe(false);
  });

  it("kijkt alleen naar autorisaties van het eigen component", () => {
    expect(ctx.mag(parseScopeExpressie("documenten.lezen"))).toBe(false);
    expect(ctx.mag(lezen)).toBe(true);
  });

  it("geeft 403 via vereis", () => {
    expect(() => ctx.vereis(lezen, { type: ZT_B })).toThrow(expect.objectContaining({ status: 403 }));
  });

  it("laat met heeftAlleAutorisaties alles toe, zonder lijstfilter", () => {
    const alles = new Autorisatiecontext(consumer([], true), "zrc");
    expect(alles.mag(bijwerken, { type: ZT_B, vertrouwelijkheidaanduiding: "zeer_geheim" })).toBe(true);
    expect(alles.lijstFilter(lezen, { type: {} as never })).toBeUndefined();
  });

  it("geeft een client zonder applicatie niets", () => {
    const geen = new Autorisatiecontext({ ...consumer([]), applicatie: null }, "zrc");
    expect(geen.mag(lezen)).toBe(false);
    expect(geen.mag(null)).toBe(true);
  });
});
