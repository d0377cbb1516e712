/**
 * The route handlers of app/api/beheer/pabc/** on a test database with the demo dataset. The
 * session is mocked at the lib/auth boundary (as in lib/zaakafhandeling/proxy.int.test.ts);
 * the policy (compiled Rego) decides "overig.beheren".
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";

const staat = vi.hoisted(() => ({ gebruiker: "beheerder1" as "beheerder1" | "behandelaar1", handle: null as unknown as DatabaseHandle }));

vi.mock("@/lib/auth", async () => {
  const toegang = await import("@/lib/auth/toegang");
  const { DEMO_ZAAKTYPEN } = await import("@/lib/demo/domeinen");
  return {
    demoZaaktypeDomeinen: toegang.demoZaaktypeDomeinen,
    vereisApiGebruiker: vi.fn(async () => {
      // As the demo dataset gives them: beheerder1 = raadpleger + beheerder on every zaaktype,
      // behandelaar1 = behandelaar on domain A.
      const perZaaktype: Record<string, string[]> =
        staat.gebruiker === "beheerder1"
          ? Object.fromEntries(DEMO_ZAAKTYPEN.map((zt) => [zt, ["beheerder", "raadpleger"]]))
          : { Omgevingsvergunning: ["behandelaar"] };
      const gebruiker = { id: staat.gebruiker, naam: staat.gebruiker, email: null, groepen: [], functioneleRollen: [], clientRollen: [] };
      const uitkomst = toegang.beoordeelToegang(gebruiker, { iamModus: "pabc", pabc: { perZaaktype, alleZaaktypen: [] } });
      if (!uitkomst.toegang) throw new Error("geen toegang");
      return { gebruiker, policyGebruiker: uitkomst.policyGebruiker, beheerder: uitkomst.beheerder, rollen: [] };
    }),
  };
});
vi.mock("@/lib/db", async (origineel) => ({ ...(await origineel<typeof import("@/lib/db")>()), getDatabase: async () => staat.handle }));

import * as overzichtRoute from "@/app/api/beheer/pabc/route";
import * as domeinRoute from "@/app/api/beheer/pabc/domeinen/[id]/route";
import * as rollenRoute from "@/app/api/beheer/pabc/functionele-rollen/route";
import * as mappingsRoute from "@/app/api/beheer/pabc/mappings/route";
import { parseConfig } from "@/lib/config";
import { PabcOverzicht } from "./beheer-contract";
import { datasetOmvang, herlaadDataset } from "./database";
import { demoPabcDataset } from "./seed";

const CONFIG_KEY = Symbol.for("zac.config");
type Slots = typeof globalThis & { [CONFIG_KEY]?: unknown };

const URL_BASIS = "http://localhost:3000/api/beheer/pabc";
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
const verzoek = (pad: string, method = "GET", body?: unknown) =>
  new Request(`${URL_BASIS}${pad}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe(`API van PABC-beheer op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  const g = globalThis as Slots;
  const vorigeConfig = g[CONFIG_KEY];

  beforeAll(async () => {
    test = await createTestDatabase();
    staat.handle = test.handle;
    await herlaadDataset(test.handle.db, demoPabcDataset());
    g[CONFIG_KEY] = parseConfig({ NODE_ENV: "development" });
  });
  afterAll(async () => {
    g[CONFIG_KEY] = vorigeConfig;
    await test?.dispose();
  });

  const overzicht = async () => PabcOverzicht.parse(await (await overzichtRoute.GET(verzoek(""), params({}))).json());

  it("beheerder1 reads the overview and adds a functional role (201)", async () => {
    staat.gebruiker = "beheerder1";
    const antwoord = await rollenRoute.POST(verzoek("/functionele-rollen", "POST", { naam: "zac_route_test" }), params({}));
    expect(antwoord.status).toBe(201);
    const { id } = (await antwoord.json()) as { id: string };
    expect((await overzicht()).functioneleRollen.find((r) => r.id === id)?.naam).toBe("zac_route_test");
  });

  it("behandelaar1 gets 403 problem+json on reading and writing, and nothing changes", async () => {
    staat.gebruiker = "behandelaar1";
    const voor = await datasetOmvang(test.handle.db);
    const lezen = await overzichtRoute.GET(verzoek(""), params({}));
    expect(lezen.status).toBe(403);
    expect(lezen.headers.get("content-type")).toBe("application/problem+json");
    expect(await lezen.json()).toMatchObject({ status: 403, recht: "overig.beheren" });
    const schrijven = await rollenRoute.POST(verzoek("/functionele-rollen", "POST", { naam: "zac_stiekem" }), params({}));
    expect(schrijven.status).toBe(403);
    expect(await datasetOmvang(test.handle.db)).toEqual(voor);
  });

  it("answers 409 with a Dutch detail for a domain in use, and 400 with invalidParams for bad input", async () => {
    staat.gebruiker = "beheerder1";
    const vergunningen = (await overzicht()).domeinen.find((d) => d.naam === "Vergunningen")!;
    const weg = await domeinRoute.DELETE(verzoek(`/domeinen/${vergunningen.id}`, "DELETE"), params({ id: vergunningen.id }));
    expect(weg.status).toBe(409);
    expect(weg.headers.get("content-type")).toBe("application/problem+json");
    expect(await weg.json()).toMatchObject({ detail: 'Het domein "Vergunningen" wordt nog gebruikt in 3 mappings. Verwijder of wijzig die eerst.' });

    const fout = await mappingsRoute.POST(verzoek("/mappings", "POST", { bereik: "domein" }), params({}));
    expect(fout.status).toBe(400);
    const body = (await fout.json()) as { invalidParams: { name: string }[] };
    expect(body.invalidParams.map((p) => p.name).sort()).toEqual(["applicatieRolId", "functioneleRolId"]);

    const onbekend = await domeinRoute.DELETE(verzoek("/domeinen/geen-uuid", "DELETE"), params({ id: "geen-uuid" }));
    expect(onbekend.status).toBe(404);
  });

  it("with PABC_URL: the overview says extern and writes are refused", async () => {
    staat.gebruiker = "beheerder1";
    g[CONFIG_KEY] = parseConfig({ NODE_ENV: "development", PABC_URL: "https://pabc.example/api/v1", PABC_API_KEY: "sleutel-123456" });
    try {
      expect((await overzicht()).extern).toBe(true);
      const antwoord = await rollenRoute.POST(verzoek("/functionele-rollen", "POST", { naam: "zac_extern" }), params({}));
      expect(antwoord.status).toBe(409);
      expect(((await antwoord.json()) as { detail: string }).detail).toContain("externe PABC");
    } finally {
      g[CONFIG_KEY] = parseConfig({ NODE_ENV: "development" });
    }
  });
});
