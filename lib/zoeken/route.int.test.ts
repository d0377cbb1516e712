/**
 * GET /api/zoeken end to end below the session: the real policy decides which zaaktypen a user
 * reads (fake Catalogi API via msw), the index is the real zoek_index on a test database.
 */
import { randomUUID } from "node:crypto";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";

const staat = vi.hoisted(() => {
  process.env.ZGW_ZAKEN_API_URL = "http://zgw.test/zaken/api/v1";
  process.env.ZGW_CATALOGI_API_URL = "http://zgw.test/catalogi/api/v1";
  process.env.ZGW_DOCUMENTEN_API_URL = "http://zgw.test/documenten/api/v1";
  process.env.ZGW_BESLUITEN_API_URL = "http://zgw.test/besluiten/api/v1";
  process.env.ZGW_CLIENT_ID = "zac-test";
  process.env.ZGW_CLIENT_SECRET = "een-test-secret-van-genoeg-tekens";
  return { gebruiker: "behandelaar1" as string, handle: null as unknown as DatabaseHandle };
});

vi.mock("@/lib/auth", async () => {
  const toegang = await import("@/lib/auth/toegang");
  return {
    demoZaaktypeDomeinen: toegang.demoZaaktypeDomeinen,
    vereisApiGebruiker: vi.fn(async () => {
      const { ingelogd } = await import("@/lib/zaakafhandeling/testing/gebruikers");
      return ingelogd(staat.gebruiker as never);
    }),
  };
});
vi.mock("@/lib/db", async (origineel) => ({ ...(await origineel<typeof import("@/lib/db")>()), getDatabase: async () => staat.handle }));

import { zrcRol, zrcStatus, zrcZaak } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import { vergeetCatalogus } from "@/lib/zaakafhandeling/catalogus";
import { DOMEIN_A, DOMEIN_B } from "@/lib/zaakafhandeling/testing/gebruikers";
import { NepZgw, nepCatalogus } from "@/lib/zaakafhandeling/testing/nep-zgw";
import * as zoekRoute from "@/app/api/zoeken/route";
import type { ZoekAntwoord } from "./contract";

const nep = new NepZgw();
const server = setupServer(...nep.handlers());
let db: TestDatabase;
let cat: ReturnType<typeof nepCatalogus>;

async function zaak(zaaktype: string, omschrijving: string, statustype?: string): Promise<string> {
  const uuid = randomUUID();
  const d = db.handle.db;
  await d.insert(zrcZaak).values({
    uuid,
    zaaktypeUrl: zaaktype,
    identificatie: `ZAAK-${uuid.slice(0, 8)}`,
    bronorganisatie: "002220647",
    vertrouwelijkheidaanduiding: "openbaar",
    vertrouwelijkheid: 1,
    registratiedatum: "2026-02-01",
    startdatum: "2026-02-01",
    gegevens: { omschrijving },
  });
  await d.insert(zrcRol).values({
    uuid: randomUUID(),
    zaakUuid: uuid,
    betrokkeneType: "medewerker",
    roltypeUrl: "http://zgw.test/catalogi/api/v1/roltypen/x",
    omschrijving: "behandelaar",
    omschrijvingGeneriek: "behandelaar",
    registratiedatum: new Date(),
    betrokkeneIdentificatie: { identificatie: "behandelaar1", achternaam: "Eerste" },
    gegevens: {},
  });
  if (statustype) {
    const s = randomUUID();
    await d.insert(zrcStatus).values({ uuid: s, zaakUuid: uuid, statustypeUrl: statustype, datumStatusGezet: new Date(), gegevens: {} });
    await d.update(zrcZaak).set({ statusUuid: s }).where(eq(zrcZaak.uuid, uuid));
  }
  return uuid;
}

async function zoek(gebruiker: string, query: string): Promise<{ status: number; body: ZoekAntwoord & { detail?: string } }> {
  staat.gebruiker = gebruiker;
  const antwoord = await zoekRoute.GET(new Request(`http://localhost:3000/api/zoeken?${query}`), { params: Promise.resolve({}) } as never);
  return { status: antwoord.status, body: (await antwoord.json()) as ZoekAntwoord & { detail?: string } };
}

