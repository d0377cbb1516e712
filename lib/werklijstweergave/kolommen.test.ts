import { describe, expect, it } from "vitest";
import { isStandaard, normaliseerKolommen, standaardKolommen, verplaatsKolom, wisselKolom, type KolomDefinitie } from "./kolommen";

const KOLOMMEN: KolomDefinitie[] = [
  { sleutel: "identificatie", label: "Zaaknummer", vast: true },
  { sleutel: "zaaktype", label: "Zaaktype" },
  { sleutel: "omschrijving", label: "Omschrijving" },
  { sleutel: "initiator", label: "Initiator", standaardVerborgen: true },
  { sleutel: "streefdatum", label: "Streefdatum" },
];

describe("column picker state", () => {
  it("default = fixed and not hidden-by-default columns, in definition order", () => {
    expect(standaardKolommen(KOLOMMEN)).toEqual(["identificatie", "zaaktype", "omschrijving", "streefdatum"]);
    expect(isStandaard(KOLOMMEN, standaardKolommen(KOLOMMEN))).toBe(true);
  });

  it("normalises a stored choice: unknown and duplicate keys out, fixed column back in place", () => {
    expect(normaliseerKolommen(KOLOMMEN, ["streefdatum", "weg", "zaaktype", "zaaktype"])).toEqual([
      "identificatie",
      "streefdatum",
      "zaaktype",
    ]);
    expect(normaliseerKolommen(KOLOMMEN, null)).toEqual(standaardKolommen(KOLOMMEN));
    expect(normaliseerKolommen(KOLOMMEN, ["weg"])).toEqual(["identificatie"]);
  });

  it("switches a column on at its definition position and off again", () => {
    const aan = wisselKolom(KOLOMMEN, ["identificatie", "zaaktype", "streefdatum"], "initiator");
    expect(aan).toEqual(["identificatie", "zaaktype", "initiator", "streefdatum"]);
    expect(wisselKolom(KOLOMMEN, aan, "initiator")).toEqual(["identificatie", "zaaktype", "streefdatum"]);
    expect(isStandaard(KOLOMMEN, aan)).toBe(false);
  });

  it("never hides a fixed column, and never the last column", () => {
    expect(wisselKolom(KOLOMMEN, ["identificatie", "zaaktype"], "identificatie")).toEqual(["identificatie", "zaaktype"]);
    const defs: KolomDefinitie[] = [{ sleutel: "a", label: "A" }, { sleutel: "b", label: "B" }];
    expect(wisselKolom(defs, ["a"], "a")).toEqual(["a"]);
    expect(wisselKolom(defs, ["a"], "onbekend")).toEqual(["a"]);
  });

  it("moves a column left or right, not past the edges", () => {
    expect(verplaatsKolom(["a", "b", "c"], "b", -1)).toEqual(["b", "a", "c"]);
    expect(verplaatsKolom(["a", "b", "c"], "b", 1)).toEqual(["a", "c", "b"]);
    expect(verplaatsKolom(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
    expect(verplaatsKolom(["a", "b", "c"], "c", 1)).toEqual(["a", "b", "c"]);
  });
});
