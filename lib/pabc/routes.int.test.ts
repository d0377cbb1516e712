import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/pabc/api/v1/application-roles-per-entity-type/route";
import { GET as groepenGET } from "@/app/pabc/api/v1/groups/route";
import { GET as specsGET } from "@/app/pabc/api/v1/specs.json/route";
import { parseConfig } from "@/lib/config";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { DEMO_PABC_SLEUTEL, GetApplicationRolesResponse, ProblemDetails } from "./contract";
import { herlaadDataset } from "./database";
import { contractDataset } from "./testing/fixtures";

// The Next.js route handlers themselves, wired to a test database through the process-wide
// database and configuration slots that getDatabase() and getConfig() read.
const DB_KEY = Symbol.for("zac.database");
const CONFIG_KEY = Symbol.for("zac.config");
type Slots = typeof globalThis & { [DB_KEY]?: unknown; [CONFIG_KEY]?: unknown };

describe(`route handlers van de ingebouwde PABC op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  const g = globalThis as Slots;
  const vorige = { db: g[DB_KEY], config: g[CONFIG_KEY] };

  beforeAll(async () => {
    test = await createTestDatabase();
    await herlaadDataset(test.handle.db, contractDataset());
    g[DB_KEY] = Promise.resolve(test.handle);
  });
  afterAll(async () => {
    g[DB_KEY] = vorige.db;
    g[CONFIG_KEY] = vorige.config;
    await test?.dispose();
  });

  const post = (sleutel?: string) =>
    POST(
      new Request("http://localhost:3000/pabc/api/v1/application-roles-per-entity-type", {
        method: "POST",
        headers: { "Content-Type": "application/json", ...(sleutel ? { "X-API-KEY": sleutel } : {}) },
        body: JSON.stringify({ functionalRoleNames: ["functioneel_beheer"] }),
      }),
      { params: Promise.resolve({}) },
    );

  it("accepts the demo key outside production when PABC_API_KEY is unset", async () => {
    g[CONFIG_KEY] = parseConfig({ NODE_ENV: "development" });
    const response = await post(DEMO_PABC_SLEUTEL);
    expect(response.status).toBe(200);
    expect(GetApplicationRolesResponse.parse(await response.json()).results).toEqual([
      { applicationRoles: [{ name: "beheerder", application: "zaakafhandelcomponent" }] },
    ]);
  });

  it("accepts only PABC_API_KEY when it is set", async () => {
    g[CONFIG_KEY] = parseConfig({ NODE_ENV: "development", PABC_API_KEY: "eigen-sleutel-12345" });
    expect((await post(DEMO_PABC_SLEUTEL)).status).toBe(401);
    expect((await post("eigen-sleutel-12345")).status).toBe(200);
  });

  it("refuses every call in production without PABC_API_KEY", async () => {
    g[CONFIG_KEY] = parseConfig({ NODE_ENV: "production" });
    const response = await post(DEMO_PABC_SLEUTEL);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(ProblemDetails.parse(await response.json()).status).toBe(401);
  });

  it("is switched off (404) when PABC_URL points to another PABC", async () => {
    g[CONFIG_KEY] = parseConfig({ NODE_ENV: "development", PABC_URL: "https://pabc.example/api/v1", PABC_API_KEY: "sleutel-123456" });
    const response = await post("sleutel-123456");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("checks the key on /groups too", async () => {
    g[CONFIG_KEY] = parseConfig({ NODE_ENV: "development" });
    const response = await groepenGET(
      new Request(
        "http://localhost:3000/pabc/api/v1/groups?application-name=zaakafhandelcomponent&application-role-name=behandelaar&entity-type-id=x&entity-type=zaaktype",
      ),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(401);
  });

  it("serves the OpenAPI document of the contract", async () => {
    const response = await specsGET(new Request("http://localhost:3000/pabc/api/v1/specs.json"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const spec = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(spec.openapi).toBe("3.0.1");
    expect(Object.keys(spec.paths)).toEqual(["/api/v1/application-roles-per-entity-type", "/api/v1/groups"]);
  });
});
