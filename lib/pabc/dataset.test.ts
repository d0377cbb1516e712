import { describe, expect, it } from "vitest";
import { DEMO_DOMEINEN, PABC_APPLICATIE } from "@/lib/demo/domeinen";
import { naarPabcRollen } from "./client";
import { parseDataset, parseDatasetTekst, type PabcDataset } from "./dataset";
import { geheugenOpslag } from "./geheugen";
import { groepeerRolRegels } from "./opslag";
import { demoPabcDataset } from "./seed";
import { contractDataset } from "./testing/fixtures";

const rollenVan = async (dataset: PabcDataset, functioneleRollen: string[]) =>
  naarPabcRollen(groepeerRolRegels(await geheugenOpslag(dataset).rolRegels(functioneleRollen)));

describe("demo dataset (lib/pabc/dataset/demo-dataset.json)", () => {
  const demo = demoPabcDataset();

  it("holds the demo domains and their zaaktypen as entity types of type zaaktype (id = name = omschrijving)", () => {
    expect(demo.applications.map((a) => a.name)).toEqual([PABC_APPLICATIE]);
    const perDomein = Object.fromEntries(
      demo.domains.map((d) => [d.name, d.entityTypeIds.map((id) => demo.entityTypes.find((e) => e.id === id)?.entityTypeId)]),
    );
    expect(perDomein).toEqual(Object.fromEntries(DEMO_DOMEINEN.map((d) => [d.naam, [...d.zaaktypen]])));
    for (const et of demo.entityTypes) {
      expect(et.type).toBe("zaaktype");
      expect(et.name).toBe(et.entityTypeId);
    }
  });

  it("has exactly the functional roles of the demo realm", () => {
    expect(demo.functionalRoles.map((r) => r.name).sort()).toEqual(
      [
        "zac_beheerder",
        "zac_behandelaar_sociaal",
        "zac_behandelaar_vergunningen",
        "zac_coordinator_vergunningen",
        "zac_raadpleger",
        "zac_recordmanager",
      ].sort(),
    );
  });

  it.each([
    ["zac_raadpleger", "raadpleger", ["Vergunningen", "Sociaal domein"]],
    ["zac_recordmanager", "recordmanager", ["Vergunningen", "Sociaal domein"]],
    ["zac_beheerder", "beheerder", ["Vergunningen", "Sociaal domein"]],
    ["zac_behandelaar_vergunningen", "behandelaar", ["Vergunningen"]],
    ["zac_behandelaar_sociaal", "behandelaar", ["Sociaal domein"]],
  ])("%s gives %s on the zaaktypen of %j", async (functioneleRol, rol, domeinen) => {
    const zaaktypen = DEMO_DOMEINEN.filter((d) => domeinen.includes(d.naam)).flatMap((d) => d.zaaktypen);
    expect(await rollenVan(demo, [functioneleRol])).toEqual({
      perZaaktype: Object.fromEntries(zaaktypen.map((z) => [z, [rol]])),
      alleZaaktypen: [],
    });
  });

  it("makes zac_coordinator_vergunningen coordinator and behandelaar on vergunningen", async () => {
    const rollen = await rollenVan(demo, ["zac_coordinator_vergunningen"]);
    expect(rollen.perZaaktype).toEqual(
      Object.fromEntries(DEMO_DOMEINEN[0].zaaktypen.map((z) => [z, ["behandelaar", "coordinator"]])),
    );
  });
});

describe("parseDataset", () => {
  const basis = () => structuredClone(contractDataset());

  it("accepts PABC's format including $schema, description, uri and mappings without domain", () => {
    const tekst = JSON.stringify({ $schema: "./dataset.schema.json", ...basis() });
    expect(parseDatasetTekst(tekst).mappings.length).toBeGreaterThan(0);
  });

  it("rejects invalid JSON with a Dutch message", () => {
    expect(() => parseDatasetTekst("{", "x.json")).toThrow(/x\.json is geen geldige JSON/);
  });

  it("rejects a missing section and a bad GUID", () => {
    const zonder: Partial<PabcDataset> = basis();
    delete zonder.mappings;
    expect(() => parseDataset(zonder)).toThrow(/mappings/);
    const d = basis();
    d.functionalRoles[0]!.id = "geen-guid";
    expect(() => parseDataset(d)).toThrow(/functionalRoles\.0\.id/);
  });

  it("rejects isAllEntityTypes together with a domain", () => {
    const d = basis();
    d.mappings[0] = { ...d.mappings[0]!, isAllEntityTypes: true, domainId: d.domains[0]!.id };
    expect(() => parseDataset(d)).toThrow(/sluiten elkaar uit/);
  });

  it("rejects references that do not resolve", () => {
    const d = basis();
    d.mappings[1]!.functionalRoleId = "11111111-1111-4111-8111-111111111111";
    d.domains[0]!.entityTypeIds.push("22222222-2222-4222-8222-222222222222");
    d.applicationRoles[0]!.applicationId = "33333333-3333-4333-8333-333333333333";
    const fout = (() => {
      try {
        parseDataset(d);
      } catch (e) {
        return String((e as Error).message);
      }
      return "";
    })();
    expect(fout).toMatch(/mappings\.1: functionalRoleId 11111111-.* bestaat niet/);
    expect(fout).toMatch(/domains\.0\.entityTypeIds\.2: entity type 22222222-.* bestaat niet/);
    expect(fout).toMatch(/applicationRoles\.0: applicationId 33333333-.* bestaat niet/);
  });

  it("rejects names that differ only in case, and duplicate ids", () => {
    const d = basis();
    d.functionalRoles.push({ id: "44444444-4444-4444-8444-444444444444", name: d.functionalRoles[0]!.name.toUpperCase() });
    d.entityTypes.push({ ...d.entityTypes[0]! });
    expect(() => parseDataset(d)).toThrow(/functionalRoles\.\d+: naam .* komt vaker voor/);
    expect(() => parseDataset(d)).toThrow(/entityTypes\.\d+: id .* komt vaker voor/);
  });
});
