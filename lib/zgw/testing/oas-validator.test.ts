import { describe, expect, it } from "vitest";
import { oasBestandPad } from "../oas";
import { maakOasValidator, naarJsonSchema } from "./oas-validator";

const validator = maakOasValidator(oasBestandPad("autorisaties"), { apiRoot: "/autorisaties/api/v1" });
const headers = (extra: Record<string, string> = {}) =>
  new Headers({ "Content-Type": "application/json", "API-version": "1.0.0", ...extra });
const applicatie = {
  url: "https://zac.example/autorisaties/api/v1/applicaties/0b6c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e",
  clientIds: ["a"],
  label: "A",
  heeftAlleAutorisaties: false,
  autorisaties: [{ component: "zrc", componentWeergave: "Zaakregistratiecomponent", scopes: ["zaken.lezen"] }],
};

describe("OAS 3.0 -> JSON Schema", () => {
  it("maakt van nullable een null-alternatief, ook voor enums en $refs", () => {
    expect(naarJsonSchema({ type: "string", nullable: true, enum: ["a"] }, "response", "x")).toEqual({ type: ["string", "null"], enum: ["a", null] });
    expect(naarJsonSchema({ $ref: "#/components/schemas/A", nullable: true }, "response", "x")).toEqual({
      anyOf: [{ $ref: "x#/components/schemas/A" }, { type: "null" }],
    });
  });

  it("eist readOnly-velden niet in verzoeken en writeOnly-velden niet in antwoorden", () => {
    const schema = { type: "object", required: ["url", "geheim", "naam"], properties: { url: { readOnly: true }, geheim: { writeOnly: true }, naam: {} } };
    expect((naarJsonSchema(schema, "request", "x") as { required: string[] }).required).toEqual(["geheim", "naam"]);
    expect((naarJsonSchema(schema, "response", "x") as { required: string[] }).required).toEqual(["url", "naam"]);
  });
});

describe("OAS-responsvalidator", () => {
  it("kiest de letterlijke route vóór de route met parameter", () => {
    expect(validator.operatieVoor("GET", "/autorisaties/api/v1/applicaties/consumer").operationId).toBe("applicatie_consumer");
    expect(validator.operatieVoor("GET", "https://h/autorisaties/api/v1/applicaties/abc").operationId).toBe("applicatie_read");
  });

  it("keurt een correct antwoord goed (met nullable next/previous)", () => {
    expect(() =>
      validator.controleer({
        method: "GET",
        path: "/autorisaties/api/v1/applicaties",
        status: 200,
        headers: headers(),
        body: { count: 1, next: null, previous: null, results: [applicatie] },
      }),
    ).not.toThrow();
  });

  it("vindt een ontbrekend verplicht veld, een fout type en een ongeldige enum", () => {
    const { clientIds: _weg, ...zonder } = applicatie;
    void _weg;
    const fout = () =>
      validator.controleer({
        method: "GET",
        path: "/autorisaties/api/v1/applicaties/x",
        status: 200,
        headers: headers(),
        body: { ...zonder, label: 3, autorisaties: [{ component: "xyz", scopes: [] }] },
      });
    expect(fout).toThrow(/clientIds/);
    expect(fout).toThrow(/\/label/);
    expect(fout).toThrow(/component/);
  });

  it("vindt een ongedocumenteerde status, een ontbrekende header en een verkeerd content-type", () => {
    const basis = { method: "GET", path: "/autorisaties/api/v1/applicaties/x", body: applicatie };
    expect(() => validator.controleer({ ...basis, status: 418, headers: headers() })).toThrow(/niet gedocumenteerd/);
    expect(() => validator.controleer({ ...basis, status: 200, headers: new Headers({ "Content-Type": "application/json" }) })).toThrow(/API-version/);
    expect(() => validator.controleer({ ...basis, status: 200, headers: headers({ "Content-Type": "text/html" }) })).toThrow(/content-type/);
  });

  it("eist van een 400 de invalidParams van ValidatieFout", () => {
    const probleem = { type: "t", code: "invalid", title: "Ongeldig", status: 400, detail: "d", instance: "/x" };
    const aanroep = (body: unknown) =>
      validator.controleer({
        method: "POST",
        path: "/autorisaties/api/v1/applicaties",
        status: 400,
        headers: headers({ "Content-Type": "application/problem+json" }),
        body,
      });
    expect(() => aanroep(probleem)).toThrow(/invalidParams/);
    expect(() => aanroep({ ...probleem, invalidParams: [{ name: "label", code: "required", reason: "Verplicht." }] })).not.toThrow();
  });

  it("valideert tegen een genoemd componentschema", () => {
    expect(() => validator.controleerSchema("Fout", { code: "x", title: "t", status: 1, detail: "d", instance: "i" })).not.toThrow();
    expect(() => validator.controleerSchema("Fout", { code: "x" })).toThrow(/detail/);
  });
});
