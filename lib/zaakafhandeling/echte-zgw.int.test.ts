/**
 * The proxy against this app's REAL ZGW route handlers (app/<api>/api/v1/**), reached over the
 * default loopback roots: msw hands each request to the route module Next.js would pick. The
 * session is mocked at lib/auth; database, policy, ZGW APIs and demo catalogus are real.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";

const staat = vi.hoisted(() => {
  process.env.ZGW_EIGEN_CLIENT_SECRET = "echte-zgw-test-secret-genoeg";
  return { gebruiker: "behandelaar1" as string };
});

vi.mock("@/lib/auth", async () => {
  const toegang = await import("@/lib/auth/toegang");
  return {
    demoZaaktypeDomeinen: toegang.demoZaaktypeDomeinen,
    getKeycloakAdminClient: () => {
      throw new Error("geen Keycloak in deze test");
    },
    vereisApiGebruiker: vi.fn(async () => {
      const { ingelogd } = await import("./testing/gebruikers");
      return ingelogd(staat.gebruiker as never);
    }),
  };
});

import { runSeeds } from "@/lib/db";
import { catalogiDemoSeedStap } from "@/lib/zgw/catalogi/seed";
import { zorgVoorEigenZgwClient } from "@/lib/zgw/autorisaties";
import { koppelTestOmgeving } from "@/lib/zgw/testing/zgw-test";
import { vergeetCatalogus } from "./catalogus";
import { DOMEIN_A } from "./testing/gebruikers";

import * as zakenRoute from "@/app/api/zaken/route";
import * as zaakRoute from "@/app/api/zaken/[uuid]/route";
import * as opschortenRoute from "@/app/api/zaken/[uuid]/opschorten/route";
import * as werklijstRoute from "@/app/api/werklijsten/[lijst]/route";
import * as historieRoute from "@/app/api/zaken/[uuid]/historie/route";
import * as optiesRoute from "@/app/api/zaken/[uuid]/opties/route";
import * as documentenRoute from "@/app/api/zaken/[uuid]/documenten/route";
import * as deelRoute from "@/app/api/documenten/[uuid]/bestandsdelen/[volgnummer]/route";
import * as uploadAfrondenRoute from "@/app/api/documenten/[uuid]/upload-afronden/route";
import * as inhoudRoute from "@/app/api/documenten/[uuid]/inhoud/route";
import * as statusRoute from "@/app/api/zaken/[uuid]/status/route";
import * as besluitenRoute from "@/app/api/zaken/[uuid]/besluiten/route";
import * as afhandelenRoute from "@/app/api/zaken/[uuid]/afhandelen/route";
import * as heropenenRoute from "@/app/api/zaken/[uuid]/heropenen/route";

const APP = path.resolve(import.meta.dirname, "../../app");

/** Next.js-like lookup: literal directory first, else a `[param]` directory. */
function zoekRoute(pad: string): { bestand: string; params: Record<string, string> } | null {
  let dir = APP;
  const params: Record<string, string> = {};
  for (const deel of pad.split("/").filter(Boolean)) {
    // Next.js: a folder starting with "_" is private; `%5F` makes it a route segment (`_zoek`).
    const letterlijk = [path.join(dir, deel), path.join(dir, deel.replace(/^_/, "%5F"))].find(existsDir);
    if (letterlijk) {
      dir = letterlijk;
      continue;
    }
    const dynamisch = readdirSync(dir).find((d) => /^\[[^.]+\]$/.test(d));
    if (!dynamisch) return null;
    params[dynamisch.slice(1, -1)] = decodeURIComponent(deel);
    dir = path.join(dir, dynamisch);
  }
  return { bestand: path.join(dir, "route.ts"), params };
}

function existsDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

