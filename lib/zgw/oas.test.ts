import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZGW_APIS, type ZgwApi } from "./apis";
import { apiVersie, oasBestandPad, oasDocument, oasOperatie, oasOperaties } from "./oas";
import { expressieTekst } from "./scopes";

const SPEC_MAP = path.resolve(process.cwd(), "../shared/specs/zgw");

describe("normatieve OAS-kopieën", () => {
  it.skipIf(!existsSync(SPEC_MAP))("zijn byte voor byte gelijk aan de specificatiemap", () => {
    for (const api of Object.keys(ZGW_APIS) as ZgwApi[]) {
      const bestand = path.basename(oasBestandPad(api));
      expect(readFileSync(oasBestandPad(api), "utf8"), bestand).toBe(readFileSync(path.join(SPEC_MAP, bestand), "utf8"));
    }
  });

  it("leest de Zaken-OAS ondanks de te weinig ingesprongen vervolgregel, met dezelfde waarde als een tolerante parser", () => {
    const zoek = (oasDocument("zaken").components as { schemas: Record<string, { properties: Record<string, { description?: string }> }> }).schemas.ZaakZoek!;
    expect(zoek.properties.expand!.description).toContain("hoofdzaak.deelzaken.status.statustype`Haal details");
    expect(oasOperaties("zaken").length).toBeGreaterThan(60);
  });

  it("stuurt de versie van de standaard als API-version, ook waar het bestand iets anders zegt", () => {
    expect(apiVersie("zaken")).toBe("1.5.1");
    expect(apiVersie("documenten")).toBe("1.4.2");
    expect(apiVersie("catalogi")).toBe("1.3.1");
    // besluiten-1.1.0.yaml says info.version 1.0.0-rc2 (upstream artefact).
    expect(apiVersie("besluiten")).toBe("1.1.0");
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
