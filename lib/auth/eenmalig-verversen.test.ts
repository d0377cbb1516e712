import { describe, expect, it } from "vitest";
import { eenmaligVerversen } from "./eenmalig-verversen";

describe("één verversing per refresh token", () => {
  it("deelt de uitkomst tussen gelijktijdige en kort daarna volgende aanvragen met hetzelfde token", async () => {
    let keer = 0;
    let klok = 0;
    const verversEenmalig = eenmaligVerversen<{ nieuw: string }>(() => klok);
    const ververs = (rt: string) => verversEenmalig(rt, async () => ({ nieuw: `${rt}-${++keer}` }));
    const [a, b] = await Promise.all([ververs("rt1"), ververs("rt1")]);
    expect(a).toEqual({ nieuw: "rt1-1" });
    expect(b).toBe(a);
    klok = 9_000;
    expect(await ververs("rt1")).toBe(a);
    expect(keer).toBe(1);
    // Another token: its own refresh.
    expect(await ververs("rt2")).toEqual({ nieuw: "rt2-2" });
    // After the grace period the old token is tried again (and the IdP decides).
    klok = 11_000;
    await ververs("rt1");
    expect(keer).toBe(3);
  });

  it("onthoudt een mislukte verversing niet", async () => {
    let keer = 0;
    const verversEenmalig = eenmaligVerversen<string>();
    const ververs = (rt: string) =>
      verversEenmalig(rt, async () => {
        keer++;
        if (keer === 1) throw new Error("IdP even weg");
        return "ok";
      });
    await expect(ververs("rt")).rejects.toThrow("IdP even weg");
    expect(await ververs("rt")).toBe("ok");
  });
});
