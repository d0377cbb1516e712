import { describe, expect, it } from "vitest";
import { haaltDoel, markdownTabel, percentiel, type Meting } from "./rapport";

const meting = (m: Partial<Meting>): Meting => ({ eindpunt: "zaak-detail", verbindingen: 10, perSeconde: 100, totaal: 1000, p50: 5, p95: 20, p99: 30, fouten: 0, niet2xx: 0, ...m });

describe("bench:zgw rapport", () => {
  it("percentiel: nearest rank", () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentiel(v, 50)).toBe(50);
    expect(percentiel(v, 95)).toBe(95);
    expect(percentiel(v, 99)).toBe(99);
    expect(percentiel([7], 99)).toBe(7);
    expect(percentiel([], 50)).toBe(0);
  });

  it("beoordeelt het doel alleen bij 10 verbindingen, met fouten als gemist", () => {
    expect(haaltDoel(meting({}))).toBe(true);
    expect(haaltDoel(meting({ p95: 26 }))).toBe(false);
    expect(haaltDoel(meting({ niet2xx: 1 }))).toBe(false);
    expect(haaltDoel(meting({ verbindingen: 50, p95: 500 }))).toBeUndefined();
  });

  it("maakt een markdowntabel met een regel per meting", () => {
    const t = markdownTabel([meting({}), meting({ eindpunt: "zaken-lijst", p95: 150 })], { zaken: 1_000_000, bouwtijd: 312.4 });
    expect(t).toContain("1,000,000 zaken");
    expect(t).toContain("| zaak-detail | 10 | 100.0 | 5.0 | 20.0 | 30.0 | 0 | 0 | met (25 ms) |");
    expect(t).toContain("**missed** (100 ms)");
  });
});
