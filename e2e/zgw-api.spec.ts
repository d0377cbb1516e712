import { expect, test, type APIResponse } from "@playwright/test";
import { SignJWT } from "jose";
import { DEMO_ZAAKTYPEN } from "@/lib/demo/domeinen";

/**
 * The ZGW APIs over real HTTP through the running app (custom server, Next.js, and proxy.ts,
 * which must leave these paths to the ZGW authentication instead of the login session).
 * No page: only Playwright's `request` fixture, without the logged-in storage state.
 */

// The same test-only secret as ZGW_EIGEN_CLIENT_SECRET of the app in playwright.config.ts;
// for an app started elsewhere (E2E_BASE_URL) pass its secret as E2E_ZGW_CLIENT_SECRET.
const SECRET = process.env.E2E_ZGW_CLIENT_SECRET ?? (process.env.E2E_BASE_URL ? undefined : "e2e-alleen-voor-tests-zac-intern-geheim-0123456789");
const CLIENT_ID = "zac-intern";

test.use({ storageState: { cookies: [], origins: [] } });
test.skip(SECRET === undefined, "Het secret van zac-intern is niet bekend (zet E2E_ZGW_CLIENT_SECRET).");

async function jwt(secret: string): Promise<string> {
  return new SignJWT({ client_id: CLIENT_ID, user_id: "e2e", user_representation: "E2E-test" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(CLIENT_ID)
    .setIssuedAt()
    .sign(new TextEncoder().encode(secret));
}

async function verwachtProbleem(response: APIResponse, status: number): Promise<Record<string, unknown>> {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body.status).toBe(status);
  return body;
}

const ZAAKTYPEN = "/catalogi/api/v1/zaaktypen";

test.describe("ZGW APIs over HTTP", () => {
  let auth: { Authorization: string };
  test.beforeAll(async () => {
    auth = { Authorization: `Bearer ${await jwt(SECRET!)}` };
  });

  test("Autorisaties API: the app's own client has all autorisaties", async ({ request }) => {
    const response = await request.get(`/autorisaties/api/v1/applicaties/consumer?clientId=${CLIENT_ID}`, { headers: auth });
    expect(response.status()).toBe(200);
    expect(response.headers()["api-version"]).toBe("1.0.0");
    // The OAS answers with a list: the applicaties that list this client id (ac-001: at most one).
    const body = (await response.json()) as { clientIds: string[]; heeftAlleAutorisaties: boolean }[];
    expect(body).toHaveLength(1);
    expect(body[0]?.clientIds).toContain(CLIENT_ID);
    expect(body[0]?.heeftAlleAutorisaties).toBe(true);
  });

  test("Catalogi API: the demo zaaktypen, paginated, and a detail with ETag/304", async ({ request, baseURL }) => {
    const response = await request.get(ZAAKTYPEN, { headers: auth });
    expect(response.status()).toBe(200);
    expect(response.headers()["api-version"]).toBe("1.3.1");
    const body = (await response.json()) as { count: number; next: string | null; previous: string | null; results: { url: string; omschrijving: string }[] };
    expect(Object.keys(body).sort()).toEqual(["count", "next", "previous", "results"]);
    expect(body.count).toBeGreaterThanOrEqual(6);
    expect(body.previous).toBeNull();
    expect(body.results.map((z) => z.omschrijving)).toEqual(expect.arrayContaining([...DEMO_ZAAKTYPEN]));

    const eerste = body.results.find((z) => z.omschrijving === DEMO_ZAAKTYPEN[0]);
    expect(eerste?.url).toMatch(/\/catalogi\/api\/v1\/zaaktypen\/[0-9a-f-]{36}$/);
    const url = new URL(eerste!.url);
    // The URL is absolute on ZAC_PUBLIC_URL (http://localhost:PORT by default); request its path on the app under test.
    if (!process.env.E2E_BASE_URL) expect(url.origin).toBe(new URL(baseURL!).origin);

    const detail = await request.get(url.pathname, { headers: auth });
    expect(detail.status()).toBe(200);
    expect(detail.headers()["api-version"]).toBe("1.3.1");
    expect(((await detail.json()) as { url: string; omschrijving: string }).omschrijving).toBe(DEMO_ZAAKTYPEN[0]);
    const etag = detail.headers()["etag"];
    expect(etag).toMatch(/^(W\/)?".+"$/);

    const nietGewijzigd = await request.get(url.pathname, { headers: { ...auth, "If-None-Match": etag! } });
    expect(nietGewijzigd.status()).toBe(304);
    expect(nietGewijzigd.headers()["etag"]).toBe(etag);
    expect((await nietGewijzigd.body()).length).toBe(0);
  });

  test("without Authorization: 403 problem+json, not a redirect to the login", async ({ request }) => {
    const response = await request.get(ZAAKTYPEN, { maxRedirects: 0 });
    const body = await verwachtProbleem(response, 403);
    expect(body.code).toBe("not_authenticated");
    expect(response.headers()["location"]).toBeUndefined();
    expect(response.headers()["api-version"]).toBe("1.3.1");
  });

  test("a JWT signed with a wrong secret: 403 problem+json", async ({ request }) => {
    const fout = await jwt("een-ander-geheim-dat-niet-klopt-0123456789");
    const response = await request.get(ZAAKTYPEN, { headers: { Authorization: `Bearer ${fout}` }, maxRedirects: 0 });
    const body = await verwachtProbleem(response, 403);
    expect(body.code).toBe("invalid-jwt-signature");
  });

  test("an unknown query parameter: 400 problem+json with invalidParams", async ({ request }) => {
    const response = await request.get(`${ZAAKTYPEN}?bestaatNiet=1`, { headers: auth });
    const body = await verwachtProbleem(response, 400);
    expect(body.invalidParams).toEqual(expect.arrayContaining([expect.objectContaining({ code: "unknown-parameters" })]));
  });

  test("the OAS is public", async ({ request }) => {
    const response = await request.get("/catalogi/api/v1/openapi.yaml", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const tekst = await response.text();
    expect(tekst).toMatch(/^openapi: ['"]?3\./m);
    expect(tekst).toContain("title: Catalogi API");
  });
});
