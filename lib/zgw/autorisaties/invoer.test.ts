import { describe, expect, it } from "vitest";
import { oasBestandPad } from "../oas";
import { maakOasValidator } from "../testing/oas-validator";
import { zgwEnv } from "../env";
import { ApplicatieInvoer, controleerRegels } from "./service";

// The hand-written zod input schema must accept and refuse what the OAS request schema
// (components/schemas/Applicatie, readOnly members not required) accepts and refuses.
const validator = maakOasValidator(oasBestandPad("autorisaties"), { apiRoot: "/autorisaties/api/v1" });
const oasAccepteert = (body: unknown) => {
  try {
    validator.controleerSchema("Applicatie", body, "request");
    return true;
  } catch {
    return false;
  }
};

const geldig = { clientIds: ["a"], label: "A" };
const voorbeelden: [string, unknown][] = [
  ["minimaal", geldig],
  ["met url en componentWeergave (readOnly, genegeerd)", { ...geldig, url: "https://x/1", autorisaties: [{ component: "ac", componentWeergave: "x", scopes: ["autorisaties.lezen"] }] }],
  ["alle componenten", { ...geldig, autorisaties: ["ac", "nrc", "zrc", "ztc", "drc", "brc"].map((component) => ({ component, scopes: [] })) }],
  ["zonder label", { clientIds: ["a"] }],
  ["zonder clientIds", { label: "A" }],
  ["leeg label", { ...geldig, label: "" }],
  ["label van 101 tekens", { ...geldig, label: "x".repeat(101) }],
  ["client id van 51 tekens", { ...geldig, clientIds: ["x".repeat(51)] }],
  ["lege client id", { ...geldig, clientIds: [""] }],
  ["onbekend component", { ...geldig, autorisaties: [{ component: "xyz", scopes: [] }] }],
  ["autorisatie zonder scopes", { ...geldig, autorisaties: [{ component: "ac" }] }],
  ["lege scope", { ...geldig, autorisaties: [{ component: "ac", scopes: [""] }] }],
  ["scope van 101 tekens", { ...geldig, autorisaties: [{ component: "ac", scopes: ["x".repeat(101)] }] }],
  ["heeftAlleAutorisaties geen boolean", { ...geldig, heeftAlleAutorisaties: "ja" }],
];

describe("ApplicatieInvoer volgt de OAS", () => {
  it.each(voorbeelden)("%s", (_naam, body) => {
    expect(ApplicatieInvoer.safeParse(body).success).toBe(oasAccepteert(body));
  });

  it("controleert ac-002 en ac-003 los van het schema", () => {
    expect(controleerRegels({ heeftAlleAutorisaties: true, autorisaties: [] })).toEqual([]);
    expect(controleerRegels({ heeftAlleAutorisaties: false, autorisaties: [] })[0]?.code).toBe("missing-authorizations");
  });
});

describe("ZGW-configuratie", () => {
  it("heeft de standaarden van Open Zaak en meldt een fout als serverfout", () => {
    expect(zgwEnv({})).toMatchObject({ ZGW_JWT_EXPIRY: 3600, ZGW_JWT_LEEWAY: 0, productie: false });
    expect(() => zgwEnv({ ZGW_JWT_EXPIRY: "een uur" })).toThrow(expect.objectContaining({ name: "Error", message: expect.stringContaining("ZGW_JWT_EXPIRY") }));
  });
});
