import { readFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { selectRows, type DatabaseHandle } from "./client";

/** The committed migration set, shared by both drivers. */
export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "lib/db/migrations");

/** Serialises concurrent starts against one PostgreSQL server (several app instances). */
const MIGRATION_LOCK_KEY = 7_340_211_001;

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

async function readJournal(folder = MIGRATIONS_FOLDER): Promise<Journal> {
  return JSON.parse(await readFile(path.join(folder, "meta", "_journal.json"), "utf8")) as Journal;
}

/** Applies every pending migration. Safe to call on every start. */
export async function migrateDatabase(handle: DatabaseHandle, folder = MIGRATIONS_FOLDER): Promise<void> {
  if (handle.driver === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const { drizzle } = await import("drizzle-orm/pglite");
    await migrate(drizzle({ client: handle.client }), { migrationsFolder: folder });
    return;
  }
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const client = await handle.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder: folder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

export interface MigrationStatus {
  /** Number of migrations in the committed set. */
  verwacht: number;
  /** Number applied to this database. */
  toegepast: number;
  actueel: boolean;
}

/** Compares the applied migrations with the committed set (for /api/ready). */
export async function migrationStatus(handle: DatabaseHandle, folder = MIGRATIONS_FOLDER): Promise<MigrationStatus> {
  const journal = await readJournal(folder);
  const verwacht = journal.entries.length;
  const lastWhen = journal.entries.at(-1)?.when ?? 0;
  const [exists] = await selectRows<{ bestaat: boolean }>(
    handle.db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as bestaat`,
  );
  if (!exists?.bestaat) return { verwacht, toegepast: 0, actueel: verwacht === 0 };
  const [row] = await selectRows<{ aantal: number | string; laatste: number | string | null }>(
    handle.db,
    sql`select count(*) as aantal, max(created_at) as laatste from drizzle.__drizzle_migrations`,
  );
  const toegepast = Number(row?.aantal ?? 0);
  const laatste = Number(row?.laatste ?? 0);
  return { verwacht, toegepast, actueel: toegepast >= verwacht && laatste >= lastWhen };
}
