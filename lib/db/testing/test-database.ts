import { randomBytes } from "node:crypto";
import { openDatabase, type DatabaseHandle } from "../client";
import { migrateDatabase } from "../migrate";

export type TestDriver = "pglite" | "postgres";

/** Which backend this test project runs on (set per Vitest project in vitest.config.ts). */
export function testDriver(): TestDriver {
  const driver = process.env.ZAC_TEST_DB;
  if (driver !== "pglite" && driver !== "postgres") {
    throw new Error("ZAC_TEST_DB is niet gezet; draai integratietests via een integration-* project van Vitest.");
  }
  return driver;
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Closes the handle and removes the database. */
  dispose(): Promise<void>;
}

/**
 * A fresh, empty, migrated database for one test file: in-memory PGlite, or a new database
 * on the temporary PostgreSQL cluster of the global setup (so test files can run in
 * parallel without seeing each other's rows).
 */
export async function createTestDatabase(options: { migrate?: boolean; serverUrl?: string } = {}): Promise<TestDatabase> {
  const driver = testDriver();
  if (driver === "pglite") {
    const handle = await openDatabase({ driver: "pglite" });
    if (options.migrate ?? true) await migrateDatabase(handle);
    return { handle, dispose: () => handle.close() };
  }

  const serverUrl = options.serverUrl ?? process.env.ZAC_TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("Geen PostgreSQL-testserver: ZAC_TEST_DATABASE_URL ontbreekt (globalSetup niet gedraaid?).");
  const name = `zac_t_${randomBytes(6).toString("hex")}`;
  const pg = (await import("pg")).default;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ driver: "postgres", url: url.toString(), poolMax: 5 });
  if (options.migrate ?? true) await migrateDatabase(handle);
  return {
    handle,
    dispose: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
