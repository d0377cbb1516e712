/**
 * The CSV export endpoint against a fake external ZGW (msw) and a real test database; the
 * session is mocked at the lib/auth boundary as in lib/zaakafhandeling/proxy.int.test.ts.
 * The local path (own Zaken API: keyset over zrc_zaak) is checked against the API path on the
 * same zaken: same rows, same order.
 */
import { randomUUID } from "node:crypto";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { IngelogdeGebruiker } from "@/lib/auth/poort";
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
    vereisApiGebruiker: vi.fn(async () => gebruiker(staat.gebruiker)),
  };
});
vi.mock("@/lib/db", async (origineel) => ({ ...(await origineel<typeof import("@/lib/db")>()), getDatabase: async () => staat.handle }));

import { taakStarten } from "@/lib/taken";
import { taak, taakHistorie } from "@/lib/taken/schema";
import { medewerkerContext } from "@/lib/zaakafhandeling";
import { parseWerklijstQuery } from "@/lib/zaakafhandeling/contract";
import { vergeetCatalogus } from "@/lib/zaakafhandeling/catalogus";
import { DOMEIN_A, DOMEIN_B, ingelogd } from "@/lib/zaakafhandeling/testing/gebruikers";
import { NepZgw, nepCatalogus, nepZaak } from "@/lib/zaakafhandeling/testing/nep-zgw";
import { zrcRol } from "@/lib/zgw/zaken/relaties/schema";
import { zrcStatus, zrcZaak } from "@/lib/zgw/zaken/schema";
import * as exportRoute from "@/app/api/werklijsten/[lijst]/export/route";
import { werklijstExport } from "./werklijst";

/** Demo users plus export users: beheerder-a holds the beheerder role for domain A only. */
async function gebruiker(naam: string): Promise<IngelogdeGebruiker> {
  if (naam !== "beheerder-a" && naam !== "beheerder") return ingelogd(naam as never);
  const { beoordeelToegang } = await import("@/lib/auth/toegang");
  const perZaaktype: Record<string, string[]> = naam === "beheerder-a" ? { [DOMEIN_A]: ["beheerder"] } : { [DOMEIN_A]: ["beheerder"], [DOMEIN_B]: ["beheerder"] };
  const g = { id: naam, naam: `Test ${naam}`, email: null, groepen: [], functioneleRollen: [], clientRollen: [] };
  const uitkomst = beoordeelToegang(g, { iamModus: "pabc", pabc: { perZaaktype, alleZaaktypen: [] } });
  if (!uitkomst.toegang) throw new Error("geen toegang");
  return { gebruiker: g, policyGebruiker: uitkomst.policyGebruiker, beheerder: uitkomst.beheerder, rollen: [] };
}

const nep = new NepZgw();
const server = setupServer(...nep.handlers());
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
  for (const tabel of [taakHistorie, taak, zrcRol, zrcStatus, zrcZaak]) await d.delete(tabel);
  nep.data.clear();
  nep.vergeetVerzoeken();
  vergeetCatalogus();
  cat = nepCatalogus(nep, [DOMEIN_A, DOMEIN_B]);
  staat.gebruiker = "behandelaar1";
});

async function exporteer(lijst: string, zoek = ""): Promise<Response> {
  return (exportRoute.GET as (r: Request, s: { params: Promise<Record<string, string>> }) => Promise<Response>)(
    new Request(`http://localhost/api/werklijsten/${lijst}/export${zoek}`),
    { params: Promise.resolve({ lijst }) },
  );
}

async function csv(response: Response): Promise<{ bom: boolean; regels: string[][] }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const tekst = new TextDecoder().decode(bytes);
  const regels = tekst.split("\r\n").filter((r) => r !== "").map((r) => r.split(";"));
  return { bom, regels };
}

describe("werklijst-export: recht", () => {
  it("403 problem+json zonder werklijst.zaken_taken_exporteren, en er wordt niets opgevraagd", async () => {
    nepZaak(nep, cat[DOMEIN_A]!);
    for (const naam of ["behandelaar1", "coordinator1", "recordmanager1", "raadpleger1"]) {
      staat.gebruiker = naam;
      const r = await exporteer("zaken-werkvoorraad");
      expect(r.status, naam).toBe(403);
      expect(r.headers.get("Content-Type")).toContain("application/problem+json");
      expect(((await r.json()) as { recht?: string }).recht).toBe("werklijst.zaken_taken_exporteren");
    }
    expect(nep.verzoeken.some((v) => v.pad.endsWith("/_zoek"))).toBe(false);
  });

  it("documentenlijsten kun je niet exporteren (404)", async () => {
    staat.gebruiker = "beheerder";
    expect((await exporteer("inbox-documenten")).status).toBe(404);
  });
});

