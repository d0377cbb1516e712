import { describe, expect, it } from "vitest";
import { DEMO_PABC_SLEUTEL } from "./contract";
import { ingebouwdeSleutel, sleutelKlopt } from "./sleutel";

describe("sleutelKlopt", () => {
  it("accepts only the exact key", () => {
    expect(sleutelKlopt("geheim-1234", "geheim-1234")).toBe(true);
    expect(sleutelKlopt("geheim-12345", "geheim-1234")).toBe(false);
    expect(sleutelKlopt("GEHEIM-1234", "geheim-1234")).toBe(false);
    expect(sleutelKlopt("", "geheim-1234")).toBe(false);
    expect(sleutelKlopt(null, "geheim-1234")).toBe(false);
  });
  it("accepts nothing without an expected key", () => {
    expect(sleutelKlopt("x", null)).toBe(false);
    expect(sleutelKlopt("", "")).toBe(false);
  });
});

describe("ingebouwdeSleutel", () => {
  it("uses PABC_API_KEY when set", () => {
    expect(ingebouwdeSleutel({ NODE_ENV: "production", PABC_API_KEY: "k-12345678" })).toBe("k-12345678");
  });
  it("falls back to the demo key outside production only", () => {
    expect(ingebouwdeSleutel({ NODE_ENV: "development" })).toBe(DEMO_PABC_SLEUTEL);
    expect(ingebouwdeSleutel({ NODE_ENV: "test" })).toBe(DEMO_PABC_SLEUTEL);
    expect(ingebouwdeSleutel({ NODE_ENV: "production" })).toBeNull();
  });
});
