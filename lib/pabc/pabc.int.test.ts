import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSeeds } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { DEMO_ZAAKTYPEN } from "@/lib/demo/domeinen";
import { applicatieRollenVerzoek } from "./api";
import { naarPabcRollen } from "./client";
import { DEMO_PABC_SLEUTEL, GetApplicationRolesResponse } from "./contract";
import { databaseOpslag, datasetOmvang, herlaadDataset, laadDatasetBestand } from "./database";
import { vasteGroepenBron } from "./groepen";
import { pabcDemoSeedStap } from "./seed";
import { pabcContractTests } from "./testing/contract-tests";
import { CONTRACT_DATASET_BESTAND, CONTRACT_SLEUTEL, contractDataset, contractRealm, verzoekAdapter } from "./testing/fixtures";

// Runs in integration-pglite and integration-postgres: the built-in PABC on the database.
describe(`ingebouwde PABC op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase();
    await herlaadDataset(test.handle.db, contractDataset());
  });
  afterAll(async () => {
    await test?.dispose();
  });

  describe("contract", () => {
    pabcContractTests(
      () =>
        verzoekAdapter({
          opslag: databaseOpslag(test.handle.db),
          groepen: vasteGroepenBron(contractRealm()),
          sleutel: CONTRACT_SLEUTEL,
        }),
      { sleutel: CONTRACT_SLEUTEL },
    );
  });

  describe("dataset laden", () => {
    it("loads a dataset file with every entity", async () => {
      const dataset = await laadDatasetBestand(test.handle.db, CONTRACT_DATASET_BESTAND);
      expect(await datasetOmvang(test.handle.db)).toEqual({
        applicaties: dataset.applications.length,
        applicatieRollen: dataset.applicationRoles.length,
        functioneleRollen: dataset.functionalRoles.length,
        entiteitTypen: dataset.entityTypes.length,
        domeinen: dataset.domains.length,
        mappings: dataset.mappings.length,
      });
    });

    it("rolls back completely when a load fails halfway", async () => {
      const voor = await datasetOmvang(test.handle.db);
      const kapot = structuredClone(contractDataset());
      // Bypasses parseDataset on purpose: a mapping to a functional role that does not exist
      // only fails at the last insert, after every table has been emptied.
      kapot.mappings.push({
        id: "00000000-0000-4000-8000-000000000001",
        functionalRoleId: "00000000-0000-4000-8000-000000000002",
        applicationRoleId: kapot.applicationRoles[0]!.id,
      });
      await expect(herlaadDataset(test.handle.db, kapot)).rejects.toThrow();
      expect(await datasetOmvang(test.handle.db)).toEqual(voor);
      const rollen = await databaseOpslag(test.handle.db).rolRegels(["raadplegers_alle"]);
      expect(rollen.length).toBe(4);
    });

    it("rejects an invalid file before touching the database", async () => {
      const map = await mkdtemp(path.join(tmpdir(), "pabc-"));
      try {
        const bestand = path.join(map, "fout.json");
        await writeFile(bestand, JSON.stringify({ ...contractDataset(), mappings: [{ id: "geen-guid" }] }));
        await expect(laadDatasetBestand(test.handle.db, bestand)).rejects.toMatchObject({ code: "invalid" });
        expect((await datasetOmvang(test.handle.db)).mappings).toBe(contractDataset().mappings.length);
      } finally {
        await rm(map, { recursive: true, force: true });
      }
    });
  });

  describe("demo dataset", () => {
    let demo: TestDatabase;
    beforeAll(async () => {
      demo = await createTestDatabase();
      await runSeeds(demo.handle.db, [pabcDemoSeedStap]);
    });
    afterAll(async () => {
      await demo?.dispose();
    });

    const rollenVan = async (functioneleRollen: string[]) => {
      const response = await applicatieRollenVerzoek(
        new Request("http://pabc.test/pabc/api/v1/application-roles-per-entity-type", {
          method: "POST",
          headers: { "X-API-KEY": DEMO_PABC_SLEUTEL, "Content-Type": "application/json" },
          body: JSON.stringify({ functionalRoleNames: functioneleRollen }),
        }),
        { opslag: databaseOpslag(demo.handle.db), groepen: vasteGroepenBron({}), sleutel: DEMO_PABC_SLEUTEL },
      );
      expect(response.status).toBe(200);
      return naarPabcRollen(GetApplicationRolesResponse.parse(await response.json()));
    };

    it("is loaded by the seed step", async () => {
      expect(await datasetOmvang(demo.handle.db)).toMatchObject({ functioneleRollen: 6, entiteitTypen: 6, domeinen: 2 });
    });

    it("gives the demo roles per zaaktype", async () => {
      const raadpleger = await rollenVan(["zac_raadpleger"]);
      expect(Object.keys(raadpleger.perZaaktype).sort()).toEqual([...DEMO_ZAAKTYPEN].sort());
      expect(new Set(Object.values(raadpleger.perZaaktype).flat())).toEqual(new Set(["raadpleger"]));

      const coordinator = await rollenVan(["zac_coordinator_vergunningen"]);
      expect(coordinator.perZaaktype).toEqual({
        Evenementenvergunning: ["behandelaar", "coordinator"],
        "Melding klein kansspel": ["behandelaar", "coordinator"],
        Omgevingsvergunning: ["behandelaar", "coordinator"],
      });

      const sociaal = await rollenVan(["zac_behandelaar_sociaal"]);
      expect(Object.keys(sociaal.perZaaktype).sort()).toEqual(["Bijzondere bijstand", "Schuldhulpverlening", "Wmo-maatwerkvoorziening"]);

      expect(await rollenVan([])).toEqual({ perZaaktype: {}, alleZaaktypen: [] });
    });
  });
});
