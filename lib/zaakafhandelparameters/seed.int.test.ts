/** The demo seed of issue #8: six usable demo zaaktypen and one published zaaktype without parameters (also in PABC). */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSeeds } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { DEMO_NIET_INGERICHT_ZAAKTYPE, DEMO_ZAAKTYPEN } from "@/lib/demo/domeinen";
import { nietIngerichtZaaktypeSeedStap } from "@/lib/demo/niet-ingericht";
import { pabcDemoSeedStap } from "@/lib/pabc/seed";
import { pabcDomein, pabcDomeinEntiteitType, pabcEntiteitType } from "@/lib/pabc/schema";
import { catalogiDemoSeedStap } from "@/lib/zgw/catalogi/seed";
import { ztcType } from "@/lib/zgw/catalogi/schema";
import { alleParameters } from "./opslag";
import { zaakafhandelparametersDemoSeedStap } from "./seed";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await runSeeds(db.handle.db, [pabcDemoSeedStap, catalogiDemoSeedStap, nietIngerichtZaaktypeSeedStap, zaakafhandelparametersDemoSeedStap]);
});
afterAll(async () => {
  await db.dispose();
});

describe("demo seed", () => {
  it("adds the zaaktype without parameters to the demo catalogus, published, with resultaattypen", async () => {
    const zaaktypen = await db.handle.db.select().from(ztcType).where(eq(ztcType.soort, "zaaktype"));
    expect(zaaktypen.map((z) => z.omschrijving).sort()).toEqual([...DEMO_ZAAKTYPEN, DEMO_NIET_INGERICHT_ZAAKTYPE.omschrijving].sort());
    expect(zaaktypen.every((z) => !z.concept)).toBe(true);
  });

  it("puts it in its domain in PABC, so the domain's users get their roles on it", async () => {
    const rijen = await db.handle.db
      .select({ domein: pabcDomein.naam })
      .from(pabcEntiteitType)
      .innerJoin(pabcDomeinEntiteitType, eq(pabcDomeinEntiteitType.entiteitTypeId, pabcEntiteitType.id))
      .innerJoin(pabcDomein, eq(pabcDomein.id, pabcDomeinEntiteitType.domeinId))
      .where(and(eq(pabcEntiteitType.type, "zaaktype"), eq(pabcEntiteitType.entiteitTypeId, DEMO_NIET_INGERICHT_ZAAKTYPE.omschrijving)));
    expect(rijen).toEqual([{ domein: DEMO_NIET_INGERICHT_ZAAKTYPE.domein.naam }]);
  });

  it("gives the six demo zaaktypen usable parameters and the extra one none", async () => {
    const alle = await alleParameters(db.handle.db);
    expect([...alle.keys()].sort()).toEqual([...DEMO_ZAAKTYPEN].sort());
    expect([...alle.values()].every((p) => p.parameters.inGebruik)).toBe(true);
    expect(alle.has(DEMO_NIET_INGERICHT_ZAAKTYPE.omschrijving)).toBe(false);
  });
});
