import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as catalogussen from "@/app/catalogi/api/v1/catalogussen/route";
import * as roltypen from "@/app/catalogi/api/v1/roltypen/route";
import * as statustypen from "@/app/catalogi/api/v1/statustypen/route";
import * as zaaktypen from "@/app/catalogi/api/v1/zaaktypen/route";
import { runSeeds } from "@/lib/db/seed";
import { demoSeedStappen } from "@/lib/db/seed/demo";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { DEMO_ZAAKTYPEN } from "@/lib/demo/domeinen";
import { koppelTestOmgeving, zgwAanroeper } from "../testing/zgw-test";
import { catalogiDemoSeedStap, DEMO_CATALOGUS } from "./seed";
import { autorisatie, testClient } from "./testing/fixtures";

describe(`Demo-catalogus (seed) op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  const zgw = zgwAanroeper("catalogi");
  let lezer: string;

  beforeAll(async () => {
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    lezer = await testClient(test.handle.db, "lezer", [autorisatie("ztc", ["catalogi.lezen"])]);
  });
  afterAll(async () => {
    herstel?.();
    await test?.dispose();
  });

  it("staat in de demo-seed en draait één keer", async () => {
    expect(demoSeedStappen.map((s) => s.naam)).toContain("zgw-demo-catalogus");
    expect((await runSeeds(test.handle.db, [catalogiDemoSeedStap])).toegepast).toEqual(["zgw-demo-catalogus"]);
    expect((await runSeeds(test.handle.db, [catalogiDemoSeedStap])).overgeslagen).toEqual(["zgw-demo-catalogus"]);
  });

  it("levert één catalogus met de gepubliceerde zaaktypen van de demodomeinen, volgens de OAS", async () => {
    const cat = await zgw.roep(catalogussen.GET, "GET", `/catalogussen?domein=${DEMO_CATALOGUS.domein}`, { token: lezer });
    expect(cat.body.count).toBe(1);
    expect(cat.body.results[0].informatieobjecttypen).toHaveLength(4);
    const { body } = await zgw.roep(zaaktypen.GET, "GET", "/zaaktypen", { token: lezer });
    expect(body.results.map((z: { omschrijving: string }) => z.omschrijving).sort()).toEqual([...DEMO_ZAAKTYPEN].sort());
    for (const z of body.results) {
      expect(z).toMatchObject({ concept: false, catalogus: cat.body.results[0].url });
      expect(z.statustypen).toHaveLength(4);
      expect(z.resultaattypen.length).toBeGreaterThanOrEqual(2);
      expect(z.informatieobjecttypen).toHaveLength(4);
      expect(z.eigenschappen).toHaveLength(1);
      expect(z.besluittypen).toHaveLength(1);
    }
  });

  it("heeft per zaaktype een eindstatus en de rollen initiator, behandelaar en belanghebbende", async () => {
    const { body } = await zgw.roep(zaaktypen.GET, "GET", "/zaaktypen?identificatie=DEMO-OMGEVINGSVERGUNNING", { token: lezer });
    const zt = encodeURIComponent(body.results[0].url);
    const st = await zgw.roep(statustypen.GET, "GET", `/statustypen?zaaktype=${zt}`, { token: lezer });
    expect(st.body.results.filter((s: { isEindstatus: boolean }) => s.isEindstatus).map((s: { omschrijving: string }) => s.omschrijving)).toEqual(["Afgerond"]);
    const rt = await zgw.roep(roltypen.GET, "GET", `/roltypen?zaaktype=${zt}`, { token: lezer });
    expect(rt.body.results.map((r: { omschrijvingGeneriek: string }) => r.omschrijvingGeneriek)).toEqual(
      expect.arrayContaining(["initiator", "behandelaar", "belanghebbende"]),
    );
  });
});
