import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { laadSnapshot } from "./opslag";
import { ztcCatalogus, ztcOnderdeel, ztcType } from "./schema";
import { maakDemoCatalogus } from "./seed";

describe(`gedeelde catalogus-snapshots op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let catalogusUuid: string;

  beforeAll(async () => {
    test = await createTestDatabase();
    await test.handle.db.transaction((tx) => maakDemoCatalogus(tx));
    [{ uuid: catalogusUuid }] = (await test.handle.db.select({ uuid: ztcCatalogus.uuid }).from(ztcCatalogus)) as [{ uuid: string }];
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it("hergebruikt een snapshot zolang er niets verandert, en leest opnieuw na elke wijziging van een type of onderdeel", async () => {
    const db = test.handle.db;
    const eerste = await laadSnapshot(db, catalogusUuid);
    expect(await laadSnapshot(db, catalogusUuid)).toBe(eerste);

    const type = eerste!.types.find((t) => t.soort === "zaaktype")!;
    await db.update(ztcType).set({ omschrijving: "Gewijzigd" }).where(eq(ztcType.uuid, type.uuid));
    const tweede = await laadSnapshot(db, catalogusUuid);
    expect(tweede).not.toBe(eerste);
    expect(tweede!.types.find((t) => t.uuid === type.uuid)!.omschrijving).toBe("Gewijzigd");

    const onderdeel = tweede!.onderdelen[0]!;
    await db.delete(ztcOnderdeel).where(eq(ztcOnderdeel.uuid, onderdeel.uuid));
    const derde = await laadSnapshot(db, catalogusUuid);
    expect(derde!.onderdelen.some((o) => o.uuid === onderdeel.uuid)).toBe(false);
  });

  it("een teruggedraaide wijziging laat geen snapshot achter die anderen te zien krijgen", async () => {
    const db = test.handle.db;
    const voor = await laadSnapshot(db, catalogusUuid);
    const type = voor!.types.find((t) => t.soort === "zaaktype")!;
    await expect(
      db.transaction(async (tx) => {
        await tx.update(ztcType).set({ omschrijving: "Nooit vastgelegd" }).where(eq(ztcType.uuid, type.uuid));
        const binnen = await laadSnapshot(tx, catalogusUuid);
        expect(binnen!.types.find((t) => t.uuid === type.uuid)!.omschrijving).toBe("Nooit vastgelegd");
        throw new Error("terugdraaien");
      }),
    ).rejects.toThrow("terugdraaien");
    const na = await laadSnapshot(db, catalogusUuid);
    expect(na!.types.find((t) => t.uuid === type.uuid)!.omschrijving).toBe(voor!.types.find((t) => t.uuid === type.uuid)!.omschrijving);
  });
});
