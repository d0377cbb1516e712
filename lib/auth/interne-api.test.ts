import { describe, expect, it } from "vitest";
import { isGeldigeApiSleutel, vereisInterneApiSleutel } from "./interne-api";

const SLEUTEL = "interne-test-sleutel-1234567890";
const CONFIG_KEY = Symbol.for("zac.config");

function verzoek(sleutel?: string): Request {
  return new Request("http://localhost/rest/internal/status", { headers: sleutel === undefined ? {} : { "X-API-KEY": sleutel } });
}

describe("isGeldigeApiSleutel", () => {
  it("accepts only the exact key; an unset key accepts nothing", () => {
    expect(isGeldigeApiSleutel(SLEUTEL, SLEUTEL)).toBe(true);
    expect(isGeldigeApiSleutel(`${SLEUTEL}x`, SLEUTEL)).toBe(false);
    expect(isGeldigeApiSleutel(SLEUTEL.slice(0, -1), SLEUTEL)).toBe(false);
    expect(isGeldigeApiSleutel(null, SLEUTEL)).toBe(false);
    expect(isGeldigeApiSleutel("", undefined)).toBe(false);
    expect(isGeldigeApiSleutel(SLEUTEL, undefined)).toBe(false);
  });

  it("throws not_authenticated for a missing or wrong key", () => {
    expect(() => vereisInterneApiSleutel(verzoek(), SLEUTEL)).toThrow(expect.objectContaining({ code: "not_authenticated" }));
    expect(() => vereisInterneApiSleutel(verzoek("fout"), SLEUTEL)).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => vereisInterneApiSleutel(verzoek(SLEUTEL), SLEUTEL)).not.toThrow();
  });
});

describe("GET /rest/internal/status", () => {
  async function status(sleutel: string | undefined, geconfigureerd: string | undefined) {
    const g = globalThis as Record<symbol, unknown>;
    const vorige = process.env.INTERNAL_API_KEY;
    delete g[CONFIG_KEY];
    if (geconfigureerd === undefined) delete process.env.INTERNAL_API_KEY;
    else process.env.INTERNAL_API_KEY = geconfigureerd;
    try {
      const { GET } = await import("@/app/rest/internal/status/route");
      return await GET(verzoek(sleutel), { params: Promise.resolve({}) });
    } finally {
      delete g[CONFIG_KEY];
      if (vorige === undefined) delete process.env.INTERNAL_API_KEY;
      else process.env.INTERNAL_API_KEY = vorige;
    }
  }

  it("answers 401 problem+json without a key and with a wrong key, without echoing the key", async () => {
    for (const sleutel of [undefined, "verkeerde-sleutel-1234567"]) {
      const antwoord = await status(sleutel, SLEUTEL);
      expect(antwoord.status).toBe(401);
      expect(antwoord.headers.get("content-type")).toContain("application/problem+json");
      const tekst = await antwoord.text();
      expect(tekst).not.toContain(SLEUTEL);
      expect(JSON.parse(tekst)).toMatchObject({ status: 401, code: "not_authenticated" });
    }
  });

  it("answers 200 with the right key", async () => {
    const antwoord = await status(SLEUTEL, SLEUTEL);
    expect(antwoord.status).toBe(200);
    expect(await antwoord.json()).toEqual({ status: "ok" });
  });

  it("answers 401 for every key when INTERNAL_API_KEY is not configured", async () => {
    expect((await status(SLEUTEL, undefined)).status).toBe(401);
    expect((await status("", undefined)).status).toBe(401);
  });
});
