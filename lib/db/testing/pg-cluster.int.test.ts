import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

// Only the integration-postgres project runs this file (vitest.config.ts excludes it from the
// PGlite project): its globalSetup starts the cluster.
describe("temporary PostgreSQL cluster", () => {
  const url = inject("databaseUrl");
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
  });

  it("is provided to test files and in the environment", () => {
    expect(url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/zac_test$/);
    expect(process.env.ZAC_TEST_DATABASE_URL).toBe(url);
  });

  it("is a real PostgreSQL server", async () => {
    const { rows } = await client.query<{ version: string; db: string }>("select version(), current_database() as db");
    expect(rows[0]?.version).toMatch(/^PostgreSQL \d+/);
    expect(rows[0]?.db).toBe("zac_test");
  });

  it("uses UTF-8 and the same C.UTF-8 locale as PGlite", async () => {
    const { rows } = await client.query<{ enc: string; collate: string; lower: string }>(
      "select pg_encoding_to_char(encoding) as enc, datcollate as collate, lower('ËÉN') as lower from pg_database where datname = current_database()",
    );
    expect(rows[0]).toEqual({ enc: "UTF8", collate: "C.UTF-8", lower: "ëén" });
  });

  it("listens on loopback only", async () => {
    const { rows } = await client.query<{ listen: string; sockets: string }>(
      "select current_setting('listen_addresses') as listen, current_setting('unix_socket_directories') as sockets",
    );
    expect(rows[0]?.listen).toBe("127.0.0.1");
    expect(rows[0]?.sockets).not.toContain("/var/run/postgresql");
  });
});