const server = setupServer(
  http.all("http://localhost:3000/:api/api/v1/*", async ({ request }) => {
    const url = new URL(request.url);
    const route = zoekRoute(url.pathname);
    if (!route) return new Response("geen route", { status: 404 });
    const routeModule = (await import(/* @vite-ignore */ route.bestand)) as Record<string, Handler>;
    const handler = routeModule[request.method];
    if (!handler) return new Response(null, { status: 405 });
    return handler(request, { params: Promise.resolve(route.params) });
  }),
);

let db: TestDatabase;
let herstel: () => void;

beforeAll(async () => {
  db = await createTestDatabase();
  herstel = koppelTestOmgeving(db.handle);
  // Only the demo catalogus: the demo zaken data set is large and not needed here.
  await runSeeds(db.handle.db, [catalogiDemoSeedStap]);
  await zorgVoorEigenZgwClient(db.handle.db);
  vergeetCatalogus();
  server.listen({ onUnhandledRequest: "error" });
});
afterAll(async () => {
  server.close();
  herstel();
  await db.dispose();
});

async function roep(handler: unknown, method: string, params: Record<string, string>, body?: unknown, zoek = ""): Promise<Response> {
  const request = new Request(`http://localhost:3000/api/x${zoek}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
  });
  return (handler as Handler)(request, { params: Promise.resolve(params) });
}

describe("proxy tegen de eigen ZGW-API's (loopback)", () => {
  it("behandelaar1 start een zaak, ziet hem in de werkvoorraad en in detail, schort op; raadpleger1 mag niet opschorten", async () => {
    staat.gebruiker = "behandelaar1";
    const start = await roep(zakenRoute.POST, "POST", {}, { zaaktype: DOMEIN_A, omschrijving: "Dakkapel", initiator: { soort: "persoon", bsn: "999993653", naam: "Jansen" } });
    const gestart = (await start.json()) as { uuid: string; identificatie: string; detail?: string };
    expect(start.status, JSON.stringify(gestart)).toBe(201);

    const lijst = await roep(werklijstRoute.GET, "GET", { lijst: "zaken-werkvoorraad" });
    const werkvoorraad = (await lijst.json()) as { count: number; rijen: { identificatie: string; status: string | null; behandelaarId: string | null }[] };
    expect(lijst.status, JSON.stringify(werkvoorraad)).toBe(200);
    const rij = werkvoorraad.rijen.find((r) => r.identificatie === gestart.identificatie);
    expect(rij).toMatchObject({ status: "Ontvangen", behandelaarId: "behandelaar1" });

    const detail = (await (await roep(zaakRoute.GET, "GET", { uuid: gestart.uuid })).json()) as { identificatie: string; rollen: { identificatie: string }[]; rechten: { opschorten: boolean } };
    expect(detail.identificatie).toBe(gestart.identificatie);
    expect(detail.rollen.map((r) => r.identificatie)).toContain("999993653");
    expect(detail.rechten.opschorten).toBe(true);

    staat.gebruiker = "raadpleger1";
    const geweigerd = await roep(opschortenRoute.POST, "POST", { uuid: gestart.uuid }, { reden: "x", duurDagen: 3 });
    expect(geweigerd.status).toBe(403);
    const alsLezer = (await (await roep(zaakRoute.GET, "GET", { uuid: gestart.uuid })).json()) as { rollen: { identificatie: string }[] };
    expect(alsLezer.rollen.map((r) => r.identificatie)).toContain("*****3653");

    staat.gebruiker = "behandelaar1";
    const opgeschort = await roep(opschortenRoute.POST, "POST", { uuid: gestart.uuid }, { reden: "Wacht op stukken", duurDagen: 3 });
    expect(opgeschort.status, await opgeschort.clone().text()).toBe(204);
    const historie = (await (await roep(historieRoute.GET, "GET", { uuid: gestart.uuid })).json()) as { gebruiker: string; toelichting: string }[];
    expect(historie.some((h) => h.toelichting === "Opgeschort: Wacht op stukken" && h.gebruiker === "Test behandelaar1")).toBe(true);
  });

  it("upload in delen, status, besluit en afhandelen via de echte API's; recordmanager1 heropent", async () => {
    staat.gebruiker = "behandelaar1";
    const start = await roep(zakenRoute.POST, "POST", {}, { zaaktype: DOMEIN_A, omschrijving: "Kapvergunning" });
    const { uuid } = (await start.json()) as { uuid: string };
    const opties = (await (await roep(optiesRoute.GET, "GET", { uuid })).json()) as {
      informatieobjecttypen: { url: string; omschrijving: string }[];
      statustypen: { url: string; eind: boolean }[];
      besluittypen: { url: string }[];
      resultaattypen: { url: string }[];
    };
    // brc-008: a document linked to a besluit needs an informatieobjecttype of the besluittype.
    const iot = opties.informatieobjecttypen.find((t) => t.omschrijving === "Besluit") ?? opties.informatieobjecttypen[0]!;
    const sessie = await roep(documentenRoute.POST, "POST", { uuid }, { titel: "Besluitbrief", informatieobjecttype: iot.url, bestandsnaam: "a.txt", formaat: "text/plain", bestandsomvang: 11 });
    const s = (await sessie.json()) as { document: string; delen: { volgnummer: number; omvang: number }[] };
    expect(sessie.status, JSON.stringify(s)).toBe(201);
    const inhoud = new TextEncoder().encode("hallo wereld".slice(0, 11));
    let start2 = 0;
    for (const deel of s.delen) {
      const stuk = inhoud.slice(start2, start2 + deel.omvang);
      start2 += deel.omvang;
      const request = new Request("http://localhost:3000/api/x", { method: "PUT", body: stuk, headers: { "Content-Type": "application/octet-stream", "Content-Length": String(stuk.length) } });
      const r = await (deelRoute.PUT as unknown as Handler)(request, { params: Promise.resolve({ uuid: s.document, volgnummer: String(deel.volgnummer) }) });
      expect(r.status, await r.clone().text()).toBe(200);
    }
    const klaar = await roep(uploadAfrondenRoute.POST, "POST", { uuid: s.document });
    expect(klaar.status, await klaar.clone().text()).toBe(200);
    const download = await roep(inhoudRoute.GET, "GET", { uuid: s.document });
    expect(await download.text()).toBe("hallo werel");

    const tweede = opties.statustypen.find((t) => !t.eind && t !== opties.statustypen[0])!;
    expect((await roep(statusRoute.POST, "POST", { uuid }, { statustype: tweede.url })).status).toBe(204);
    const besluit = await roep(besluitenRoute.POST, "POST", { uuid }, { besluittype: opties.besluittypen[0]!.url, datum: "2026-06-01", ingangsdatum: "2026-06-01", documenten: [s.document] });
    expect(besluit.status, await besluit.clone().text()).toBe(201);
    const af = await roep(afhandelenRoute.POST, "POST", { uuid }, { resultaattype: opties.resultaattypen[0]!.url });
    expect(af.status, await af.clone().text()).toBe(204);
    const gesloten = (await (await roep(zaakRoute.GET, "GET", { uuid })).json()) as { open: boolean; besluiten: unknown[]; documenten: unknown[]; rechten: { heropenen: boolean } };
    expect(gesloten).toMatchObject({ open: false });
    expect(gesloten.besluiten).toHaveLength(1);
    expect(gesloten.documenten).toHaveLength(1);
    expect(gesloten.rechten.heropenen).toBe(false);

    staat.gebruiker = "recordmanager1";
    const heropend = await roep(heropenenRoute.POST, "POST", { uuid }, { reden: "Bezwaar gegrond" });
    expect(heropend.status, await heropend.clone().text()).toBe(204);
    expect(((await (await roep(zaakRoute.GET, "GET", { uuid })).json()) as { open: boolean; heropend: boolean })).toMatchObject({ open: true, heropend: true });
  });
});
