import { getConfig, type Config } from "@/lib/config";
import { openDatabase, type DatabaseHandle } from "./client";

export { openDatabase, selectRows, type Database, type DatabaseHandle, type DatabaseTarget, type Transaction } from "./client";
export { mapDatabaseError } from "./errors";
export { MIGRATIONS_FOLDER, migrateDatabase, migrationStatus, type MigrationStatus } from "./migrate";
export { runSeeds, toegepasteSeedStappen, type SeedResultaat, type SeedStap } from "./seed";
export { demoSeedStappen } from "./seed/demo";
export * as schema from "./schema";

const DB_KEY = Symbol.for("zac.database");
type WithDb = typeof globalThis & { [DB_KEY]?: Promise<DatabaseHandle> };

export function databaseTarget(config: Config) {
  return config.database.driver === "pglite"
    ? ({ driver: "pglite", dataDir: config.database.dataDir } as const)
    : ({ driver: "postgres", url: config.database.url, poolMax: config.database.poolMax } as const);
}

/**
 * The process-wide database. Kept on globalThis because the custom server and the Next.js
 * bundles load this module separately, and PGlite must be opened exactly once per data dir.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  const g = globalThis as WithDb;
  g[DB_KEY] ??= openDatabase(databaseTarget(getConfig())).catch((error: unknown) => {
    delete g[DB_KEY];
    throw error;
  });
  return g[DB_KEY];
}

export async function closeDatabase(): Promise<void> {
  const g = globalThis as WithDb;
  const pending = g[DB_KEY];
  delete g[DB_KEY];
  if (pending) await (await pending).close();
}
