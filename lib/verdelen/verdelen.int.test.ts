/**
 * Bulk verdelen/vrijgeven end to end below the browser: the route handlers (session mocked at
 * the lib/auth boundary), the compiled policy, a fake ZGW (msw), a fake PABC/Keycloak for the
 * groups, a real test database and the worker. Job lifecycle, per-item skip rules,
 * idempotency, resume after a crash, and 403 without the right with nothing changed.
 */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { createLogger } from "@/lib/log";

const staat = vi.hoisted(() => {
  process.env.ZGW_ZAKEN_API_URL = "http://zgw.test/zaken/api/v1";
  process.env.ZGW_CATALOGI_API_URL = "http://zgw.test/catalogi/api/v1";
  process.env.ZGW_DOCUMENTEN_API_URL = "http://zgw.test/documenten/api/v1";
  process.env.ZGW_BESLUITEN_API_URL = "http://zgw.test/besluiten/api/v1";
  process.env.ZGW_CLIENT_ID = "zac-test";
  process.env.ZGW_CLIENT_SECRET = "een-test-secret-van-genoeg-tekens";
  return { gebruiker: "coordinator1" as string, handle: null as unknown as DatabaseHandle };
});

vi.mock("@/lib/auth", async () => {
  const toegang = await import("@/lib/auth/toegang");
  return {
    demoZaaktypeDomeinen: toegang.demoZaaktypeDomeinen,
    // Keycloak: every group has behandelaar1 as its only member.
    getKeycloakAdminClient: () => ({
      groepen: async (naam: string) => [{ id: `id-${naam}`, naam }],
      groepLeden: async () => [{ id: "u1", gebruikersnaam: "behandelaar1", naam: "Bas Behandelaar", email: null }],
      groepenMetRol: async () => [],
    }),
    vereisApiGebruiker: vi.fn(async () => {
      const { ingelogd } = await import("@/lib/zaakafhandeling/testing/gebruikers");
      return ingelogd(staat.gebruiker as never);
    }),
  };
});
vi.mock("@/lib/db", async (origineel) => ({ ...(await origineel<typeof import("@/lib/db")>()), getDatabase: async () => staat.handle }));
// PABC: groep-a is authorised for domain A only, groep-ab for both domains.
vi.mock("@/lib/pabc", async (origineel) => ({
  ...(await origineel<typeof import("@/lib/pabc")>()),
  getPabcClient: () => ({
    groepen: async ({ zaaktype }: { zaaktype: string }) =>
      zaaktype === "Omgevingsvergunning" ? [{ naam: "groep-a", omschrijving: "Groep A" }, { naam: "groep-ab", omschrijving: "Groep AB" }] : [{ naam: "groep-ab", omschrijving: "Groep AB" }],
  }),
}));

import { taakStarten, taakHistorieVan, taakLezen } from "@/lib/taken";
import { taak, taakHistorie } from "@/lib/taken/schema";
import { vergeetCatalogus } from "@/lib/zaakafhandeling/catalogus";
import { DOMEIN_A, DOMEIN_B, type TestGebruiker } from "@/lib/zaakafhandeling/testing/gebruikers";
import { NepZgw, nepCatalogus, nepZaak } from "@/lib/zaakafhandeling/testing/nep-zgw";
import * as opdrachtenRoute from "@/app/api/verdelen/route";
import * as opdrachtRoute from "@/app/api/verdelen/[id]/route";
import * as groepenRoute from "@/app/api/verdelen/groepen/route";
import type { VerdeelOpdracht } from "./contract";
import { claimItems } from "./opslag";
import { verdeelItem, verdeelOpdracht } from "./schema";
import { VerdeelWerker } from "./werker";

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Obj = Record<string, unknown>;

const nep = new NepZgw();
const server = setupServer(...nep.handlers());
const log = createLogger({ level: "silent" });
let db: TestDatabase;
let cat: ReturnType<typeof nepCatalogus>;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: "error" });
  db = await createTestDatabase();
  staat.handle = db.handle;
});
afterAll(async () => {
  server.close();
  await db.dispose();
});
beforeEach(async () => {
  const d = db.handle.db;
  for (const tabel of [verdeelItem, verdeelOpdracht, taakHistorie, taak]) await d.delete(tabel);
  nep.data.clear();
  nep.vergeetVerzoeken();
  vergeetCatalogus();
  cat = nepCatalogus(nep, [DOMEIN_A, DOMEIN_B]);
  staat.gebruiker = "coordinator1";
});
afterEach(() => nep.vergeetVerzoeken());

