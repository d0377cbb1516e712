import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  GetApplicationRolesResponse,
  GetGroupsByApplicationRoleAndEntityTypeResponse,
  ProblemDetails,
  ValidationProblemDetails,
  type GetApplicationRolesResponseModel,
} from "../contract";
import type { PabcFetch } from "./fixtures";

/**
 * The PABC contract as tests, written once. It runs against the built-in API (on both
 * database drivers) and against the fake PABC that the client's unit tests use, both loaded
 * with testdata/contract-dataset.json and groups from testdata/realm.json. Every body is
 * checked against the OAS schemas (strict where the OAS says additionalProperties: false).
 */
export function pabcContractTests(maakFetch: () => PabcFetch, opties: { sleutel: string }) {
  const sleutel = opties.sleutel;
  const post = (body: unknown, headers: Record<string, string> = { "X-API-KEY": sleutel }) =>
    maakFetch()("/application-roles-per-entity-type", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const groepen = (query: Record<string, string>, headers: Record<string, string> = { "X-API-KEY": sleutel }) =>
    maakFetch()(`/groups?${new URLSearchParams(query)}`, { method: "GET", headers });

  async function lichaam<S extends z.ZodType>(response: Response, status: number, schema: S, mediatype: string): Promise<z.infer<S>> {
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type") ?? "").toContain(mediatype);
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success) throw new Error(`antwoord voldoet niet aan het contract: ${parsed.error.message}`);
    return parsed.data;
  }
  const rollen = async (namen: string[]) =>
    (await lichaam(await post({ functionalRoleNames: namen }), 200, GetApplicationRolesResponse, "application/json")).results;
  const perType = (results: GetApplicationRolesResponseModel[]) =>
    Object.fromEntries(
      results.map((r) => [
        r.entityType ? `${r.entityType.type}:${r.entityType.id}` : "(geen)",
        r.applicationRoles.map((a) => `${a.application}/${a.name}`).sort(),
      ]),
    );
  const namen = async (query: Record<string, string>) =>
    (await lichaam(await groepen(query), 200, GetGroupsByApplicationRoleAndEntityTypeResponse, "application/json")).groups.map(
      (g) => g.name,
    );
  const zaakQuery = (rol: string, zaaktype: string) => ({
    "application-name": "zaakafhandelcomponent",
    "application-role-name": rol,
    "entity-type-id": zaaktype,
    "entity-type": "zaaktype",
  });

  describe("POST /application-roles-per-entity-type", () => {
    it("refuses a request without X-API-KEY with 401 problem+json", async () => {
      const body = await lichaam(await post({ functionalRoleNames: [] }, {}), 401, ProblemDetails, "application/problem+json");
      expect(body.status).toBe(401);
    });

    it("refuses a wrong key with 401", async () => {
      await lichaam(await post({ functionalRoleNames: [] }, { "X-API-KEY": sleutel + "x" }), 401, ProblemDetails, "application/problem+json");
      await lichaam(await post({ functionalRoleNames: [] }, { "X-API-KEY": sleutel.toUpperCase() }), 401, ProblemDetails, "application/problem+json");
    });

    it.each([
      ["missing functionalRoleNames", {}, "functionalRoleNames"],
      ["functionalRoleNames not an array", { functionalRoleNames: "zac_raadpleger" }, "functionalRoleNames"],
      ["a name that is not a string", { functionalRoleNames: ["raadplegers_alle", 7] }, "functionalRoleNames.1"],
      ["null", { functionalRoleNames: null }, "functionalRoleNames"],
      ["invalid JSON", "{ functionalRoleNames: [", "$"],
    ])("answers 400 ValidationProblemDetails for %s", async (_naam, body, veld) => {
      const problem = await lichaam(await post(body), 400, ValidationProblemDetails, "application/problem+json");
      expect(problem.status).toBe(400);
      expect(Object.keys(problem.errors ?? {})).toContain(veld);
    });

    it("answers 200 with no results for unknown roles and for an empty list", async () => {
      expect(await rollen(["bestaat_niet", "rol_zonder_mapping"])).toEqual([]);
      expect(await rollen([])).toEqual([]);
    });

    it("gives an 'all entity types' role on every entity type, each with its id, name and type", async () => {
      const results = await rollen(["raadplegers_alle"]);
      expect(perType(results)).toEqual({
        "melding:geluidsoverlast": ["zaakafhandelcomponent/raadpleger"],
        "zaaktype:Bijzondere bijstand": ["zaakafhandelcomponent/raadpleger"],
        "zaaktype:Melding klein kansspel": ["zaakafhandelcomponent/raadpleger"],
        "zaaktype:Omgevingsvergunning": ["zaakafhandelcomponent/raadpleger"],
      });
      expect(results.find((r) => r.entityType?.type === "melding")?.entityType).toEqual({
        id: "geluidsoverlast",
        name: "Melding geluidsoverlast",
        type: "melding",
      });
    });

    it("matches functional role names case-insensitively", async () => {
      const verwacht = {
        "zaaktype:Melding klein kansspel": ["zaakafhandelcomponent/behandelaar"],
        "zaaktype:Omgevingsvergunning": ["zaakafhandelcomponent/behandelaar"],
      };
      expect(perType(await rollen(["behandelaar_vergunningen"]))).toEqual(verwacht);
      expect(perType(await rollen(["BEHANDELAAR_VERGUNNINGEN"]))).toEqual(verwacht);
    });

    it("merges several roles per entity type without duplicates", async () => {
      const results = await rollen(["coordinator_vergunningen", "Behandelaar_Vergunningen", "raadplegers_alle"]);
      expect(perType(results)).toEqual({
        "melding:geluidsoverlast": ["zaakafhandelcomponent/raadpleger"],
        "zaaktype:Bijzondere bijstand": ["zaakafhandelcomponent/raadpleger"],
        "zaaktype:Melding klein kansspel": [
          "zaakafhandelcomponent/behandelaar",
          "zaakafhandelcomponent/coordinator",
          "zaakafhandelcomponent/raadpleger",
        ],
        "zaaktype:Omgevingsvergunning": [
          "zaakafhandelcomponent/behandelaar",
          "zaakafhandelcomponent/coordinator",
          "zaakafhandelcomponent/raadpleger",
        ],
      });
      expect(results).toHaveLength(4);
    });

    it("returns a mapping without domain as a result without entityType", async () => {
      const results = await rollen(["functioneel_beheer"]);
      expect(results).toEqual([{ applicationRoles: [{ name: "beheerder", application: "zaakafhandelcomponent" }] }]);
    });

    it("returns roles of every application (the client picks its own)", async () => {
      expect(perType(await rollen(["andere_app_lezer"]))).toEqual({
        "melding:geluidsoverlast": ["Andere-Applicatie/lezer"],
        "zaaktype:Bijzondere bijstand": ["Andere-Applicatie/lezer"],
      });
    });

    it("gives nothing for a domain without entity types", async () => {
      expect(await rollen(["rol_leeg_domein"])).toEqual([]);
    });
  });

  describe("GET /groups", () => {
    it("refuses a request without or with a wrong X-API-KEY with 401", async () => {
      await lichaam(await groepen(zaakQuery("behandelaar", "Omgevingsvergunning"), {}), 401, ProblemDetails, "application/problem+json");
      await lichaam(
        await groepen(zaakQuery("behandelaar", "Omgevingsvergunning"), { "X-API-KEY": "fout" }),
        401,
        ProblemDetails,
        "application/problem+json",
      );
    });

    it.each(["application-name", "application-role-name", "entity-type-id", "entity-type"])(
      "answers 400 ValidationProblemDetails without %s",
      async (parameter) => {
        const query: Record<string, string> = zaakQuery("behandelaar", "Omgevingsvergunning");
        delete query[parameter];
        const problem = await lichaam(await groepen(query), 400, ValidationProblemDetails, "application/problem+json");
        expect(Object.keys(problem.errors ?? {})).toEqual([parameter]);
      },
    );

    it("returns the groups of every functional role that grants the role on that zaaktype, sorted by name", async () => {
      const body = await lichaam(
        await groepen(zaakQuery("behandelaar", "Omgevingsvergunning")),
        200,
        GetGroupsByApplicationRoleAndEntityTypeResponse,
        "application/json",
      );
      expect(body.groups).toEqual([
        {
          name: "behandelaars-vergunningen",
          description: "Behandelaars van vergunningen",
          attributes: { afdeling: ["Vergunningen"] },
        },
        { name: "coordinatoren-vergunningen", description: null, attributes: {} },
      ]);
    });

    it("finds groups nested below other groups", async () => {
      expect(await namen(zaakQuery("behandelaar", "Bijzondere bijstand"))).toEqual(["behandelaars-sociaal"]);
    });

    it("includes 'all entity types' mappings for any entity type id", async () => {
      expect(await namen(zaakQuery("raadpleger", "Bijzondere bijstand"))).toEqual(["raadplegers"]);
      expect(await namen(zaakQuery("raadpleger", "Onbekend zaaktype"))).toEqual(["raadplegers"]);
    });

    it("matches application, role, entity type id and kind case-insensitively", async () => {
      expect(
        await namen({
          "application-name": "Zaakafhandelcomponent",
          "application-role-name": "BEHANDELAAR",
          "entity-type-id": "omgevingsvergunning",
          "entity-type": "ZAAKTYPE",
        }),
      ).toEqual(["behandelaars-vergunningen", "coordinatoren-vergunningen"]);
    });

    it("returns no groups when nothing matches", async () => {
      expect(await namen({ ...zaakQuery("behandelaar", "Omgevingsvergunning"), "entity-type": "melding" })).toEqual([]);
      expect(await namen(zaakQuery("beheerder", "Omgevingsvergunning"))).toEqual([]);
      expect(await namen({ ...zaakQuery("behandelaar", "Omgevingsvergunning"), "application-name": "onbekend" })).toEqual([]);
      expect(await namen(zaakQuery("onbekende-rol", "Omgevingsvergunning"))).toEqual([]);
    });
  });
}
