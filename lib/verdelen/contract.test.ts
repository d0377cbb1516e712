import { describe, expect, it } from "vitest";
import { doorsnede, VerdeelInvoer } from "./contract";

describe("VerdeelInvoer", () => {
  const basis = { lijst: "zaken-werkvoorraad", selectie: { ids: ["a"] }, reden: "Herverdeling" };

  it("verdelen vraagt een groep en een reden; de medewerker is optioneel", () => {
    expect(VerdeelInvoer.safeParse({ ...basis, actie: "verdelen", groep: "g" }).success).toBe(true);
    expect(VerdeelInvoer.safeParse({ ...basis, actie: "verdelen", groep: "g", behandelaar: null }).success).toBe(true);
    const zonderGroep = VerdeelInvoer.safeParse({ ...basis, actie: "verdelen", groep: " " });
    expect(zonderGroep.success).toBe(false);
    expect(zonderGroep.error?.issues[0]?.path).toEqual(["groep"]);
    const zonderReden = VerdeelInvoer.safeParse({ ...basis, actie: "verdelen", groep: "g", reden: "  " });
    expect(zonderReden.error?.issues.map((i) => i.message)).toEqual(["Vul een reden in."]);
  });

  it("vrijgeven heeft alleen een reden; een lege selectie of een onbekende lijst is ongeldig", () => {
    expect(VerdeelInvoer.safeParse({ ...basis, actie: "vrijgeven" }).success).toBe(true);
    expect(VerdeelInvoer.safeParse({ ...basis, actie: "vrijgeven", selectie: { filter: "zaaktype=A" } }).success).toBe(true);
    expect(VerdeelInvoer.safeParse({ ...basis, actie: "vrijgeven", selectie: { ids: [] } }).success).toBe(false);
    expect(VerdeelInvoer.safeParse({ ...basis, actie: "vrijgeven", lijst: "mijn-zaken" }).success).toBe(false);
    expect(VerdeelInvoer.safeParse({ ...basis, actie: "verwijderen" }).success).toBe(false);
  });
});

describe("doorsnede", () => {
  const g = (id: string) => ({ id, naam: id.toUpperCase() });
  it("houdt alleen de groepen die voor elk zaaktype bevoegd zijn, in de volgorde van het eerste", () => {
    expect(doorsnede([[g("b"), g("a"), g("c")], [g("a"), g("b")], [g("b"), g("a"), g("d")]])).toEqual([g("b"), g("a")]);
    expect(doorsnede([[g("a")], [g("b")]])).toEqual([]);
    expect(doorsnede([[g("a")]])).toEqual([g("a")]);
    expect(doorsnede([])).toEqual([]);
  });
});
