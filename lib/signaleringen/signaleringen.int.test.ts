/**
 * Signaleringen end to end below the browser: the proxy's route handlers (zaak toekennen, taak
 * starten/toekennen, document toevoegen) against a fake ZGW (msw) and a real test database,
 * the dashboard/signaleringen endpoints, the internal job endpoints, and e-mail through a tiny
 * local SMTP server (nodemailer really talks SMTP to it).
 */
import { createServer, type Server } from "node:net";
import { eq } from "drizzle-orm";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";

const SLEUTEL = "een-interne-sleutel-van-genoeg-tekens";
const staat = vi.hoisted(() => {
  process.env.ZGW_ZAKEN_API_URL = "http://zgw.test/zaken/api/v1";
  process.env.ZGW_CATALOGI_API_URL = "http://zgw.test/catalogi/api/v1";
  process.env.ZGW_DOCUMENTEN_API_URL = "http://zgw.test/documenten/api/v1";
  process.env.ZGW_BESLUITEN_API_URL = "http://zgw.test/besluiten/api/v1";
  process.env.ZGW_CLIENT_ID = "zac-test";
  process.env.ZGW_CLIENT_SECRET = "een-test-secret-van-genoeg-tekens";
  process.env.INTERNAL_API_KEY = "een-interne-sleutel-van-genoeg-tekens";
  delete process.env.SMTP_HOST;
  return { gebruiker: "behandelaar1" as string, handle: null as unknown as DatabaseHandle };
});

vi.mock("@/lib/auth", async () => {
  const toegang = await import("@/lib/auth/toegang");
  return {
    demoZaaktypeDomeinen: toegang.demoZaaktypeDomeinen,
    getKeycloakAdminClient: () => {
      throw new Error("geen Keycloak in deze test");
    },
    vereisApiGebruiker: vi.fn(async () => {
      const { ingelogd } = await import("@/lib/zaakafhandeling/testing/gebruikers");
      return ingelogd(staat.gebruiker as never);
    }),
  };
});
vi.mock("@/lib/db", async (origineel) => ({ ...(await origineel<typeof import("@/lib/db")>()), getDatabase: async () => staat.handle }));

import { taak, taakHistorie } from "@/lib/taken/schema";
import { taakStarten } from "@/lib/taken";
import { vergeetCatalogus } from "@/lib/zaakafhandeling/catalogus";
import { DOMEIN_A, type TestGebruiker } from "@/lib/zaakafhandeling/testing/gebruikers";
import { NepZgw, nepCatalogus, nepZaak } from "@/lib/zaakafhandeling/testing/nep-zgw";
import * as toekennenRoute from "@/app/api/zaken/[uuid]/toekennen/route";
import * as zaakTakenRoute from "@/app/api/zaken/[uuid]/taken/route";
import * as taakToekennenRoute from "@/app/api/taken/[id]/toekennen/route";
import * as zaakDocumentenRoute from "@/app/api/zaken/[uuid]/documenten/route";
import * as dashboardRoute from "@/app/api/dashboard/route";
import * as signaleringenRoute from "@/app/api/signaleringen/route";
import * as nieuwRoute from "@/app/api/signaleringen/nieuw/route";
import * as gezienRoute from "@/app/api/signaleringen/gezien/route";
import * as instellingenRoute from "@/app/api/signaleringen/instellingen/route";
import * as zakenVerlopendRoute from "@/app/rest/internal/signaleringen/zaken-verlopend/route";
import * as takenVerlopendRoute from "@/app/rest/internal/signaleringen/taken-verlopend/route";
import * as opruimenRoute from "@/app/rest/internal/signaleringen/opruimen/route";
import { bewaarParameters } from "@/lib/zaakafhandelparameters/opslag";
import { zaakafhandelparameters } from "@/lib/zaakafhandelparameters/schema";
import { onthoudOntvanger } from "./opslag";
import { dashboardIndeling, signalering, signaleringInstelling, signaleringOntvanger } from "./schema";
import { plusDagen, vandaag } from "./verlopend";

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

const nep = new NepZgw();
const server = setupServer(...nep.handlers());
let db: TestDatabase;
let cat: ReturnType<typeof nepCatalogus>;

// --- a tiny SMTP server: records every message it accepts --------------------------------------
const mails: { van: string; aan: string[]; data: string }[] = [];
let smtp: Server;