describe("werklijst-export via een externe Zaken API (_zoek, pagina voor pagina)", () => {
  it("alle pagina's, alleen leesbare zaaktypen, met BOM, kop en Nederlandse datums", async () => {
    const a = cat[DOMEIN_A]!;
    for (let i = 0; i < 230; i++) nepZaak(nep, a);
    for (let i = 0; i < 4; i++) nepZaak(nep, cat[DOMEIN_B]!);
    nepZaak(nep, a, { gesloten: true });
    staat.gebruiker = "beheerder-a";
    const r = await exporteer("zaken-werkvoorraad");
    expect(r.status).toBe(200);
    expect(r.headers.get("Content-Disposition")).toMatch(/^attachment; filename="zaken-werkvoorraad-\d{2}-\d{2}-\d{4}\.csv"/);
    const { bom, regels } = await csv(r);
    expect(bom).toBe(true);
    expect(regels[0]).toEqual([
      "Zaak",
      "Zaaktype",
      "Omschrijving",
      "Status",
      "Startdatum",
      "Registratiedatum",
      "Streefdatum",
      "Fatale datum",
      "Einddatum",
      "Groep",
      "Behandelaar",
      "Opgeschort",
    ]);
    // 230 open zaken of A over three ZGW pages; none of B, not the closed one.
    expect(regels).toHaveLength(231);
    expect(regels.slice(1).every((c) => c[1] === DOMEIN_A && c[3] === "Ontvangen" && c[4] === "02-01-2026" && c[8] === "")).toBe(true);
    const zoeken = nep.verzoeken.filter((v) => v.pad.endsWith("/_zoek"));
    expect(zoeken.length).toBe(3);
    for (const z of zoeken) expect((z.body as { zaaktype__in: string[] }).zaaktype__in).toEqual([a.zaaktype.url]);
  });

  it("neemt de filters van de werklijst over (identificatie, zaaktype)", async () => {
    const z = nepZaak(nep, cat[DOMEIN_A]!, { omschrijving: "=HYPERLINK(\"x\")" });
    nepZaak(nep, cat[DOMEIN_A]!);
    nepZaak(nep, cat[DOMEIN_B]!);
    staat.gebruiker = "beheerder";
    const { regels } = await csv(await exporteer("zaken-werkvoorraad", `?identificatie=${z.identificatie}`));
    expect(regels.map((c) => c[0]).slice(1)).toEqual([z.identificatie]);
    // Formula escaped and quoted.
    expect(regels[1]?.[2]).toBe('"\'=HYPERLINK(""x"")"');
    const alleenB = await csv(await exporteer("zaken-werkvoorraad", `?zaaktype=${encodeURIComponent(DOMEIN_B)}`));
    expect(alleenB.regels.slice(1).map((c) => c[1])).toEqual([DOMEIN_B]);
    // A filter on a zaaktype the user may not read gives an empty file (header only), not the other zaken.
    staat.gebruiker = "beheerder-a";
    const niets = await csv(await exporteer("zaken-werkvoorraad", `?zaaktype=${encodeURIComponent(DOMEIN_B)}`));
    expect(niets.regels).toHaveLength(1);
  });

  it("400 bij een onbekende sorteerkolom, voordat er iets verstuurd is", async () => {
    staat.gebruiker = "beheerder";
    expect((await exporteer("zaken-werkvoorraad", "?sort=omschrijving")).status).toBe(400);
    expect((await exporteer("zaken-werkvoorraad", "?startdatumVan=gisteren")).status).toBe(400);
  });

  it("taken-werkvoorraad: alleen taken van leesbare zaaktypen", async () => {
    const maak = (zaaktype: string, id: string) =>
      taakStarten(
        db.handle.db,
        {
          taaktype: "advies_intern",
          zaak: { uuid: randomUUID(), url: `http://zgw.test/zaken/api/v1/zaken/${id}`, identificatie: id, zaaktype },
          gegevens: { taaktype: "advies_intern", vraag: "?" },
          groep: "groep-a",
          behandelaar: null,
          streefdatum: "2026-12-01",
          fataledatum: null,
        },
        { id: "behandelaar1", naam: "Test behandelaar1" },
      );
    await maak(DOMEIN_A, "ZAAK-A");
    await maak(DOMEIN_B, "ZAAK-B");
    staat.gebruiker = "beheerder-a";
    const { regels } = await csv(await exporteer("taken-werkvoorraad"));
    expect(regels[0]?.[0]).toBe("Taak");
    expect(regels.slice(1).map((c) => [c[0], c[1], c[3], c[5]])).toEqual([["Advies intern", "ZAAK-A", "Niet toegekend", "01-12-2026"]]);
    expect(regels[1]?.[4]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
  });
});

describe("werklijst-export uit de eigen Zaken API (keyset over zrc_zaak)", () => {
  /** The same zaken in the fake API and in the own tables, with unique dates and identificaties (no ties in the fake's sort). */
  async function spiegel(aantal: number) {
    const d = db.handle.db;
    for (let i = 0; i < aantal; i++) {
      const zt = i % 5 === 4 ? cat[DOMEIN_B]! : cat[DOMEIN_A]!;
      const gesloten = i % 7 === 3;
      const z = nepZaak(nep, zt, { gesloten, omschrijving: `Zaak ${i}; "test"` });
      const dag = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
      // Unique and not in insertion order, so the sort really sorts.
      const start = dag((i * 37) % 400);
      z.identificatie = `ZAAK-${String((i * 53) % 1000).padStart(4, "0")}`;
      z.startdatum = start;
      z.registratiedatum = dag((i * 41) % 400);
      if (gesloten) z.einddatum = dag(400 + ((i * 11) % 97));
      const rollen = [];
      if (i % 3 !== 0) {
        rollen.push(nep.voegToe("rollen", { zaak: z.url, betrokkeneType: "medewerker", roltype: zt.roltypen.behandelaar!.url, omschrijving: "behandelaar", omschrijvingGeneriek: "behandelaar", roltoelichting: "", betrokkeneIdentificatie: { identificatie: `mw${i % 4}`, achternaam: `Medewerker ${i % 4}` } }));
      }
      rollen.push(nep.voegToe("rollen", { zaak: z.url, betrokkeneType: "organisatorische_eenheid", roltype: zt.roltypen.behandelaar!.url, omschrijving: "behandelaar", omschrijvingGeneriek: "behandelaar", roltoelichting: "", betrokkeneIdentificatie: { identificatie: "groep-a", naam: "Groep A" } }));
      const uuid = String(z.uuid);
      const statusUuid = String(z.status).split("/").pop()!;
      const status = nep.haal("statussen", statusUuid)!;
      await d.insert(zrcZaak).values({
        uuid,
        zaaktypeUrl: String(z.zaaktype),
        identificatie: String(z.identificatie),
        bronorganisatie: "002220647",
        vertrouwelijkheidaanduiding: "openbaar",
        vertrouwelijkheid: 1,
        registratiedatum: String(z.registratiedatum),
        startdatum: start,
        einddatum: (z.einddatum as string | null) ?? null,
        einddatumGepland: String(z.einddatumGepland),
        uiterlijkeEinddatumAfdoening: String(z.uiterlijkeEinddatumAfdoening),
        statusUuid,
        gegevens: { omschrijving: z.omschrijving, opschorting: { indicatie: false, reden: "" } },
      });
      await d.insert(zrcStatus).values({ uuid: statusUuid, zaakUuid: uuid, statustypeUrl: String(status.statustype), datumStatusGezet: new Date(String(status.datumStatusGezet)), gegevens: {} });
      for (const r of rollen) {
        await d.insert(zrcRol).values({
          uuid: String(r.uuid),
          zaakUuid: uuid,
          betrokkeneType: String(r.betrokkeneType),
          roltypeUrl: String(r.roltype),
          omschrijving: "behandelaar",
          omschrijvingGeneriek: "behandelaar",
          registratiedatum: new Date(),
          betrokkeneIdentificatie: r.betrokkeneIdentificatie as Record<string, unknown>,
          gegevens: {},
        });
      }
    }
  }

  async function beideWegen(lijst: "zaken-werkvoorraad" | "afgehandelde-zaken" | "mijn-zaken", zoek: string) {
    const ctx = await medewerkerContext(new Request("http://localhost/"));
    const q = parseWerklijstQuery(new URLSearchParams(zoek));
    if (!q.success) throw q.error;
    const api = await (await werklijstExport(ctx, lijst, q.data, { lokaal: false })).text();
    const lokaal = await (await werklijstExport(ctx, lijst, q.data, { lokaal: true })).text();
    return { api, lokaal };
  }

  it("geeft dezelfde rijen in dezelfde volgorde als _zoek, voor elke sortering", async () => {
    await spiegel(140);
    staat.gebruiker = "beheerder-a";
    for (const [lijst, zoek] of [
      ["zaken-werkvoorraad", ""],
      ["zaken-werkvoorraad", "sort=identificatie&order=desc"],
      ["zaken-werkvoorraad", "sort=registratiedatum"],
      ["zaken-werkvoorraad", "sort=startdatum&order=desc"],
      ["afgehandelde-zaken", ""],
      ["afgehandelde-zaken", "sort=startdatum"],
    ] as const) {
      const { api, lokaal } = await beideWegen(lijst, zoek);
      const n = api.split("\r\n").length;
      expect(n, `${lijst}?${zoek}`).toBeGreaterThan(3);
      expect(lokaal, `${lijst}?${zoek}`).toBe(api);
    }
    // Date filters (the fake API ignores them, so only the local path): inclusive bounds.
    const ctx = await medewerkerContext(new Request("http://localhost/"));
    const q = parseWerklijstQuery(new URLSearchParams("startdatumVan=2025-03-01&startdatumTot=2025-09-30"));
    if (!q.success) throw q.error;
    const gefilterd = (await (await werklijstExport(ctx, "zaken-werkvoorraad", q.data, { lokaal: true })).text()).split("\r\n").filter(Boolean).slice(1);
    expect(gefilterd.length).toBeGreaterThan(10);
    for (const regel of gefilterd) {
      const iso = regel.split(";")[5]!.split("-").reverse().join("-");
      expect(iso >= "2025-03-01" && iso <= "2025-09-30", regel).toBe(true);
    }
    // Domain B (every fifth zaak) is not readable for beheerder-a: nowhere in the file.
    const { lokaal } = await beideWegen("zaken-werkvoorraad", "");
    expect(lokaal).not.toContain(DOMEIN_B);
    expect(lokaal).toContain("Medewerker 1");
    expect(lokaal).toContain("Groep A");
  });

  it("mijn-zaken en het behandelaarfilter: de rol-filters van de API", async () => {
    await spiegel(40);
    staat.gebruiker = "beheerder-a";
    const { api, lokaal } = await beideWegen("zaken-werkvoorraad", "behandelaar=mw2");
    expect(lokaal).toBe(api);
    expect(lokaal.split("\r\n").filter(Boolean).length).toBeGreaterThan(2);
  });

  it("pagineert over gelijke sorteerwaarden zonder rijen te verliezen of dubbel te geven", async () => {
    const d = db.handle.db;
    const zt = String(cat[DOMEIN_A]!.zaaktype.url);
    const rijen = Array.from({ length: 2500 }, (_, i) => ({
      uuid: randomUUID(),
      zaaktypeUrl: zt,
      identificatie: `ZAAK-T-${String(i).padStart(5, "0")}`,
      bronorganisatie: "002220647",
      vertrouwelijkheidaanduiding: "openbaar",
      vertrouwelijkheid: 1,
      registratiedatum: "2026-01-01",
      // Only three distinct start dates: every page boundary falls inside a run of equal values.
      startdatum: `2026-01-0${(i % 3) + 1}`,
      gegevens: { omschrijving: `T${i}` },
    }));
    await d.insert(zrcZaak).values(rijen);
    staat.gebruiker = "beheerder-a";
    const ctx = await medewerkerContext(new Request("http://localhost/"));
    for (const order of ["asc", "desc"]) {
      const q = parseWerklijstQuery(new URLSearchParams(`sort=startdatum&order=${order}`));
      if (!q.success) throw q.error;
      const tekst = await (await werklijstExport(ctx, "zaken-werkvoorraad", q.data, { lokaal: true })).text();
      const ids = tekst.split("\r\n").filter(Boolean).slice(1).map((r) => r.split(";")[0]);
      expect(ids).toHaveLength(2500);
      expect(new Set(ids).size).toBe(2500);
      const datums = tekst.split("\r\n").filter(Boolean).slice(1).map((r) => r.split(";")[4]!.split("-").reverse().join("-"));
      const gesorteerd = [...datums].sort();
      expect(datums).toEqual(order === "asc" ? gesorteerd : gesorteerd.reverse());
    }
  });
});
