import { describe, expect, it } from "vitest";
import { Autorisatiecontext } from "../scopes";
import { BrondatumArchiefprocedure } from "./invoer";
import { demoIdentificatie } from "./seed";
import { controleerAfleidingswijze, controleerBrondatum, overlapt } from "./regels";

const brondatum = (v: Record<string, unknown>) => BrondatumArchiefprocedure.parse(v);

describe("ztc-004..008 (brondatumArchiefprocedure)", () => {
  it("eist en verbiedt velden per afleidingswijze", () => {
    expect(controleerBrondatum(brondatum({ afleidingswijze: "afgehandeld" }))).toEqual([]);
    expect(controleerBrondatum(brondatum({ afleidingswijze: "termijn" })).map((f) => f.name)).toEqual(["brondatumArchiefprocedure.procestermijn"]);
    expect(controleerBrondatum(brondatum({ afleidingswijze: "ander_datumkenmerk" })).map((f) => f.name)).toEqual([
      "brondatumArchiefprocedure.datumkenmerk",
      "brondatumArchiefprocedure.objecttype",
      "brondatumArchiefprocedure.registratie",
    ]);
    expect(controleerBrondatum(brondatum({ afleidingswijze: "hoofdzaak", registratie: "BRP" }))[0]).toMatchObject({ code: "must-be-empty" });
    expect(controleerBrondatum(null)).toEqual([]);
  });
});

describe("ztc-003", () => {
  it("volgt de procestermijn van de selectielijstklasse", () => {
    expect(controleerAfleidingswijze("termijn", "nihil")[0]?.code).toBe("invalid-afleidingswijze-for-procestermijn");
    expect(controleerAfleidingswijze("afgehandeld", "nihil")).toEqual([]);
    expect(controleerAfleidingswijze("afgehandeld", "ingeschatte_bestaansduur_procesobject")).toHaveLength(1);
    expect(controleerAfleidingswijze("eigenschap", null)).toEqual([]);
  });
});

describe("geldigheid", () => {
  it("ziet overlap met inclusieve einddatum en open einde", () => {
    expect(overlapt({ begin: "2024-01-01", einde: "2024-12-31" }, { begin: "2024-12-31", einde: null })).toBe(true);
    expect(overlapt({ begin: "2024-01-01", einde: "2024-12-30" }, { begin: "2024-12-31", einde: null })).toBe(false);
    expect(overlapt({ begin: "2025-01-01", einde: null }, { begin: "2024-01-01", einde: null })).toBe(true);
  });
});

describe("ztc-014", () => {
  const consumer = (component: "zrc" | "drc" | "ztc", scopes: string[]) => ({
    clientId: "c",
    applicatie: { uuid: "u", label: "l", heeftAlleAutorisaties: false },
    autorisaties: [{ component, scopes, zaaktype: null, informatieobjecttype: null, besluittype: null, maxVertrouwelijkheidaanduiding: null }],
    gebruiker: { id: "", weergave: "" },
  });
  it("geeft zaken.lezen en documenten.lezen catalogi.lezen, andere scopes niet", () => {
    expect(new Autorisatiecontext(consumer("zrc", ["zaken.lezen"]), "ztc").scopesVoor().has("catalogi.lezen")).toBe(true);
    expect(new Autorisatiecontext(consumer("drc", ["documenten.lezen"]), "ztc").scopesVoor().has("catalogi.lezen")).toBe(true);
    expect(new Autorisatiecontext(consumer("zrc", ["zaken.aanmaken"]), "ztc").scopesVoor().has("catalogi.lezen")).toBe(false);
    // Only for the Catalogi: zaken.lezen gives nothing in the Besluiten API.
    expect(new Autorisatiecontext(consumer("zrc", ["zaken.lezen"]), "brc").scopesVoor().size).toBe(0);
  });
});

describe("demo", () => {
  it("maakt een identificatie zonder accenten en spaties", () => {
    expect(demoIdentificatie("Wmo-maatwerkvoorziening")).toBe("DEMO-WMO-MAATWERKVOORZIENING");
    expect(demoIdentificatie("Melding klein kansspel")).toBe("DEMO-MELDING-KLEIN-KANSSPEL");
  });
});