function startSmtp(): Promise<number> {
  smtp = createServer((socket) => {
    let buffer = "";
    let inData = false;
    let huidig = { van: "", aan: [] as string[], data: "" };
    socket.write("220 nep-smtp ESMTP\r\n");
    socket.on("data", (stuk) => {
      buffer += stuk.toString("utf8");
      for (;;) {
        if (inData) {
          const eind = buffer.indexOf("\r\n.\r\n");
          if (eind < 0) return;
          huidig.data = buffer.slice(0, eind);
          buffer = buffer.slice(eind + 5);
          inData = false;
          mails.push(huidig);
          huidig = { van: "", aan: [], data: "" };
          socket.write("250 OK queued\r\n");
          continue;
        }
        const regelEind = buffer.indexOf("\r\n");
        if (regelEind < 0) return;
        const regel = buffer.slice(0, regelEind);
        buffer = buffer.slice(regelEind + 2);
        const opdracht = regel.slice(0, 4).toUpperCase();
        if (opdracht === "EHLO" || opdracht === "HELO") socket.write("250-nep-smtp\r\n250 8BITMIME\r\n");
        else if (opdracht === "MAIL") {
          huidig.van = regel;
          socket.write("250 OK\r\n");
        } else if (opdracht === "RCPT") {
          huidig.aan.push(regel);
          socket.write("250 OK\r\n");
        } else if (opdracht === "DATA") {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (opdracht === "QUIT") {
          socket.end("221 bye\r\n");
          return;
        } else socket.write("250 OK\r\n");
      }
    });
  });
  return new Promise((resolve) => smtp.listen(0, "127.0.0.1", () => resolve((smtp.address() as { port: number }).port)));
}

let smtpPoort = 0;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: "error" });
  db = await createTestDatabase();
  staat.handle = db.handle;
  smtpPoort = await startSmtp();
});
afterAll(async () => {
  server.close();
  await new Promise((r) => smtp.close(r));
  await db.dispose();
});

beforeEach(async () => {
  const d = db.handle.db;
  for (const tabel of [taakHistorie, taak, signalering, signaleringInstelling, signaleringOntvanger, dashboardIndeling, zaakafhandelparameters]) await d.delete(tabel);
  nep.data.clear();
  vergeetCatalogus();
  cat = nepCatalogus(nep, [DOMEIN_A]);
  staat.gebruiker = "behandelaar1";
  delete process.env.SMTP_HOST;
  delete process.env.SMTP_PORT;
  mails.length = 0;
});

function als(gebruiker: TestGebruiker) {
  staat.gebruiker = gebruiker;
}

