import { beforeEach, describe, expect, it } from "vitest";
import { telling, vergeetTellingen } from "./telling";

const query = (sql: string, params: unknown[] = []) => ({ toSQL: () => ({ sql, params }) });

describe("telling van grote lijsten", () => {
  beforeEach(() => vergeetTellingen());

  it("telt kleine aantallen altijd opnieuw", async () => {
    let keer = 0;
    const tel = async () => (++keer, 42);
    await telling(query("select count(*) from zrc_zaak"), tel, 0);
    await telling(query("select count(*) from zrc_zaak"), tel, 1);
    expect(keer).toBe(2);
  });

  it("houdt grote aantallen vijf seconden vast per SQL en parameters, en deelt een lopende telling", async () => {
    let keer = 0;
    const tel = async () => (++keer, 1_000_000);
    const [a, b] = await Promise.all([telling(query("q", [1]), tel, 0), telling(query("q", [1]), tel, 0)]);
    expect([a, b, keer]).toEqual([1_000_000, 1_000_000, 1]);
    await telling(query("q", [1]), tel, 4_999);
    expect(keer).toBe(1);
    // Other parameters (another filter or another consumer's autorisaties): counted on their own.
    await telling(query("q", [2]), tel, 4_999);
    expect(keer).toBe(2);
    // Expired.
    await telling(query("q", [1]), tel, 5_001);
    expect(keer).toBe(3);
  });

  it("onthoudt een mislukte telling niet", async () => {
    await expect(telling(query("q"), async () => Promise.reject(new Error("weg")), 0)).rejects.toThrow("weg");
    expect(await telling(query("q"), async () => 20_000, 1)).toBe(20_000);
  });
});
