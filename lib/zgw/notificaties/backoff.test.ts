import { describe, expect, it } from "vitest";
import { MAX_WACHTTIJD_MS, wachttijdNaPoging } from "./backoff";

describe("wachttijdNaPoging", () => {
  it("verdubbelt per poging vanaf de basis (zonder jitter: willekeur 0,5)", () => {
    const schema = [1, 2, 3, 4, 5, 6].map((p) => wachttijdNaPoging(p, 5_000, () => 0.5));
    expect(schema).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000]);
  });

  it("spreidt met ±20 % jitter", () => {
    expect(wachttijdNaPoging(3, 1_000, () => 0)).toBe(3_200);
    expect(wachttijdNaPoging(3, 1_000, () => 1)).toBe(4_800);
    for (let i = 0; i < 200; i++) {
      const w = wachttijdNaPoging(2, 1_000);
      expect(w).toBeGreaterThanOrEqual(1_600);
      expect(w).toBeLessThanOrEqual(2_400);
    }
  });

  it("wacht nooit langer dan een uur (plus jitter), ook na veel pogingen", () => {
    expect(wachttijdNaPoging(40, 5_000, () => 0.5)).toBe(MAX_WACHTTIJD_MS);
    expect(wachttijdNaPoging(1_000, 5_000, () => 1)).toBe(MAX_WACHTTIJD_MS * 1.2);
  });
});