async function roep(handler: unknown, method: string, params: Record<string, string> = {}, body?: unknown, init: { zoek?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  const request = new Request(`http://localhost/api/test${init.zoek ?? ""}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...init.headers },
  });
  return (handler as Handler)(request, { params: Promise.resolve(params) });
}

const metSleutel = { headers: { "X-API-KEY": SLEUTEL } };

async function rijen(type?: string) {
  const alle = await db.handle.db.select().from(signalering);
  return type ? alle.filter((r) => r.type === type) : alle;
}

function behandelaarRol(zaak: Record<string, unknown>, id: string) {
  nep.voegToe("rollen", {
    zaak: zaak.url,
    betrokkeneType: "medewerker",
    roltype: cat[DOMEIN_A]!.roltypen.behandelaar!.url,
    omschrijving: "behandelaar",
    omschrijvingGeneriek: "behandelaar",
    roltoelichting: "",
    betrokkeneIdentificatie: { identificatie: id, achternaam: id },
  });
}

async function signaleringenVan(gebruiker: TestGebruiker, type: string) {
  als(gebruiker);
  const r = await roep(signaleringenRoute.GET, "GET", {}, undefined, { zoek: `?type=${type}` });
  expect(r.status).toBe(200);
  return (await r.json()) as { aantal: number; signaleringen: { tekst: string; link: string; nieuw: boolean }[] };
}

describe("zaak op mijn naam", () => {
  it("fires once when a coordinator assigns a zaak to a behandelaar, not again on a repeat, never for your own action", async () => {
    const zaak = nepZaak(nep, cat[DOMEIN_A]!);
    als("coordinator1");
    const invoer = { groep: null, behandelaar: "behandelaar1" };
    expect((await roep(toekennenRoute.POST, "POST", { uuid: String(zaak.uuid) }, invoer)).status).toBe(204);
    expect((await roep(toekennenRoute.POST, "POST", { uuid: String(zaak.uuid) }, invoer)).status).toBe(204);
    const lijst = await signaleringenVan("behandelaar1", "zaak_op_naam");
    expect(lijst.aantal).toBe(1);
    expect(lijst.signaleringen[0]).toMatchObject({ link: `/zaken/${zaak.uuid}`, nieuw: true });
    expect(lijst.signaleringen[0]?.tekst).toContain(String(zaak.identificatie));
    // Assigning to yourself: nothing for you.
    als("coordinator1");
    expect((await roep(toekennenRoute.POST, "POST", { uuid: String(zaak.uuid) }, { aanMij: true })).status).toBe(204);
    expect(await rijen("zaak_op_naam")).toHaveLength(1);
    expect((await rijen("zaak_op_naam"))[0]?.gebruikerId).toBe("behandelaar1");
  });

  it("respects the setting: neither dashboard nor e-mail = nothing stored", async () => {
    als("behandelaar1");
    const uit = { instellingen: [{ type: "zaak_op_naam", dashboard: false, mail: false }] };
    expect((await roep(instellingenRoute.PUT, "PUT", {}, uit)).status).toBe(200);
    const zaak = nepZaak(nep, cat[DOMEIN_A]!);
    als("coordinator1");
    expect((await roep(toekennenRoute.POST, "POST", { uuid: String(zaak.uuid) }, { groep: null, behandelaar: "behandelaar1" })).status).toBe(204);
    expect(await rijen()).toHaveLength(0);
  });
});

describe("taak op mijn naam", () => {
  it("fires once when a taak is started for someone else and once when assigned to another user", async () => {
    const zaak = nepZaak(nep, cat[DOMEIN_A]!);
    als("coordinator1");
    const gestart = await roep(zaakTakenRoute.POST, "POST", { uuid: String(zaak.uuid) }, { gegevens: { taaktype: "advies_intern", vraag: "?" }, groep: null, behandelaar: "behandelaar1" });
    expect(gestart.status).toBe(201);
    const { id } = (await gestart.json()) as { id: string };
    expect(await rijen("taak_op_naam")).toHaveLength(1);
    // Re-assigning to the same user: still one (idempotent per taak and user).
    expect((await roep(taakToekennenRoute.POST, "POST", { id }, { groep: null, behandelaar: "behandelaar1" })).status).toBe(204);
    expect(await rijen("taak_op_naam")).toHaveLength(1);
    // To another user: one for them.
    expect((await roep(taakToekennenRoute.POST, "POST", { id }, { groep: null, behandelaar: "recordmanager1" })).status).toBe(204);
    const alle = await rijen("taak_op_naam");
    expect(alle.map((r) => r.gebruikerId).sort()).toEqual(["behandelaar1", "recordmanager1"]);
    expect(alle[0]?.link).toBe(`/taken/${id}`);
    // Taking it yourself: nothing for you.
    als("behandelaar1");
    expect((await roep(taakToekennenRoute.POST, "POST", { id }, { aanMij: true })).status).toBe(204);
    expect(await rijen("taak_op_naam")).toHaveLength(2);
  });
});

describe("document toegevoegd aan mijn zaak", () => {
  it("signals the zaak's behandelaar once per document, not the one who added it", async () => {
    const zaak = nepZaak(nep, cat[DOMEIN_A]!);
    behandelaarRol(zaak, "behandelaar1");
    const doc = { titel: "Aanvraag", informatieobjecttype: cat[DOMEIN_A]!.iot.url, bestandsnaam: "a.txt", bestandsomvang: 3 };
    als("coordinator1");
    expect((await roep(zaakDocumentenRoute.POST, "POST", { uuid: String(zaak.uuid) }, doc)).status).toBe(201);
    const lijst = await signaleringenVan("behandelaar1", "zaak_document_toegevoegd");
    expect(lijst.aantal).toBe(1);
    expect(lijst.signaleringen[0]?.tekst).toContain("Aanvraag");
    // The behandelaar adding a document to their own zaak: nothing new.
    expect((await roep(zaakDocumentenRoute.POST, "POST", { uuid: String(zaak.uuid) }, doc)).status).toBe(201);
    expect(await rijen("zaak_document_toegevoegd")).toHaveLength(1);
  });
});

describe("internal job endpoints", () => {
  it("answer 401 without (or with a wrong) X-API-KEY and write nothing", async () => {
    for (const [h, zoek] of [
      [zakenVerlopendRoute.POST, ""],
      [takenVerlopendRoute.POST, ""],
      [opruimenRoute.POST, "?dagen=1"],
    ] as const) {
      const zonder = await roep(h, "POST", {}, undefined, { zoek });
      expect(zonder.status).toBe(401);
      expect(zonder.headers.get("content-type")).toBe("application/problem+json");
      expect((await roep(h, "POST", {}, undefined, { zoek, headers: { "X-API-KEY": "fout-fout-fout-fout-fout" } })).status).toBe(401);
    }
    expect(nep.verzoeken.filter((v) => v.pad.endsWith("/_zoek"))).toHaveLength(0);
  });

  it("zaken-verlopend: one signalering per zaak and date within the warning days, none on a second run", async () => {
    const dag = vandaag();
    const bijna = nepZaak(nep, cat[DOMEIN_A]!);
    bijna.einddatumGepland = plusDagen(dag, 2);
    bijna.uiterlijkeEinddatumAfdoening = plusDagen(dag, 30);
    behandelaarRol(bijna, "behandelaar1");
    const ver = nepZaak(nep, cat[DOMEIN_A]!);
    ver.einddatumGepland = plusDagen(dag, 10);
    ver.uiterlijkeEinddatumAfdoening = plusDagen(dag, 20);
    behandelaarRol(ver, "behandelaar1");
    const fataal = nepZaak(nep, cat[DOMEIN_A]!);
    fataal.einddatumGepland = plusDagen(dag, -5); // passed: not "nearing"
    fataal.uiterlijkeEinddatumAfdoening = dag;
    behandelaarRol(fataal, "behandelaar2");
    const dicht = nepZaak(nep, cat[DOMEIN_A]!, { gesloten: true });
    dicht.einddatumGepland = plusDagen(dag, 1);
    behandelaarRol(dicht, "behandelaar1");

    const eerste = await roep(zakenVerlopendRoute.POST, "POST", {}, undefined, metSleutel);
    expect(eerste.status).toBe(200);
    expect(await eerste.json()).toEqual({ bekeken: 2, nieuw: 2 });
    const tweede = await roep(zakenVerlopendRoute.POST, "POST", {}, undefined, metSleutel);
    expect(await tweede.json()).toEqual({ bekeken: 2, nieuw: 0 });
    const alle = await rijen("zaak_verlopend");
    expect(alle.map((r) => [r.gebruikerId, r.objectId]).sort()).toEqual(
      [
        ["behandelaar1", String(bijna.uuid)],
        ["behandelaar2", String(fataal.uuid)],
      ].sort(),
    );
    expect(alle.find((r) => r.gebruikerId === "behandelaar2")?.tekst).toContain("fatale datum");
  });

  it("zaken-verlopend: a zaaktype's warning days come from its zaakafhandelparameters", async () => {
    const dag = vandaag();
    await bewaarParameters(db.handle.db, DOMEIN_A, { waarschuwingStreefdatumDagen: 10, waarschuwingFataleDatumDagen: 1 }, "test");
    const ver = nepZaak(nep, cat[DOMEIN_A]!);
    ver.einddatumGepland = plusDagen(dag, 10); // within 10 days
    ver.uiterlijkeEinddatumAfdoening = plusDagen(dag, 2); // outside 1 day
    behandelaarRol(ver, "behandelaar1");
    const r = await roep(zakenVerlopendRoute.POST, "POST", {}, undefined, metSleutel);
    expect(await r.json()).toEqual({ bekeken: 1, nieuw: 1 });
    expect((await rijen("zaak_verlopend"))[0]?.sleutel).toBe(`${String(ver.uuid)}|streefdatum|${plusDagen(dag, 10)}`);
  });

  it("taken-verlopend: once per taak and date, only open taken with a behandelaar", async () => {
    const dag = vandaag();
    const zaakRef = { uuid: crypto.randomUUID(), url: "http://zgw.test/zaken/api/v1/zaken/x", identificatie: "ZAAK-9", zaaktype: DOMEIN_A };
    const actor = { id: "coordinator1", naam: "Coordinator" };
    const basis = { taaktype: "advies_intern", zaak: zaakRef, gegevens: {}, groep: null, streefdatum: null };
    await taakStarten(db.handle.db, { ...basis, behandelaar: { id: "behandelaar1", naam: "B1" }, fataledatum: plusDagen(dag, 1) }, actor);
    await taakStarten(db.handle.db, { ...basis, behandelaar: { id: "behandelaar1", naam: "B1" }, fataledatum: plusDagen(dag, 9) }, actor);
    await taakStarten(db.handle.db, { ...basis, behandelaar: null, groep: "groep-a", fataledatum: plusDagen(dag, 1) }, actor);
    const eerste = await roep(takenVerlopendRoute.POST, "POST", {}, undefined, metSleutel);
    expect(await eerste.json()).toEqual({ bekeken: 1, nieuw: 1 });
    const tweede = await roep(takenVerlopendRoute.POST, "POST", {}, undefined, metSleutel);
    expect(await tweede.json()).toEqual({ bekeken: 1, nieuw: 0 });
    expect((await signaleringenVan("behandelaar1", "taak_verlopend")).aantal).toBe(1);
  });

  it("opruimen removes only signaleringen older than N days, and needs ?dagen", async () => {
    const zaak = nepZaak(nep, cat[DOMEIN_A]!);
    als("coordinator1");
    await roep(toekennenRoute.POST, "POST", { uuid: String(zaak.uuid) }, { groep: null, behandelaar: "behandelaar1" });
    await roep(toekennenRoute.POST, "POST", { uuid: String(zaak.uuid) }, { groep: null, behandelaar: "recordmanager1" });
    const [oud] = await rijen();
    await db.handle.db.update(signalering).set({ aangemaakt: new Date(Date.now() - 40 * 86_400_000) }).where(eq(signalering.id, oud!.id));
    expect((await roep(opruimenRoute.POST, "POST", {}, undefined, metSleutel)).status).toBe(400);
    const r = await roep(opruimenRoute.POST, "POST", {}, undefined, { ...metSleutel, zoek: "?dagen=30" });
    expect(await r.json()).toEqual({ verwijderd: 1 });
    expect(await rijen()).toHaveLength(1);
    const again = await roep(opruimenRoute.POST, "POST", {}, undefined, { ...metSleutel, zoek: "?dagen=30" });
    expect(await again.json()).toEqual({ verwijderd: 0 });
  });
});

describe("dashboard, dot and seen", () => {
  it("stores the cards per user in order and refuses unknown or duplicate cards", async () => {
    als("behandelaar1");
    const standaard = (await (await roep(dashboardRoute.GET, "GET")).json()) as { kaarten: string[] };
    expect(standaard.kaarten).toEqual(["mijn-zaken", "mijn-taken", "zaak_op_naam", "taak_op_naam", "zaak_document_toegevoegd"]);
    const nieuw = ["zaak_op_naam", "mijn-taken", "taak_verlopend"];
    expect(await (await roep(dashboardRoute.PUT, "PUT", {}, { kaarten: nieuw })).json()).toEqual({ kaarten: nieuw });
    expect(await (await roep(dashboardRoute.GET, "GET")).json()).toEqual({ kaarten: nieuw });
    expect((await roep(dashboardRoute.PUT, "PUT", {}, { kaarten: ["mijn-zaken", "mijn-zaken"] })).status).toBe(400);
    expect((await roep(dashboardRoute.PUT, "PUT", {}, { kaarten: ["iets"] })).status).toBe(400);
    // Another user still has the defaults.
    als("coordinator1");
    expect(((await (await roep(dashboardRoute.GET, "GET")).json()) as { kaarten: string[] }).kaarten).toHaveLength(5);
  });

  it("counts unseen signaleringen of cards on the dashboard until they are marked seen", async () => {
    const zaak = nepZaak(nep, cat[DOMEIN_A]!);
    als("coordinator1");
    await roep(toekennenRoute.POST, "POST", { uuid: String(zaak.uuid) }, { groep: null, behandelaar: "behandelaar1" });
    als("behandelaar1");
    const nieuw = async () => ((await (await roep(nieuwRoute.GET, "GET")).json()) as { nieuw: number }).nieuw;
    expect(await nieuw()).toBe(1);
    // Without the card on the dashboard, the dot does not count it.
    await roep(dashboardRoute.PUT, "PUT", {}, { kaarten: ["mijn-zaken"] });
    expect(await nieuw()).toBe(0);
    await roep(dashboardRoute.PUT, "PUT", {}, { kaarten: ["zaak_op_naam"] });
    expect(await nieuw()).toBe(1);
    expect(await (await roep(gezienRoute.POST, "POST", {}, { type: "zaak_op_naam" })).json()).toEqual({ gezien: 1 });
    expect(await nieuw()).toBe(0);
    expect((await signaleringenVan("behandelaar1", "zaak_op_naam")).signaleringen[0]?.nieuw).toBe(false);
    // Somebody else's signaleringen are not visible.
    expect((await signaleringenVan("recordmanager1", "zaak_op_naam")).aantal).toBe(0);
  });
});

describe("e-mail", () => {
  it("says e-mail is unavailable without SMTP_HOST and mails nothing", async () => {
    als("behandelaar1");
    const r = (await (await roep(instellingenRoute.GET, "GET")).json()) as { mailBeschikbaar: boolean; instellingen: { type: string; dashboard: boolean; mail: boolean }[] };
    expect(r.mailBeschikbaar).toBe(false);
    expect(r.instellingen).toHaveLength(5);
    expect(r.instellingen.every((i) => i.dashboard && !i.mail)).toBe(true);
  });

  it("mails a new signalering over SMTP when the user wants it (once), and keeps it off the dashboard when asked", async () => {
    process.env.SMTP_HOST = "127.0.0.1";
    process.env.SMTP_PORT = String(smtpPoort);
    await onthoudOntvanger(db.handle.db, { id: "behandelaar1", naam: "Bea Behandelaar", email: "bea@gemeente.test" });
    als("behandelaar1");
    const r = await roep(instellingenRoute.PUT, "PUT", {}, { instellingen: [{ type: "zaak_op_naam", dashboard: false, mail: true }] });
    expect(((await r.json()) as { mailBeschikbaar: boolean }).mailBeschikbaar).toBe(true);
    const zaak = nepZaak(nep, cat[DOMEIN_A]!);
    als("coordinator1");
    await roep(toekennenRoute.POST, "POST", { uuid: String(zaak.uuid) }, { groep: null, behandelaar: "behandelaar1" });
    await roep(toekennenRoute.POST, "POST", { uuid: String(zaak.uuid) }, { groep: null, behandelaar: "behandelaar1" });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.aan[0]).toContain("bea@gemeente.test");
    const tekst = (mails[0]?.data ?? "").replace(/=\r?\n/g, ""); // undo quoted-printable line breaks
    expect(tekst).toContain(`Subject: Zaak ${String(zaak.identificatie)} is aan je toegekend.`);
    expect(tekst).toMatch(new RegExp(`Bekijk het hier: https?://\\S+/zaken/${String(zaak.uuid)}`));
    const [rij] = await rijen("zaak_op_naam");
    expect(rij?.gemaild).not.toBeNull();
    expect((await signaleringenVan("behandelaar1", "zaak_op_naam")).aantal).toBe(0);
  });

  it("a failing SMTP server does not break the action", async () => {
    process.env.SMTP_HOST = "127.0.0.1";
    process.env.SMTP_PORT = "1"; // nothing listens there
    await onthoudOntvanger(db.handle.db, { id: "behandelaar1", naam: "Bea", email: "bea@gemeente.test" });
    als("behandelaar1");
    await roep(instellingenRoute.PUT, "PUT", {}, { instellingen: [{ type: "zaak_op_naam", dashboard: true, mail: true }] });
    const zaak = nepZaak(nep, cat[DOMEIN_A]!);
    als("coordinator1");
    expect((await roep(toekennenRoute.POST, "POST", { uuid: String(zaak.uuid) }, { groep: null, behandelaar: "behandelaar1" })).status).toBe(204);
    const [rij] = await rijen("zaak_op_naam");
    expect(rij?.gemaild).toBeNull();
    expect((await signaleringenVan("behandelaar1", "zaak_op_naam")).aantal).toBe(1);
  });
});
