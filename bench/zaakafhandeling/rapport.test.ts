import { describe, expect, it } from "vitest";
import { haaltDoel, markdownTabel, type Meting } from "./rapport";

const meting = (m: Partial<Meting>): Meting => ({
  scenario: "werkvoorraad",
  verbindingen: 10,
  perSeconde: 50,
  totaal: 500,
  p50: 80,
  p95: 150,
  p99: 190,
  fouten: 0,
  niet2xx: 0,
  ...m,
});

describe("haaltDoel", () => {
  it("judges only 10 connections, against the scenario's own target", () => {
    expect(haaltDoel(meting({ p95: 200 }))).toBe(true);
    expect(haaltDoel(meting({ p95: 201 }))).toBe(false);
    expect(haaltDoel(meting({ scenario: "zaak-detail-api", p95: 240 }))).toBe(true);
    expect(haaltDoel(meting({ verbindingen: 1, p95: 999 }))).toBeUndefined();
    expect(haaltDoel(meting({ scenario: "zaak-detail-weergave" }))).toBeUndefined();
  });

  it("fails a run with errors or non-2xx answers however fast it was", () => {
    expect(haaltDoel(meting({ niet2xx: 1 }))).toBe(false);
    expect(haaltDoel(meting({ fouten: 1 }))).toBe(false);
  });
});

describe("markdownTabel", () => {
  it("marks a missed target", () => {
    const tabel = markdownTabel([meting({ p95: 300 })]);
    expect(tabel).toContain("| werkvoorraad | 10 | 50.0 | 80.0 | 300.0 | 190.0 | 0 | 0 | **missed** (200 ms) |");
  });
});
