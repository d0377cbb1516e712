import { describe, expect, it } from "vitest";
import { TAAKTYPEN } from "@/lib/zaakafhandeling/contract";
import { inrichtingsProblemen, legeParameters, ZaakafhandelparametersInvoer, zaaktypeStatus, type Keuzes } from "./model";
import { magGestartWorden, takenVoorZaaktype, type OpgeslagenParameters } from "./opslag";

const keuzes: Keuzes = { groepen: ["behandelaars-vergunningen"], resultaattypen: ["Verleend", "Geweigerd"] };

/** Usable settings: the minimum for "in gebruik". */
function bruikbaar(extra: Record<string, unknown> = {}) {
  return {
    inGebruik: true,
    standaardGroep: "behandelaars-vergunningen",
    nietOntvankelijkResultaattype: "Geweigerd",
    taaktypen: { advies_intern: { actief: true, groep: null, doorlooptijdDagen: 10, formulier: "advies_intern" } },
    ...extra,
  };
}

function fouten(invoer: unknown): Record<string, string> {
  const r = ZaakafhandelparametersInvoer.safeParse(invoer);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("ZaakafhandelparametersInvoer", () => {
  it("gives empty, unusable settings for an empty body (every taaktype off, its own form)", () => {
    const p = legeParameters();
    expect(p).toMatchObject({ inGebruik: false, standaardGroep: null, nietOntvankelijkResultaattype: null, beeindigRedenen: [] });
    for (const t of TAAKTYPEN) expect(p.taaktypen[t]).toEqual({ actief: false, groep: null, doorlooptijdDagen: null, formulier: t });
  });

  it("accepts usable settings and fills the taaktypen that were left out", () => {
    const p = ZaakafhandelparametersInvoer.parse(bruikbaar());
    expect(p.taaktypen.advies_intern).toEqual({ actief: true, groep: null, doorlooptijdDagen: 10, formulier: "advies_intern" });
    expect(p.taaktypen.goedkeuren.actief).toBe(false);
  });

  it("refuses 'in gebruik' without standaardgroep, taaktype and niet-ontvankelijk resultaattype, with a Dutch message per field", () => {
    expect(fouten({ inGebruik: true })).toEqual({
      standaardGroep: "Kies een standaardgroep: nieuwe zaken komen bij deze groep.",
      taaktypen: "Zet minstens één soort taak aan.",
      nietOntvankelijkResultaattype: "Kies het resultaattype voor niet-ontvankelijk.",
    });
    // Not in gebruik: an incomplete draft may be saved.
    expect(fouten({ inGebruik: false })).toEqual({});
  });

  it("needs afzender (a valid e-mail address) and onderwerp only when the e-mail is sent", () => {
    expect(fouten(bruikbaar({ intakeMail: { versturen: true, afzender: "", onderwerp: "" } }))).toEqual({
      "intakeMail.afzender": "Vul een afzender in om de e-mail te versturen.",
      "intakeMail.onderwerp": "Vul een onderwerp in om de e-mail te versturen.",
    });
    expect(fouten(bruikbaar({ afhandelMail: { versturen: true, afzender: "geen-adres", onderwerp: "Klaar" } }))).toEqual({
      "afhandelMail.afzender": "Vul een geldig e-mailadres in.",
    });
    expect(fouten(bruikbaar({ intakeMail: { versturen: false, afzender: "", onderwerp: "" } }))).toEqual({});
  });

  it("checks days, duplicate redenen, forms and behandelaar without groep", () => {
    expect(fouten(bruikbaar({ waarschuwingStreefdatumDagen: -1, waarschuwingFataleDatumDagen: 2.5 }))).toEqual({
      waarschuwingStreefdatumDagen: "Vul 0 of meer dagen in.",
      waarschuwingFataleDatumDagen: "Vul een heel aantal dagen in.",
    });
    expect(
      fouten(
        bruikbaar({
          beeindigRedenen: [
            { reden: "Ingetrokken", resultaattype: "Verleend" },
            { reden: "ingetrokken", resultaattype: "Geweigerd" },
          ],
        }),
      ),
    ).toEqual({ "beeindigRedenen.1.reden": "Deze reden staat er al." });
    expect(fouten(bruikbaar({ taaktypen: { goedkeuren: { actief: true, groep: null, doorlooptijdDagen: 0, formulier: "advies_intern" } } }))).toEqual({
      "taaktypen.goedkeuren.doorlooptijdDagen": "Vul 1 of meer dagen in.",
      "taaktypen.goedkeuren.formulier": "Kies een formulier van deze soort taak.",
    });
    expect(fouten({ standaardBehandelaar: "behandelaar1" })).toEqual({ standaardBehandelaar: "Kies eerst een standaardgroep." });
    expect(fouten({ domein: "Vergunningen!" })).toHaveProperty("domein");
  });
});

describe("inrichtingscheck", () => {
  it("lists everything for a zaaktype without parameters", () => {
    const problemen = inrichtingsProblemen(null, keuzes);
    expect(problemen.map((p) => p.code)).toEqual(["geen_parameters", "geen_standaardgroep", "geen_taaktype", "geen_niet_ontvankelijk", "niet_in_gebruik"]);
    expect(zaaktypeStatus(null, problemen)).toBe("niet_ingericht");
  });

  it("is empty for usable settings that refer to existing choices", () => {
    const p = ZaakafhandelparametersInvoer.parse(bruikbaar());
    expect(inrichtingsProblemen(p, keuzes)).toEqual([]);
    expect(zaaktypeStatus(p, [])).toBe("bruikbaar");
  });

  it("says 'niet in gebruik' when only the switch is off", () => {
    const p = ZaakafhandelparametersInvoer.parse(bruikbaar({ inGebruik: false }));
    const problemen = inrichtingsProblemen(p, keuzes);
    expect(problemen.map((x) => x.code)).toEqual(["niet_in_gebruik"]);
    expect(zaaktypeStatus(p, problemen)).toBe("niet_in_gebruik");
  });

  it("finds groepen and resultaattypen that no longer exist (e.g. after a new zaaktype version)", () => {
    const p = ZaakafhandelparametersInvoer.parse(
      bruikbaar({
        standaardGroep: "opgeheven-team",
        nietOntvankelijkResultaattype: "Buiten behandeling",
        beeindigRedenen: [{ reden: "Dubbel", resultaattype: "Vervallen" }],
        taaktypen: { advies_intern: { actief: true, groep: "ander-team", doorlooptijdDagen: null, formulier: "advies_intern" } },
      }),
    );
    const problemen = inrichtingsProblemen(p, keuzes);
    expect(problemen.map((x) => [x.code, x.veld])).toEqual([
      ["standaardgroep_onbekend", "standaardGroep"],
      ["taakgroep_onbekend", "taaktypen.advies_intern.groep"],
      ["resultaattype_onbekend", "nietOntvankelijkResultaattype"],
      ["resultaattype_onbekend", "beeindigRedenen.0.resultaattype"],
    ]);
    expect(zaaktypeStatus(p, problemen)).toBe("onvolledig");
  });
});

describe("use in case handling", () => {
  const opgeslagen = (zaaktype: string, inGebruik: boolean): OpgeslagenParameters => ({
    zaaktype,
    parameters: ZaakafhandelparametersInvoer.parse(bruikbaar({ inGebruik })),
    gewijzigd: new Date(),
    gewijzigdDoor: "beheerder1",
  });

  it("offers a zaaktype with parameters only when in gebruik; without parameters only while no zaaktype has any", () => {
    const alle = new Map([
      ["A", opgeslagen("A", true)],
      ["B", opgeslagen("B", false)],
    ]);
    expect(magGestartWorden("A", alle)).toBe(true);
    expect(magGestartWorden("B", alle)).toBe(false);
    expect(magGestartWorden("C", alle)).toBe(false);
    expect(magGestartWorden("C", new Map())).toBe(true);
  });

  it("offers the enabled taaktypen with their groep and doorlooptijd; all five without parameters", () => {
    expect(takenVoorZaaktype(opgeslagen("A", true).parameters)).toEqual([{ taaktype: "advies_intern", groep: null, doorlooptijdDagen: 10 }]);
    expect(takenVoorZaaktype(null).map((t) => t.taaktype)).toEqual([...TAAKTYPEN]);
  });
});