function als(gebruiker: TestGebruiker) {
  staat.gebruiker = gebruiker;
}

async function roep(handler: unknown, method: string, params: Record<string, string> = {}, body?: unknown, zoek = ""): Promise<Response> {
  const request = new Request(`http://localhost/api/verdelen${zoek}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
  });
  return (handler as Handler)(request, { params: Promise.resolve(params) });
}

const werker = (opties: { batch?: number } = {}) => new VerdeelWerker({ db: db.handle.db, log, ...opties });

/** Runs the worker until nothing is left to claim. */
async function werkAf(w = werker()): Promise<void> {
  for (let i = 0; i < 50; i++) if ((await w.ronde()) === 0) return;
  throw new Error("werker werd niet klaar");
}

async function opdracht(id: string): Promise<VerdeelOpdracht> {
  const r = await roep(opdrachtRoute.GET, "GET", { id });
  expect(r.status).toBe(200);
  return (await r.json()) as VerdeelOpdracht;
}

function metBehandelaar(zaak: Obj, omschrijving: string, medewerker: string | null, groep: string | null) {
  const rt = cat[omschrijving]!.roltypen.behandelaar!;
  const basis = { zaak: zaak.url, roltype: rt.url, omschrijving: "behandelaar", omschrijvingGeneriek: "behandelaar", roltoelichting: "" };
  if (groep) nep.voegToe("rollen", { ...basis, betrokkeneType: "organisatorische_eenheid", betrokkeneIdentificatie: { identificatie: groep, naam: groep } });
  if (medewerker) nep.voegToe("rollen", { ...basis, betrokkeneType: "medewerker", betrokkeneIdentificatie: { identificatie: medewerker, achternaam: medewerker } });
}

const rollenVan = (zaak: Obj) => [...nep.lijst("rollen").values()].filter((r) => r.zaak === zaak.url);
const ident = (r: Obj) => (r.betrokkeneIdentificatie as Obj).identificatie;

async function eigenTabellen() {
  const d = db.handle.db;
  return JSON.stringify([await d.select().from(verdeelOpdracht), await d.select().from(verdeelItem), await d.select().from(taak), await d.select().from(taakHistorie)]);
}

describe("zonder het recht werklijst.zaken_taken_verdelen", () => {
  it("behandelaar1: 403 problem+json op starten en groepen, niets opgeslagen, niets naar de ZGW API geschreven", async () => {
    const zaak = nepZaak(nep, cat[DOMEIN_A]!);
    const voor = await eigenTabellen();
    als("behandelaar1");
    const start = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "verdelen", lijst: "zaken-werkvoorraad", selectie: { ids: [zaak.uuid] }, groep: "groep-a", reden: "r" });
    expect(start.status).toBe(403);
    expect(start.headers.get("content-type")).toContain("application/problem+json");
    expect(await start.json()).toMatchObject({ recht: "werklijst.zaken_taken_verdelen" });
    const alle = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "vrijgeven", lijst: "zaken-werkvoorraad", selectie: { filter: "" }, reden: "r" });
    expect(alle.status).toBe(403);
    const groepen = await roep(groepenRoute.GET, "GET", {}, undefined, `/groepen?zaaktype=${DOMEIN_A}`);
    expect(groepen.status).toBe(403);
    await werkAf();
    expect(await eigenTabellen()).toBe(voor);
    expect(nep.schrijfverzoeken()).toEqual([]);
  });
});

describe("verdelen van zaken", () => {
  it("per item: gelukt, of overgeslagen met reden; de reden staat in X-Audit-Toelichting van elke rolwijziging", async () => {
    const a = cat[DOMEIN_A]!;
    const z1 = nepZaak(nep, a);
    const z2 = nepZaak(nep, a);
    metBehandelaar(z2, DOMEIN_A, "iemand-anders", "oude-groep");
    const gesloten = nepZaak(nep, a, { gesloten: true });
    const andereDomein = nepZaak(nep, cat[DOMEIN_B]!);
    const weg = "00000000-0000-4000-8000-000000000000";
    nep.vergeetVerzoeken();

    const r = await roep(opdrachtenRoute.POST, "POST", {}, {
      actie: "verdelen",
      lijst: "zaken-werkvoorraad",
      selectie: { ids: [z1.uuid, z2.uuid, gesloten.uuid, andereDomein.uuid, weg] },
      groep: "groep-a",
      behandelaar: "behandelaar1",
      reden: "Herverdeling na ziekte",
    });
    expect(r.status).toBe(202);
    const gestart = (await r.json()) as VerdeelOpdracht;
    expect(gestart).toMatchObject({ status: "wachtend", totaal: 5, aantallen: { wachtend: 5 } });
    // Nothing is written before the worker runs.
    expect(nep.schrijfverzoeken()).toEqual([]);

    await werkAf();
    const klaar = await opdracht(gestart.id);
    expect(klaar.status).toBe("klaar");
    expect(klaar.aantallen).toEqual({ wachtend: 0, gelukt: 2, overgeslagen: 3, mislukt: 0 });
    const per = Object.fromEntries(klaar.items!.map((i) => [i.sleutel, i]));
    expect(per[String(z1.uuid)]).toMatchObject({ status: "gelukt", label: z1.identificatie });
    expect(per[String(z2.uuid)]).toMatchObject({ status: "gelukt" });
    expect(per[String(gesloten.uuid)]).toMatchObject({ status: "overgeslagen", reden: expect.stringContaining("afgehandeld") });
    expect(per[String(andereDomein.uuid)]).toMatchObject({ status: "overgeslagen", reden: expect.stringContaining("geen toegang") });
    expect(per[weg]).toMatchObject({ status: "overgeslagen", reden: expect.stringContaining("bestaat niet") });

    for (const z of [z1, z2]) {
      const behandelaar = rollenVan(z).filter((x) => x.omschrijvingGeneriek === "behandelaar");
      expect(behandelaar.map(ident).sort()).toEqual(["behandelaar1", "groep-a"]);
    }
    const schrijf = nep.schrijfverzoeken();
    expect(schrijf.length).toBeGreaterThanOrEqual(6); // z1: 2 POST; z2: 2 DELETE + 2 POST
    expect(schrijf.every((v) => v.toelichting === "Herverdeling na ziekte")).toBe(true);
    // The skipped zaken were not touched.
    for (const z of [gesloten, andereDomein]) expect(schrijf.some((v) => JSON.stringify(v.body ?? "").includes(String(z.url)))).toBe(false);
  });

  it("is idempotent: dezelfde opdracht-id start één opdracht; een afgerond item wordt niet opnieuw gedaan", async () => {
    const z1 = nepZaak(nep, cat[DOMEIN_A]!);
    const id = "11111111-1111-4111-8111-111111111111";
    const invoer = { id, actie: "verdelen", lijst: "zaken-werkvoorraad", selectie: { ids: [z1.uuid] }, groep: "groep-a", reden: "Eerste keer" };
    expect((await roep(opdrachtenRoute.POST, "POST", {}, invoer)).status).toBe(202);
    const nogmaals = await roep(opdrachtenRoute.POST, "POST", {}, invoer);
    expect(nogmaals.status).toBe(200);
    expect(await db.handle.db.select().from(verdeelOpdracht)).toHaveLength(1);
    await werkAf();
    const schrijf = nep.schrijfverzoeken().length;
    expect(schrijf).toBe(1); // the groep rol
    // The worker again, and the same POST again: nothing new.
    await werkAf();
    expect((await roep(opdrachtenRoute.POST, "POST", {}, invoer)).status).toBe(200);
    await werkAf();
    expect(nep.schrijfverzoeken()).toHaveLength(schrijf);
    // A new opdracht with the same target finds it already done and writes nothing.
    const tweede = await roep(opdrachtenRoute.POST, "POST", {}, { ...invoer, id: undefined });
    const o = (await tweede.json()) as VerdeelOpdracht;
    await werkAf();
    expect((await opdracht(o.id)).items).toEqual([expect.objectContaining({ status: "gelukt", reden: "Was al zo toegekend." })]);
    expect(nep.schrijfverzoeken()).toHaveLength(schrijf);
  });

  it("hervat na een herstart: items van een gecrashte werker worden na de lease opnieuw opgepakt, afgeronde niet", async () => {
    const a = cat[DOMEIN_A]!;
    const zaken = [nepZaak(nep, a), nepZaak(nep, a), nepZaak(nep, a)];
    const r = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "verdelen", lijst: "zaken-werkvoorraad", selectie: { ids: zaken.map((z) => z.uuid) }, groep: "groep-a", reden: "Hervat" });
    const { id } = (await r.json()) as VerdeelOpdracht;
    // First process: one item done, then it claims the rest and dies (lease 0 = already expired).
    expect(await werker({ batch: 1 }).ronde()).toBe(1);
    expect(await claimItems(db.handle.db, 10, 0)).toHaveLength(2);
    expect((await opdracht(id)).status).toBe("bezig");
    nep.vergeetVerzoeken();
    // "Restart": a new worker finishes the opdracht.
    await werkAf(werker());
    const klaar = await opdracht(id);
    expect(klaar).toMatchObject({ status: "klaar", aantallen: { gelukt: 3, wachtend: 0 } });
    const aangeraakt = nep.schrijfverzoeken().map((v) => String((v.body as Obj | null)?.zaak ?? ""));
    expect(aangeraakt).not.toContain(String(zaken[0]!.url));
    expect(new Set(aangeraakt)).toEqual(new Set([String(zaken[1]!.url), String(zaken[2]!.url)]));
  });

  it("twee werkers tegelijk (SKIP LOCKED): elk item wordt precies één keer verwerkt", async () => {
    const a = cat[DOMEIN_A]!;
    const zaken = Array.from({ length: 6 }, () => nepZaak(nep, a));
    nep.vergeetVerzoeken();
    const r = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "verdelen", lijst: "zaken-werkvoorraad", selectie: { ids: zaken.map((z) => z.uuid) }, groep: "groep-a", reden: "Samen" });
    const { id } = (await r.json()) as VerdeelOpdracht;
    const [w1, w2] = [werker({ batch: 2 }), werker({ batch: 2 })];
    for (let i = 0; i < 10; i++) {
      const [n1, n2] = await Promise.all([w1.ronde(), w2.ronde()]);
      if (n1 + n2 === 0) break;
    }
    expect((await opdracht(id)).aantallen).toMatchObject({ gelukt: 6, wachtend: 0 });
    // One groep rol per zaak: no zaak was done twice.
    const posts = nep.schrijfverzoeken().filter((v) => v.method === "POST");
    expect(posts).toHaveLength(6);
    expect(new Set(posts.map((v) => (v.body as Obj).zaak)).size).toBe(6);
  });

  it("een running werker pakt een nieuwe opdracht op na wek() en stopt netjes", async () => {
    const z1 = nepZaak(nep, cat[DOMEIN_A]!);
    const w = new VerdeelWerker({ db: db.handle.db, log, pollMs: 60_000 });
    w.start();
    try {
      const r = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "verdelen", lijst: "zaken-werkvoorraad", selectie: { ids: [z1.uuid] }, groep: "groep-a", reden: "Wek" });
      const { id } = (await r.json()) as VerdeelOpdracht;
      w.wek();
      await vi.waitFor(async () => expect((await opdracht(id)).status).toBe("klaar"), { timeout: 5000 });
    } finally {
      await w.stop();
    }
  });

  it("'alle die aan het filter voldoen': de selectie komt server-side uit dezelfde werklijstquery (alleen leesbare, open zaken)", async () => {
    const a = cat[DOMEIN_A]!;
    const open = [nepZaak(nep, a), nepZaak(nep, a), nepZaak(nep, a)];
    nepZaak(nep, a, { gesloten: true });
    nepZaak(nep, cat[DOMEIN_B]!);
    const r = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "verdelen", lijst: "zaken-werkvoorraad", selectie: { filter: "page=3&pageSize=10" }, groep: "groep-a", reden: "Alles" });
    expect(r.status).toBe(202);
    const { id, totaal } = (await r.json()) as VerdeelOpdracht;
    expect(totaal).toBe(3);
    const items = (await opdracht(id)).items!;
    expect(items.map((i) => i.sleutel).sort()).toEqual(open.map((z) => String(z.uuid)).sort());
    expect(items.map((i) => i.label).sort()).toEqual(open.map((z) => String(z.identificatie)).sort());
  });

  it("een groep die niet bevoegd is voor het zaaktype: overgeslagen; een medewerker buiten de groep: 400", async () => {
    als("recordmanager1");
    const za = nepZaak(nep, cat[DOMEIN_A]!);
    const zb = nepZaak(nep, cat[DOMEIN_B]!);
    nep.vergeetVerzoeken();
    const r = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "verdelen", lijst: "zaken-werkvoorraad", selectie: { ids: [za.uuid, zb.uuid] }, groep: "groep-a", reden: "r" });
    const { id } = (await r.json()) as VerdeelOpdracht;
    await werkAf();
    const per = Object.fromEntries((await opdracht(id)).items!.map((i) => [i.sleutel, i]));
    expect(per[String(za.uuid)]?.status).toBe("gelukt");
    expect(per[String(zb.uuid)]).toMatchObject({ status: "overgeslagen", reden: expect.stringContaining("niet bevoegd") });
    expect(rollenVan(zb)).toEqual([]);

    const fout = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "verdelen", lijst: "zaken-werkvoorraad", selectie: { ids: [za.uuid] }, groep: "groep-a", behandelaar: "onbekende", reden: "r" });
    expect(fout.status).toBe(400);
    expect(await fout.json()).toMatchObject({ invalidParams: [expect.objectContaining({ name: "behandelaar" })] });
    const zonderReden = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "vrijgeven", lijst: "zaken-werkvoorraad", selectie: { ids: [za.uuid] }, reden: " " });
    expect(zonderReden.status).toBe(400);
  });

  it("groepen: alleen de groepen die voor ELK gekozen zaaktype bevoegd zijn", async () => {
    als("recordmanager1");
    const een = await roep(groepenRoute.GET, "GET", {}, undefined, `/groepen?zaaktype=${DOMEIN_A}`);
    expect(((await een.json()) as { id: string }[]).map((g) => g.id)).toEqual(["groep-a", "groep-ab"]);
    const beide = await roep(groepenRoute.GET, "GET", {}, undefined, `/groepen?zaaktype=${DOMEIN_A}&zaaktype=${encodeURIComponent(DOMEIN_B)}`);
    expect(((await beide.json()) as { id: string }[]).map((g) => g.id)).toEqual(["groep-ab"]);
  });
});

describe("vrijgeven en taken", () => {
  it("vrijgeven van een zaak verwijdert alleen de medewerker (groep blijft), met de reden", async () => {
    const z = nepZaak(nep, cat[DOMEIN_A]!);
    metBehandelaar(z, DOMEIN_A, "behandelaar1", "groep-a");
    const zonder = nepZaak(nep, cat[DOMEIN_A]!);
    nep.vergeetVerzoeken();
    const r = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "vrijgeven", lijst: "zaken-werkvoorraad", selectie: { ids: [z.uuid, zonder.uuid] }, reden: "Vakantie" });
    const { id } = (await r.json()) as VerdeelOpdracht;
    await werkAf();
    expect(rollenVan(z).map(ident)).toEqual(["groep-a"]);
    expect(nep.schrijfverzoeken()).toEqual([expect.objectContaining({ method: "DELETE", toelichting: "Vakantie" })]);
    expect((await opdracht(id)).aantallen).toMatchObject({ gelukt: 2, overgeslagen: 0 });
  });

  it("taken verdelen en vrijgeven: de reden in taak_historie; een andere gebruiker ziet de opdracht niet", async () => {
    const zaak = nepZaak(nep, cat[DOMEIN_A]!);
    const t = await taakStarten(
      db.handle.db,
      {
        taaktype: "advies_intern",
        zaak: { uuid: String(zaak.uuid), url: String(zaak.url), identificatie: String(zaak.identificatie), zaaktype: DOMEIN_A },
        gegevens: { taaktype: "advies_intern", vraag: "?" },
        groep: null,
        behandelaar: null,
        streefdatum: null,
        fataledatum: null,
      },
      { id: "behandelaar1", naam: "Bas" },
    );
    const r = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "verdelen", lijst: "taken-werkvoorraad", selectie: { ids: [t.id] }, groep: "groep-a", behandelaar: "behandelaar1", reden: "Taak verdeeld" });
    const { id } = (await r.json()) as VerdeelOpdracht;
    await werkAf();
    expect(await taakLezen(db.handle.db, t.id)).toMatchObject({ groep: "groep-a", behandelaarId: "behandelaar1", status: "toegekend" });
    const v = await roep(opdrachtenRoute.POST, "POST", {}, { actie: "vrijgeven", lijst: "taken-werkvoorraad", selectie: { ids: [t.id] }, reden: "Taak vrij" });
    expect(v.status).toBe(202);
    await werkAf();
    expect(await taakLezen(db.handle.db, t.id)).toMatchObject({ groep: "groep-a", behandelaarId: null, status: "niet_toegekend" });
    const historie = await taakHistorieVan(db.handle.db, t.id);
    expect(historie.map((h) => h.toelichting)).toEqual(["", "Taak verdeeld", "Taak vrij"]);
    expect((await opdracht(id)).items).toEqual([expect.objectContaining({ status: "gelukt", label: `Advies intern (${String(zaak.identificatie)})` })]);
    als("recordmanager1");
    expect((await roep(opdrachtRoute.GET, "GET", { id })).status).toBe(404);
    const lijst = (await (await roep(opdrachtenRoute.GET, "GET")).json()) as unknown[];
    expect(lijst).toEqual([]);
  });
});