let zaakA: string;
let zaakB: string;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: "error" });
  db = await createTestDatabase();
  staat.handle = db.handle;
  vergeetCatalogus();
  cat = nepCatalogus(nep, [DOMEIN_A, DOMEIN_B]);
  const a = cat[DOMEIN_A]!;
  const b = cat[DOMEIN_B]!;
  zaakA = await zaak(String(a.zaaktype.url), "Dakkapels op het achterhuis", String(a.statustypen[1]!.url));
  zaakB = await zaak(String(b.zaaktype.url), "Bijstand voor een nieuwe dakkapel", String(b.statustypen[0]!.url));
});
afterAll(async () => {
  server.close();
  await db.dispose();
});

describe("GET /api/zoeken", () => {
  it("behandelaar2 (domain B) finds only the domain-B zaak; counts and facets leave A out", async () => {
    const { status, body } = await zoek("behandelaar2", "q=dakkapel");
    expect(status).toBe(200);
    expect(body.resultaten.map((r) => r.id)).toEqual([zaakB]);
    expect(body.count).toBe(1);
    expect(body.aantallen).toEqual({ zaak: 1, taak: 0, document: 0 });
    expect(body.facetten.zaaktype).toEqual([{ waarde: DOMEIN_B, label: DOMEIN_B, aantal: 1, gekozen: false }]);
    expect(body.facetten.status?.map((f) => f.label)).toEqual(["Ontvangen"]);
    // Filtering on the unreadable zaaktype by name gives nothing.
    const gefilterd = await zoek("behandelaar2", `q=dakkapel&zaaktype=${encodeURIComponent(DOMEIN_A)}`);
    expect(gefilterd.body.count).toBe(0);
    expect(gefilterd.body.resultaten).toEqual([]);
  });

  it("behandelaar1 (domain A) finds the domain-A zaak with labels, and filters by facet label", async () => {
    const { body } = await zoek("behandelaar1", "q=dakkapel");
    expect(body.resultaten.map((r) => r.id)).toEqual([zaakA]);
    const r = body.resultaten[0]!;
    expect(r).toMatchObject({ zaaktype: DOMEIN_A, status: "In behandeling", behandelaar: "Eerste", href: `/zaken/${zaakA}`, datum: "2026-02-01" });
    const opStatus = await zoek("behandelaar1", "q=dakkapel&status=In%20behandeling");
    expect(opStatus.body.count).toBe(1);
    expect(opStatus.body.facetten.status).toEqual([{ waarde: "In behandeling", label: "In behandeling", aantal: 1, gekozen: true }]);
    const leeg = await zoek("behandelaar1", "q=dakkapel&status=Ontvangen");
    expect(leeg.body.count).toBe(0);
    // The chosen value stays listed with 0 (to uncheck it); the facet ignores its own filter.
    expect(leeg.body.facetten.status).toEqual([
      { waarde: "In behandeling", label: "In behandeling", aantal: 1, gekozen: false },
      { waarde: "Ontvangen", label: "Ontvangen", aantal: 0, gekozen: true },
    ]);
  });

  it("raadpleger1 (both domains) finds both", async () => {
    const { body } = await zoek("raadpleger1", "q=dakkapel");
    expect(body.resultaten.map((r) => r.id).sort()).toEqual([zaakA, zaakB].sort());
  });

  it("rejects an invalid query with 400 problem+json", async () => {
    expect((await zoek("behandelaar1", "type=besluit")).status).toBe(400);
    expect((await zoek("behandelaar1", "pageSize=7")).status).toBe(400);
    expect((await zoek("behandelaar1", "datumVan=2026-13-45x")).status).toBe(400);
    expect((await zoek("behandelaar1", "datumVan=2026-05-01&datumTot=2026-01-01")).status).toBe(400);
  });
});
