import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiVersie, oasBestandPad, oasOperatie, oasOperaties } from "./oas";
import { expressieTekst } from "./scopes";

const SPEC_MAP = path.resolve(process.cwd(), "../shared/specs/zgw");

describe("normatieve OAS-kopieën", () => {
  it.skipIf(!existsSync(SPEC_MAP))("zijn byte voor byte gelijk aan de specificatiemap", () => {
    const bestand = path.basename(oasBestandPad("autorisaties"));
    expect(readFileSync(oasBestandPad("autorisaties"), "utf8")).toBe(readFileSync(path.join(SPEC_MAP, bestand), "utf8"));
  });

  it("leveren versie en scopes per operatie", () => {
    expect(apiVersie("autorisaties")).toBe("1.0.0");
    expect(oasOperaties("autorisaties").map((o) => `${o.methode} ${o.pad} ${o.scopes ? expressieTekst(o.scopes) : "-"}`).sort()).toEqual([
      "DELETE /applicaties/{uuid} autorisaties.bijwerken",
      "GET /applicaties autorisaties.lezen",
      "GET /applicaties/consumer autorisaties.lezen",
      "GET /applicaties/{uuid} autorisaties.lezen",
      "PATCH /applicaties/{uuid} autorisaties.bijwerken",
      "POST /applicaties autorisaties.bijwerken",
      "PUT /applicaties/{uuid} autorisaties.bijwerken",
    ]);
    expect(() => oasOperatie("autorisaties", "bestaat_niet")).toThrow();
  });
});
