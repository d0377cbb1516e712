import { describe, expect, it } from "vitest";
import { zgwEnv } from "../env";
import { ontsleutel, versleutel, versleutelSleutel } from "./geheim";

describe("versleuteling van client secrets", () => {
  const sleutel = versleutelSleutel(zgwEnv({ ZGW_ENCRYPTION_KEY: "k".repeat(40) }));

  it("ontsleutelt wat het versleutelt, zonder het secret in de opslag te tonen", () => {
    const opgeslagen = versleutel("mijn-geheime-waarde", sleutel);
    expect(opgeslagen).toMatch(/^v1\./);
    expect(opgeslagen).not.toContain("mijn-geheime-waarde");
    expect(ontsleutel(opgeslagen, sleutel)).toBe("mijn-geheime-waarde");
    // A fresh IV every time.
    expect(versleutel("mijn-geheime-waarde", sleutel)).not.toBe(opgeslagen);
  });

  it("geeft null bij een andere sleutel of gewijzigde gegevens", () => {
    const opgeslagen = versleutel("waarde", sleutel);
    const ander = versleutelSleutel(zgwEnv({ ZGW_ENCRYPTION_KEY: "x".repeat(40) }));
    expect(ontsleutel(opgeslagen, ander)).toBeNull();
    const [v, iv, data, tag] = opgeslagen.split(".");
    const gewijzigd = [v, iv, Buffer.from("anders").toString("base64url"), tag].join(".");
    expect(ontsleutel(gewijzigd, sleutel)).toBeNull();
    expect(ontsleutel("platte-tekst", sleutel)).toBeNull();
    void data;
  });

  it("weigert in productie zonder ZGW_ENCRYPTION_KEY", () => {
    expect(() => versleutelSleutel(zgwEnv({ NODE_ENV: "production" }))).toThrow(/ZGW_ENCRYPTION_KEY/);
    expect(() => versleutelSleutel(zgwEnv({ NODE_ENV: "development" }))).not.toThrow();
  });
});
