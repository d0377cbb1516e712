import { createServer } from "node:net";
import { delay, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppError, isAppError } from "@/lib/errors";
import { createPabcClient, naarPabcRollen, pabcVerbinding } from "./client";
import { DEMO_PABC_SLEUTEL } from "./contract";
import { pabcContractTests } from "./testing/contract-tests";
import { CONTRACT_SLEUTEL } from "./testing/fixtures";
import { nepPabcHandlers } from "./testing/nep-pabc";

const BASE = "https://pabc.test.example/api/v1";
const server = setupServer(...nepPabcHandlers(BASE));

beforeAll(() => server.listen({ onUnhandledRequest: "bypass" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = (opties: { apiKey?: string; timeoutMs?: number; baseUrl?: string } = {}) =>
  createPabcClient({ baseUrl: opties.baseUrl ?? BASE, apiKey: opties.apiKey ?? CONTRACT_SLEUTEL, timeoutMs: opties.timeoutMs ?? 2_000 });

async function fout(belofte: Promise<unknown>): Promise<AppError> {
  try {
    await belofte;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("verwachtte een AppError");
}

// The same contract suite as the built-in API (pabc.int.test.ts), here against the fake PABC
// the client is tested with: proof that the fake answers as the contract says.
describe("PABC contract (fake PABC via msw)", () => {
  pabcContractTests(() => (pad, init) => fetch(`${BASE}${pad}`, init), { sleutel: CONTRACT_SLEUTEL });
});

describe("PABC client", () => {
  it("maps results to roles per zaaktype and roles for all zaaktypen, keeping only ZAC's roles of zaaktypen", async () => {
    const rollen = await client().applicatieRollen(["coordinator_vergunningen", "raadplegers_alle", "functioneel_beheer", "andere_app_lezer"]);
    expect(rollen).toEqual({
      perZaaktype: {
        Omgevingsvergunning: ["behandelaar", "coordinator", "raadpleger"],
        "Melding klein kansspel": ["behandelaar", "coordinator", "raadpleger"],
        "Bijzondere bijstand": ["raadpleger"],
      },
      alleZaaktypen: ["beheerder"],
    });
  });

  it("gives empty roles for unknown functional roles", async () => {
    expect(await client().applicatieRollen(["onbekend"])).toEqual({ perZaaktype: {}, alleZaaktypen: [] });
  });

  it("accepts a base URL with a trailing slash", async () => {
    const rollen = await client({ baseUrl: `${BASE}/` }).applicatieRollen(["behandelaar_sociaal"]);
    expect(rollen.perZaaktype).toEqual({ "Bijzondere bijstand": ["behandelaar"] });
  });

  it("lists groups for an application role on a zaaktype", async () => {
    expect(await client().groepen({ applicatieRol: "behandelaar", zaaktype: "Omgevingsvergunning" })).toEqual([
      { naam: "behandelaars-vergunningen", omschrijving: "Behandelaars van vergunningen" },
      { naam: "coordinatoren-vergunningen", omschrijving: null },
    ]);
  });

  it("explains a refused API key in Dutch (401)", async () => {
    const error = await fout(client({ apiKey: "verkeerde-sleutel" }).applicatieRollen(["raadplegers_alle"]));
    expect(error.code).toBe("service_unavailable");
    expect(error.detail).toMatch(/^De API-sleutel voor PABC wordt geweigerd/);
    const groepFout = await fout(client({ apiKey: "verkeerde-sleutel" }).groepen({ applicatieRol: "behandelaar", zaaktype: "x" }));
    expect(groepFout.detail).toMatch(/API-sleutel/);
  });

  it("reports a 401 without body (as ASP.NET sends it) the same way", async () => {
    server.use(http.post(`${BASE}/application-roles-per-entity-type`, () => new HttpResponse(null, { status: 401 })));
    expect((await fout(client().applicatieRollen([]))).detail).toMatch(/API-sleutel/);
  });

  it("says PABC is unreachable on a 5xx", async () => {
    server.use(http.post(`${BASE}/application-roles-per-entity-type`, () => HttpResponse.json({ title: "kapot" }, { status: 500 })));
    const error = await fout(client().applicatieRollen(["raadplegers_alle"]));
    expect(error.code).toBe("service_unavailable");
    expect(error.status).toBe(503);
    expect(error.detail).toMatch(/^PABC \(autorisatiebeheer\) is niet bereikbaar/);
    expect(error.extensions?.oorzaak).toBe("PABC antwoordde 500");
  });

  it("gives up after the timeout", async () => {
    server.use(
      http.post(`${BASE}/application-roles-per-entity-type`, async () => {
        await delay(2_000);
        return HttpResponse.json({ results: [] });
      }),
    );
    const start = Date.now();
    const error = await fout(client({ timeoutMs: 100 }).applicatieRollen([]));
    expect(Date.now() - start).toBeLessThan(1_500);
    expect(error.detail).toMatch(/niet bereikbaar/);
    expect(error.extensions?.oorzaak).toBe("geen antwoord binnen 100 ms");
  });

  it("says PABC is unreachable when the connection is refused", async () => {
    const poort = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, "127.0.0.1", () => {
        const adres = s.address();
        s.close(() => resolve(typeof adres === "object" && adres ? adres.port : 0));
      });
    });
    const error = await fout(client({ baseUrl: `http://127.0.0.1:${poort}/api/v1` }).applicatieRollen([]));
    expect(error.code).toBe("service_unavailable");
    expect(error.extensions?.oorzaak).toBe("verbinding mislukt");
  });

  it("treats a 400 as an error of this app, not an outage", async () => {
    server.use(
      http.post(`${BASE}/application-roles-per-entity-type`, () =>
        HttpResponse.json({ title: "Bad", status: 400, errors: { x: ["y"] } }, { status: 400 }),
      ),
    );
    const error = await fout(client().applicatieRollen([]));
    expect(error.code).toBe("error");
  });

  it("rejects an answer outside the contract (extra field)", async () => {
    server.use(
      http.post(`${BASE}/application-roles-per-entity-type`, () => HttpResponse.json({ results: [], extra: true })),
    );
    const error = await fout(client().applicatieRollen([]));
    expect(error.code).toBe("service_unavailable");
    expect(error.detail).toMatch(/antwoord dat de app niet begrijpt/);
  });

  it("sends the key in X-API-KEY and the roles as functionalRoleNames", async () => {
    let gezien: { sleutel: string | null; body: unknown } | undefined;
    server.use(
      http.post(`${BASE}/application-roles-per-entity-type`, async ({ request }) => {
        gezien = { sleutel: request.headers.get("x-api-key"), body: await request.json() };
        return HttpResponse.json({ results: [] });
      }),
    );
    await client({ apiKey: "sleutel-123456" }).applicatieRollen(["a", "b"]);
    expect(gezien).toEqual({ sleutel: "sleutel-123456", body: { functionalRoleNames: ["a", "b"] } });
  });
});

describe("naarPabcRollen", () => {
  it("matches the application name case-insensitively and lower-cases role names", () => {
    expect(
      naarPabcRollen({
        results: [
          {
            entityType: { id: "Omgevingsvergunning", name: "Omgevingsvergunning", type: "ZAAKTYPE" },
            applicationRoles: [
              { name: "Behandelaar", application: "ZaakAfhandelComponent" },
              { name: "lezer", application: "iets-anders" },
            ],
          },
          { entityType: { id: "Alleen anders", name: "x", type: "zaaktype" }, applicationRoles: [{ name: "lezer", application: "anders" }] },
        ],
      }),
    ).toEqual({ perZaaktype: { Omgevingsvergunning: ["behandelaar"] }, alleZaaktypen: [] });
  });
});

describe("pabcVerbinding", () => {
  const basis = { NODE_ENV: "development", publicUrl: "https://zac.example.nl", internalUrl: "http://localhost:3000" } as const;
  it("uses the built-in PABC with the demo key when nothing is configured", () => {
    expect(pabcVerbinding({ ...basis } as never)).toEqual({
      baseUrl: "http://localhost:3000/pabc/api/v1",
      apiKey: DEMO_PABC_SLEUTEL,
      ingebouwd: true,
    });
  });
  it("uses PABC_API_KEY for the built-in PABC when set", () => {
    expect(pabcVerbinding({ ...basis, PABC_API_KEY: "eigen-sleutel-1" } as never).apiKey).toBe("eigen-sleutel-1");
  });
  it("uses PABC_URL and PABC_API_KEY for an external PABC", () => {
    expect(pabcVerbinding({ ...basis, PABC_URL: "https://pabc.gemeente.nl/api/v1", PABC_API_KEY: "geheim-123" } as never)).toEqual({
      baseUrl: "https://pabc.gemeente.nl/api/v1",
      apiKey: "geheim-123",
      ingebouwd: false,
    });
  });
  it("refuses PABC_URL without a key", () => {
    expect(() => pabcVerbinding({ ...basis, PABC_URL: "https://pabc.gemeente.nl/api/v1" } as never)).toThrow(/PABC_API_KEY/);
  });
});
