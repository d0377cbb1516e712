import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { sql, type SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Pool } from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The drizzle database, the same type for both drivers. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export type DatabaseTarget =
  /** `dataDir` undefined = in memory (tests). */
  | { driver: "pglite"; dataDir?: string }
  | { driver: "postgres"; url: string; poolMax?: number };

interface HandleBase {
  db: Database;
  /** Round trip to the database; throws when it is unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
export type DatabaseHandle =
  | (HandleBase & { driver: "pglite"; client: PGlite })
  | (HandleBase & { driver: "postgres"; pool: Pool });

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.driver === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    let dataDir: string | undefined;
    if (target.dataDir) {
      dataDir = path.resolve(target.dataDir);
      await mkdir(dataDir, { recursive: true });
    }
    const client = await PGlite.create(dataDir);
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Database;
    return { driver: "pglite", client, ...handleBase(db, () => client.close()) };
  }

  const pg = (await import("pg")).default;
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolMax ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: "zaakafhandelcomponent",
  });
  // An idle client that loses its connection emits 'error' on the pool; without a listener
  // that would crash the process. The next query gets a fresh connection.
  pool.on("error", () => {});
  const db = drizzle({ client: pool, schema, casing: "snake_case" }) as unknown as Database;
  return { driver: "postgres", pool, ...handleBase(db, () => pool.end()) };
}

/** ping and an idempotent close, the same for both drivers. */
function handleBase(db: Database, closeClient: () => Promise<void>): HandleBase {
  let closed = false;
  return {
    db,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await closeClient();
    },
  };
}

/**
 * Runs raw SQL and returns its rows. Both drivers answer `{ rows }`; the shared drizzle
 * type cannot express that, hence this one cast.
 */
export async function selectRows<T>(db: Database | Transaction, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
