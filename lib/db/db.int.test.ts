import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { selectRows } from "./client";
import { mapDatabaseError } from "./errors";
import { migrateDatabase, migrationStatus } from "./migrate";
import { runSeeds, toegepasteSeedStappen, type SeedStap } from "./seed";
import { seedStap } from "./schema";
import { createTestDatabase, testDriver, type TestDatabase } from "./testing/test-database";

// The same file runs in the integration-pglite and integration-postgres projects.
describe(`datalaag op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it("uses the driver of this test project", () => {
    expect(test.handle.driver).toBe(testDriver());
  });

  it("reports pending migrations on an empty database", async () => {
    const status = await migrationStatus(test.handle);
    expect(status.verwacht).toBeGreaterThan(0);
    expect(status.toegepast).toBe(0);
    expect(status.actueel).toBe(false);
  });

  it("applies every migration, and applying again changes nothing", async () => {
    await migrateDatabase(test.handle);
    const eerste = await migrationStatus(test.handle);
    expect(eerste.actueel).toBe(true);
    expect(eerste.toegepast).toBe(eerste.verwacht);

    await migrateDatabase(test.handle);
    expect(await migrationStatus(test.handle)).toEqual(eerste);
    const tabellen = await selectRows<{ naam: string }>(
      test.handle.db,
      sql`select table_name as naam from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tabellen.map((t) => t.naam)).toContain("seed_stap");
  });

  it("runs each seed step once and records it", async () => {
    const uitgevoerd: string[] = [];
    const stappen: SeedStap[] = [
      { naam: "test-a", omschrijving: "a", uitvoeren: async () => void uitgevoerd.push("a") },
      { naam: "test-b", omschrijving: "b", uitvoeren: async () => void uitgevoerd.push("b") },
    ];
    const eerste = await runSeeds(test.handle.db, stappen);
    expect(eerste).toEqual({ toegepast: ["test-a", "test-b"], overgeslagen: [] });

    const tweede = await runSeeds(test.handle.db, stappen);
    expect(tweede).toEqual({ toegepast: [], overgeslagen: ["test-a", "test-b"] });
    expect(uitgevoerd).toEqual(["a", "b"]);
    expect(await toegepasteSeedStappen(test.handle.db)).toEqual(expect.arrayContaining(["test-a", "test-b"]));
  });

  it("rolls a failing seed step back completely, so the next run retries it", async () => {
    await test.handle.db.execute(sql`create table seed_proef (id int primary key)`);
    const mislukt: SeedStap = {
      naam: "test-mislukt",
      omschrijving: "schrijft en faalt dan",
      uitvoeren: async (tx) => {
        await tx.execute(sql`insert into seed_proef values (1)`);
        throw new Error("kapot halverwege");
      },
    };
    await expect(runSeeds(test.handle.db, [mislukt])).rejects.toThrow("kapot halverwege");
    expect(await selectRows(test.handle.db, sql`select * from seed_proef`)).toEqual([]);
    expect(await toegepasteSeedStappen(test.handle.db)).not.toContain("test-mislukt");

    const hersteld: SeedStap = { ...mislukt, uitvoeren: async (tx) => void (await tx.execute(sql`insert into seed_proef values (1)`)) };
    expect((await runSeeds(test.handle.db, [hersteld])).toegepast).toEqual(["test-mislukt"]);
    expect(await selectRows(test.handle.db, sql`select id from seed_proef`)).toEqual([{ id: 1 }]);
  });

  it("refuses a seed list that names a step twice", async () => {
    const stap: SeedStap = { naam: "dubbel", omschrijving: "", uitvoeren: async () => undefined };
    await expect(runSeeds(test.handle.db, [stap, stap])).rejects.toThrow("twee keer");
  });

  it("maps a unique violation to a conflict AppError", async () => {
    await test.handle.db.insert(seedStap).values({ naam: "uniek" });
    const error = await test.handle.db
      .insert(seedStap)
      .values({ naam: "uniek" })
      .then(() => null)
      .catch((e: unknown) => e);
    expect(error).not.toBeNull();
    const mapped = mapDatabaseError(error);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).status).toBe(409);
  });

  it("leaves other errors untouched", () => {
    const plain = new Error("iets anders");
    expect(mapDatabaseError(plain)).toBe(plain);
  });

  it("commits a transaction as a whole or not at all", async () => {
    await expect(
      test.handle.db.transaction(async (tx) => {
        await tx.insert(seedStap).values({ naam: "in-transactie" });
        throw new Error("afbreken");
      }),
    ).rejects.toThrow("afbreken");
    const rows = await selectRows(test.handle.db, sql`select naam from seed_stap where naam = 'in-transactie'`);
    expect(rows).toEqual([]);
  });

  it("answers a ping", async () => {
    await expect(test.handle.ping()).resolves.toBeUndefined();
  });
});
