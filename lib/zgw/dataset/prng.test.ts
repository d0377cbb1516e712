import { describe, expect, it } from "vitest";
import { maakBsn, Prng } from "./prng";

describe("dataset-PRNG", () => {
  it("geeft met hetzelfde zaad dezelfde reeks, met een ander zaad een andere", () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const reeksA = Array.from({ length: 20 }, () => a.volgende());
    expect(Array.from({ length: 20 }, () => b.volgende())).toEqual(reeksA);
    expect(Array.from({ length: 20 }, () => c.volgende())).not.toEqual(reeksA);
    expect(reeksA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("maakt uuids in v4-vorm en gehele getallen binnen de grenzen", () => {
    const p = new Prng(7);
    for (let i = 0; i < 200; i++) {
      expect(p.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const n = p.geheel(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });

  it("maakt BSN's die aan de elfproef voldoen", () => {
    const p = new Prng(1);
    for (let i = 0; i < 100; i++) {
      const bsn = maakBsn(p);
      expect(bsn).toMatch(/^\d{9}$/);
      const som = [...bsn].reduce((s, c, j) => s + Number(c) * (j < 8 ? 9 - j : -1), 0);
      expect(som % 11).toBe(0);
    }
  });
});
