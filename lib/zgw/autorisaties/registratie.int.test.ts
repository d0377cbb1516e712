import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as lijst } from "@/app/autorisaties/api/v1/applicaties/route";
import { openDatabase, selectRows, type DatabaseHandle } from "@/lib/db";
import { createTestDatabase, testDriver, type TestDatabase } from "@/lib/db/testing/test-database";
import { maakZgwJwt } from "../auth/jwt";
import { koppelTestOmgeving, zgwAanroeper } from "../testing/zgw-test";
import { applicatieVoorClientId, zoekClientSecret } from "./opslag";
import { EIGEN_CLIENT_ID, eigenZgwToken, registreerApplicatie, zorgVoorEigenZgwClient } from "./registratie";

const execFileAsync = promisify(execFile);
const zgw = zgwAanroeper("autorisaties");

describe(`registratie van ZGW-clients op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;

  beforeAll(async () => {
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
  });
  afterAll(async () => {
    herstel?.();
    await test?.dispose();
  });

  it("is idempotent en het geregistreerde secret werkt voor een JWT", async () => {
    const eerste = await registreerApplicatie(test.handle.db, { clientId: "extern", secret: "extern-secret-0123456789", alleAutorisaties: true });
    const tweede = await registreerApplicatie(test.handle.db, { clientId: "extern", secret: "extern-secret-0123456789", alleAutorisaties: true });
    expect(eerste.aangemaakt).toBe(true);
    expect(tweede).toEqual({ applicatieUuid: eerste.applicatieUuid, aangemaakt: false });
    const [{ n } = { n: 0 }] = await selectRows<{ n: number }>(test.handle.db, sql`select count(*)::int as n from zgw_applicatie_client_id where client_id = 'extern'`);
    expect(n).toBe(1);
    const token = await maakZgwJwt("extern", "extern-secret-0123456789");
    expect((await zgw.roep(lijst, "GET", "/applicaties", { token })).response.status).toBe(200);
  });

  it("vervangt het secret en bewaart het versleuteld", async () => {
    await registreerApplicatie(test.handle.db, { clientId: "extern", secret: "nieuw-secret-0123456789" });
    const oud = await maakZgwJwt("extern", "extern-secret-0123456789");
    expect((await zgw.roep(lijst, "GET", "/applicaties", { token: oud })).body.code).toBe("invalid-jwt-signature");
    const [rij] = await selectRows<{ versleuteld: string }>(test.handle.db, sql`select versleuteld from zgw_client_secret where client_id = 'extern'`);
    expect(rij?.versleuteld).not.toContain("nieuw-secret");
    // Without --alle-autorisaties the existing rights stay.
    expect((await applicatieVoorClientId(test.handle.db, "extern"))?.heeftAlleAutorisaties).toBe(true);
  });

  it("weigert een te kort secret", async () => {
    await expect(registreerApplicatie(test.handle.db, { clientId: "kort", secret: "kort" })).rejects.toMatchObject({ status: 400 });
  });

  it("richt de eigen client één keer in en laat haar token alles doen", async () => {
    await zorgVoorEigenZgwClient(test.handle.db);
    const secret = await zoekClientSecret(test.handle.db, EIGEN_CLIENT_ID);
    await zorgVoorEigenZgwClient(test.handle.db);
    expect(await zoekClientSecret(test.handle.db, EIGEN_CLIENT_ID)).toBe(secret);
    expect(secret?.length).toBeGreaterThanOrEqual(32);
    expect((await applicatieVoorClientId(test.handle.db, EIGEN_CLIENT_ID))?.heeftAlleAutorisaties).toBe(true);
    const token = await eigenZgwToken(test.handle.db, { id: "medewerker-1", weergave: "Medewerker Een" });
    expect((await zgw.roep(lijst, "GET", "/applicaties", { token })).response.status).toBe(200);
  });
});

describe(`npm run zgw -- applicatie (opdrachtregel) op ${process.env.ZAC_TEST_DB}`, () => {
  let env: Record<string, string>;
  let opruimen: () => Promise<void>;
  let open: () => Promise<DatabaseHandle>;

  beforeAll(async () => {
    if (testDriver() === "pglite") {
      const dir = await mkdtemp(path.join(os.tmpdir(), "zac-zgw-cli-"));
      env = { ZAC_DATA_DIR: dir, DATABASE_URL: "" };
      open = () => openDatabase({ driver: "pglite", dataDir: dir });
      opruimen = () => rm(dir, { recursive: true, force: true });
    } else {
      const server = process.env.ZAC_TEST_DATABASE_URL!;
      const naam = `zac_cli_${Date.now()}`;
      const pg = (await import("pg")).default;
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query(`create database ${naam}`);
      await admin.end();
      const url = new URL(server);
      url.pathname = `/${naam}`;
      env = { DATABASE_URL: url.toString() };
      open = () => openDatabase({ driver: "postgres", url: url.toString(), poolMax: 2 });
      opruimen = async () => {
        const c = new pg.Client({ connectionString: server });
        await c.connect();
        await c.query(`drop database if exists ${naam} with (force)`);
        await c.end();
      };
    }
  });
  afterAll(async () => {
    await opruimen?.();
  });

  const draai = (...args: string[]) =>
    execFileAsync(path.resolve("node_modules/.bin/tsx"), ["scripts/zgw.ts", ...args], {
      env: { ...process.env, NODE_ENV: "development", LOG_LEVEL: "silent", ...env },
      timeout: 60_000,
    });

  it("werkt twee keer achter elkaar, toont het secret nooit, en het secret werkt", async () => {
    const args = ["applicatie", "--client-id", "cli-app", "--secret", "cli-secret-0123456789", "--label", "CLI", "--alle-autorisaties"];
    const eerste = await draai(...args);
    const tweede = await draai(...args);
    expect(eerste.stdout).toContain("aangemaakt");
    expect(tweede.stdout).toContain("bijgewerkt");
    for (const uit of [eerste, tweede]) expect(uit.stdout + uit.stderr).not.toContain("cli-secret-0123456789");

    const handle = await open();
    const herstel = koppelTestOmgeving(handle);
    try {
      const token = await maakZgwJwt("cli-app", "cli-secret-0123456789");
      const { response, body } = await zgw.roep(lijst, "GET", "/applicaties", { token });
      expect(response.status).toBe(200);
      expect(body.results).toEqual([expect.objectContaining({ clientIds: ["cli-app"], label: "CLI", heeftAlleAutorisaties: true })]);
    } finally {
      herstel();
      await handle.close();
    }
  });

  it("meldt verkeerd gebruik met exitcode 2", async () => {
    await expect(draai("applicatie", "--client-id", "x")).rejects.toMatchObject({ code: 2 });
    await expect(draai("onbekend")).rejects.toMatchObject({ code: 2 });
  });
});
