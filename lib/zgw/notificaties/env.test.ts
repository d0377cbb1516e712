import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { notificatiesGeconfigureerd, notificatiesInstellingen } from "./env";

describe("Notificaties-configuratie", () => {
  it("staat uit zonder NOTIFICATIES_API_URL (ook als die leeg is)", () => {
    expect(notificatiesGeconfigureerd({})).toBe(false);
    expect(notificatiesGeconfigureerd({ NOTIFICATIES_API_URL: "  " })).toBe(false);
    expect(notificatiesInstellingen({ NOTIFICATIES_API_URL: "" })).toBeNull();
  });

  it("leest URL, credentials en standaarden voor de pogingen", () => {
    const i = notificatiesInstellingen({
      NOTIFICATIES_API_URL: "https://nrc.example/api/v1/",
      NOTIFICATIES_CLIENT_ID: "zac",
      NOTIFICATIES_SECRET: "geheim",
    });
    expect(i).toEqual({ apiUrl: "https://nrc.example/api/v1", clientId: "zac", secret: "geheim", maxPogingen: 10, backoffBasisMs: 5_000, pollMs: 5_000 });
    expect(notificatiesGeconfigureerd({ NOTIFICATIES_API_URL: "https://nrc.example/api/v1" })).toBe(true);
  });

  it("weigert een URL zonder credentials en noemt wat ontbreekt", () => {
    expect(() => notificatiesInstellingen({ NOTIFICATIES_API_URL: "https://nrc.example/api/v1" })).toThrow(
      /NOTIFICATIES_CLIENT_ID en NOTIFICATIES_SECRET zijn verplicht/,
    );
    expect(() => notificatiesInstellingen({ NOTIFICATIES_API_URL: "https://nrc.example/api/v1", NOTIFICATIES_CLIENT_ID: "zac" })).toThrow(
      /NOTIFICATIES_SECRET is verplicht/,
    );
  });

  it("valideert de instellingen ook in de app-configuratie", () => {
    expect(() => parseConfig({ NOTIFICATIES_API_URL: "ftp://nrc", NOTIFICATIES_MAX_ATTEMPTS: "0" })).toThrow(/NOTIFICATIES_API_URL.*\n.*NOTIFICATIES_MAX_ATTEMPTS|NOTIFICATIES_MAX_ATTEMPTS.*\n.*NOTIFICATIES_API_URL/s);
    const config = parseConfig({ NOTIFICATIES_BACKOFF_SECONDS: "0.5" });
    expect(config.NOTIFICATIES_BACKOFF_SECONDS).toBe(0.5);
    expect(config.NOTIFICATIES_MAX_ATTEMPTS).toBe(10);
  });
});
