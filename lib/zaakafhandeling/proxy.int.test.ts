/**
 * The proxy's route handlers against a fake ZGW (msw) and a real test database. The session is
 * mocked at the lib/auth boundary (no browser login in unit tests); everything after it - the
 * policy (compiled Rego), the ZGW client, the own tables - is the production code.
 *
 * For EVERY action: a user without the right gets 403 problem+json and nothing changed (no
 * write reached the fake ZGW API, no row changed in the own tables).
 */
import { decodeJwt } from "jose";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
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

// The real lib/auth index loads next-auth (not loadable under Vitest); the proxy uses only these.
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
vi.mock("@/lib/db", async (origineel) => ({ ...(await origineel<typeof import("@/lib/db")>()), getDatabase: async () => staat.handle }));

import { notitie } from "@/lib/notities/schema";
import { taak, taakHistorie } from "@/lib/taken/schema";
import { notitieToevoegen } from "@/lib/notities";
import { taakStarten } from "@/lib/taken";
import { documentVergrendeling, werklijstDocument, werklijstInstelling, zoekopdracht } from "@/lib/werklijst/schema";
import { vergeetCatalogus } from "./catalogus";
import { DOMEIN_A, DOMEIN_B, type TestGebruiker } from "./testing/gebruikers";
import { NepZgw, nepCatalogus, nepZaak } from "./testing/nep-zgw";

import * as zaakRoute from "@/app/api/zaken/[uuid]/route";
import * as zakenRoute from "@/app/api/zaken/route";
import * as toekennenRoute from "@/app/api/zaken/[uuid]/toekennen/route";
import * as opschortenRoute from "@/app/api/zaken/[uuid]/opschorten/route";
import * as hervattenRoute from "@/app/api/zaken/[uuid]/hervatten/route";
import * as verlengenRoute from "@/app/api/zaken/[uuid]/verlengen/route";
import * as doorlooptijdRoute from "@/app/api/zaken/[uuid]/doorlooptijd/route";
import * as afbrekenRoute from "@/app/api/zaken/[uuid]/afbreken/route";
import * as afhandelenRoute from "@/app/api/zaken/[uuid]/afhandelen/route";
import * as heropenenRoute from "@/app/api/zaken/[uuid]/heropenen/route";
import * as statusRoute from "@/app/api/zaken/[uuid]/status/route";
import * as besluitenRoute from "@/app/api/zaken/[uuid]/besluiten/route";
import * as besluitRoute from "@/app/api/zaken/[uuid]/besluiten/[besluit]/route";
import * as intrekkenRoute from "@/app/api/zaken/[uuid]/besluiten/[besluit]/intrekken/route";
import * as betrokkenenRoute from "@/app/api/zaken/[uuid]/betrokkenen/route";
import * as betrokkeneRoute from "@/app/api/zaken/[uuid]/betrokkenen/[rol]/route";
import * as koppelingenRoute from "@/app/api/zaken/[uuid]/koppelingen/route";
import * as ontkoppelenZaakRoute from "@/app/api/zaken/[uuid]/koppelingen/ontkoppelen/route";
import * as notitiesRoute from "@/app/api/zaken/[uuid]/notities/route";
import * as notitieRoute from "@/app/api/zaken/[uuid]/notities/[id]/route";
import * as zaakTakenRoute from "@/app/api/zaken/[uuid]/taken/route";
import * as zaakDocumentenRoute from "@/app/api/zaken/[uuid]/documenten/route";
import * as historieRoute from "@/app/api/zaken/[uuid]/historie/route";
import * as taakRoute from "@/app/api/taken/[id]/route";
import * as taakToekennenRoute from "@/app/api/taken/[id]/toekennen/route";
import * as taakAfrondenRoute from "@/app/api/taken/[id]/afronden/route";
import * as documentenRoute from "@/app/api/documenten/route";
import * as documentRoute from "@/app/api/documenten/[uuid]/route";
import * as inhoudRoute from "@/app/api/documenten/[uuid]/inhoud/route";
import * as deelRoute from "@/app/api/documenten/[uuid]/bestandsdelen/[volgnummer]/route";
import * as afrondenUploadRoute from "@/app/api/documenten/[uuid]/upload-afronden/route";
import * as versiesRoute from "@/app/api/documenten/[uuid]/versies/route";
import * as vergrendelenRoute from "@/app/api/documenten/[uuid]/vergrendelen/route";
import * as ontgrendelenRoute from "@/app/api/documenten/[uuid]/ontgrendelen/route";
import * as ondertekenenRoute from "@/app/api/documenten/[uuid]/ondertekenen/route";
import * as verplaatsenRoute from "@/app/api/documenten/[uuid]/verplaatsen/route";
import * as ontkoppelenDocRoute from "@/app/api/documenten/[uuid]/ontkoppelen/route";
import * as werklijstRoute from "@/app/api/werklijsten/[lijst]/route";
import * as instellingenRoute from "@/app/api/werklijsten/[lijst]/instellingen/route";
import * as zoekopdrachtenRoute from "@/app/api/werklijsten/[lijst]/zoekopdrachten/route";
import * as zaaktypenRoute from "@/app/api/zaaktypen/route";

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

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
  for (const tabel of [taakHistorie, taak, notitie, werklijstDocument, documentVergrendeling, werklijstInstelling, zoekopdracht]) await d.delete(tabel);
  nep.data.clear();
  nep.vergeetVerzoeken();
  vergeetCatalogus();
  cat = nepCatalogus(nep, [DOMEIN_A, DOMEIN_B]);
  staat.gebruiker = "behandelaar1";
});
afterEach(() => {
  nep.vergeetVerzoeken();
});

function als(gebruiker: TestGebruiker) {
  staat.gebruiker = gebruiker;
}

async function roep(handler: unknown, method: string, params: Record<string, string>, body?: unknown, init: { rauw?: BodyInit; headers?: Record<string, string>; zoek?: string } = {}): Promise<Response> {
  const request = new Request(`http://localhost/api/test${init.zoek ?? ""}`, {
    method,
    body: init.rauw ?? (body === undefined ? undefined : JSON.stringify(body)),
    headers: init.headers ?? (body === undefined ? {} : { "Content-Type": "application/json" }),
    ...(init.rauw ? { duplex: "half" } : {}),
  } as RequestInit);
  return (handler as Handler)(request, { params: Promise.resolve(params) });
}

/** Everything a refused action could have changed in the own tables. */
async function eigenTabellen() {
  const d = db.handle.db;
  return JSON.stringify([
    await d.select().from(taak).orderBy(taak.id),
    await d.select().from(taakHistorie).orderBy(taakHistorie.id),
    await d.select().from(notitie).orderBy(notitie.id),
    await d.select().from(werklijstDocument).orderBy(werklijstDocument.id),
    await d.select().from(documentVergrendeling),
    await d.select().from(werklijstInstelling),
    await d.select().from(zoekopdracht),
  ]);
}

function uuidVan(obj: Record<string, unknown>): string {
  return String(obj.uuid);
}

/** A zaak of domain A with a document, a besluit, a betrokkene, a taak and a notitie. */
async function opzet(opties: { gesloten?: boolean } = {}) {
  const a = cat[DOMEIN_A]!;
  const zaak = nepZaak(nep, a, opties);
  const andere = nepZaak(nep, a);
  const document = nep.voegToe("enkelvoudiginformatieobjecten", {
    identificatie: "DOC-1",
    titel: "Brief",
    informatieobjecttype: a.iot.url,
    status: "in_bewerking",
    versie: 1,
    locked: false,
    bestandsnaam: "brief.pdf",
    formaat: "application/pdf",
    bestandsomvang: 7,
    auteur: "x",
    taal: "dut",
    bestandsdelen: [],
  });
  nep.voegToe("zaakinformatieobjecten", { informatieobject: document.url, zaak: zaak.url, titel: "Brief" });
  const besluit = nep.voegToe("besluiten", { identificatie: "B-1", besluittype: a.besluittype.url, zaak: zaak.url, datum: "2026-01-05", ingangsdatum: "2026-01-05", vervalreden: "" });
  const rol = nep.voegToe("rollen", {
    zaak: zaak.url,
    betrokkeneType: "natuurlijk_persoon",
    roltype: a.roltypen.initiator!.url,
    omschrijving: "initiator",
    omschrijvingGeneriek: "initiator",
    roltoelichting: "",
    betrokkeneIdentificatie: { inpBsn: "999993653", geslachtsnaam: "Jansen" },
  });
  const t = await taakStarten(
    db.handle.db,
    {
      taaktype: "advies_intern",
      zaak: { uuid: uuidVan(zaak), url: String(zaak.url), identificatie: String(zaak.identificatie), zaaktype: DOMEIN_A },
      gegevens: { taaktype: "advies_intern", vraag: "Wat vind jij?" },
      groep: "groep-a",
      behandelaar: null,
      streefdatum: null,
      fataledatum: null,
    },
    { id: "behandelaar1", naam: "Test behandelaar1" },
  );
  const n = await notitieToevoegen(db.handle.db, uuidVan(zaak), { id: "behandelaar1", naam: "Test behandelaar1" }, "Eerste notitie");
  nep.vergeetVerzoeken();
  return { zaak, andere, document, besluit, rol, taak: t, notitie: n, a };
}

type Opzet = Awaited<ReturnType<typeof opzet>>;

interface Geval {
  actie: string;
  gebruiker: TestGebruiker;
  gesloten?: boolean;
  /** The user may not even read the object: the 403 must not reveal anything about it. */
  nietLeesbaar?: boolean;
  roep: (o: Opzet) => Promise<Response>;
}

const vandaag = "2026-06-01";

const GEVALLEN: Geval[] = [
  { actie: "zaak wijzigen", gebruiker: "raadpleger1", roep: (o) => roep(zaakRoute.PATCH, "PATCH", { uuid: uuidVan(o.zaak) }, { omschrijving: "Nieuw", reden: "r" }) },
  { actie: "toekennen", gebruiker: "raadpleger1", roep: (o) => roep(toekennenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { aanMij: true }) },
  { actie: "opschorten", gebruiker: "raadpleger1", roep: (o) => roep(opschortenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { reden: "r", duurDagen: 5 }) },
  { actie: "hervatten", gebruiker: "raadpleger1", roep: (o) => roep(hervattenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { reden: "r" }) },
  { actie: "verlengen", gebruiker: "raadpleger1", roep: (o) => roep(verlengenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { reden: "r", duurDagen: 5 }) },
  { actie: "doorlooptijd wijzigen", gebruiker: "raadpleger1", roep: (o) => roep(doorlooptijdRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { einddatumGepland: vandaag, reden: "r" }) },
  { actie: "afbreken", gebruiker: "raadpleger1", roep: (o) => roep(afbrekenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { resultaattype: o.a.resultaattypen[0]!.url, reden: "r" }) },
  { actie: "afhandelen", gebruiker: "raadpleger1", roep: (o) => roep(afhandelenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { resultaattype: o.a.resultaattypen[0]!.url }) },
  { actie: "heropenen (behandelaar heeft het recht niet)", gebruiker: "behandelaar1", gesloten: true, roep: (o) => roep(heropenenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { reden: "r" }) },
  { actie: "status zetten", gebruiker: "raadpleger1", roep: (o) => roep(statusRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { statustype: o.a.statustypen[1]!.url }) },
  { actie: "besluit vastleggen", gebruiker: "raadpleger1", roep: (o) => roep(besluitenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { besluittype: o.a.besluittype.url, datum: vandaag, ingangsdatum: vandaag }) },
  { actie: "besluit wijzigen", gebruiker: "raadpleger1", roep: (o) => roep(besluitRoute.PATCH, "PATCH", { uuid: uuidVan(o.zaak), besluit: uuidVan(o.besluit) }, { toelichting: "x", reden: "r" }) },
  {
    actie: "besluit intrekken",
    gebruiker: "raadpleger1",
    roep: (o) => roep(intrekkenRoute.POST, "POST", { uuid: uuidVan(o.zaak), besluit: uuidVan(o.besluit) }, { vervaldatum: vandaag, vervalreden: "ingetrokken_overheid", reden: "r" }),
  },
  {
    actie: "betrokkene toevoegen",
    gebruiker: "raadpleger1",
    roep: (o) => roep(betrokkenenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { soort: "persoon", roltype: o.a.roltypen.belanghebbende!.url, bsn: "999990019" }),
  },
  { actie: "betrokkene verwijderen", gebruiker: "raadpleger1", roep: (o) => roep(betrokkeneRoute.DELETE, "DELETE", { uuid: uuidVan(o.zaak), rol: uuidVan(o.rol) }) },
  { actie: "zaken koppelen", gebruiker: "raadpleger1", roep: (o) => roep(koppelingenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { doelzaak: uuidVan(o.andere), soort: "vervolg" }) },
  {
    actie: "zaken ontkoppelen",
    gebruiker: "raadpleger1",
    roep: (o) => roep(ontkoppelenZaakRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { doelzaak: uuidVan(o.andere), soort: "vervolg", reden: "r" }),
  },
  { actie: "notitie toevoegen", gebruiker: "raadpleger1", roep: (o) => roep(notitiesRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { tekst: "hoi" }) },
  { actie: "notitie wijzigen", gebruiker: "raadpleger1", roep: (o) => roep(notitieRoute.PATCH, "PATCH", { uuid: uuidVan(o.zaak), id: o.notitie.id }, { tekst: "anders" }) },
  { actie: "notitie verwijderen", gebruiker: "raadpleger1", roep: (o) => roep(notitieRoute.DELETE, "DELETE", { uuid: uuidVan(o.zaak), id: o.notitie.id }) },
  {
    actie: "taak starten",
    gebruiker: "raadpleger1",
    roep: (o) => roep(zaakTakenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { gegevens: { taaktype: "advies_intern", vraag: "?" } }),
  },
  { actie: "taak toekennen", gebruiker: "raadpleger1", roep: (o) => roep(taakToekennenRoute.POST, "POST", { id: o.taak.id }, { aanMij: true }) },
  { actie: "taak wijzigen", gebruiker: "raadpleger1", roep: (o) => roep(taakRoute.PATCH, "PATCH", { id: o.taak.id }, { streefdatum: vandaag }) },
  {
    actie: "taak afronden",
    gebruiker: "raadpleger1",
    roep: (o) => roep(taakAfrondenRoute.POST, "POST", { id: o.taak.id }, { afronding: { taaktype: "advies_intern", advies: "positief" } }),
  },
  {
    actie: "document uploaden bij zaak",
    gebruiker: "raadpleger1",
    roep: (o) => roep(zaakDocumentenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { titel: "x", informatieobjecttype: o.a.iot.url, bestandsnaam: "x.txt", bestandsomvang: 3 }),
  },
  {
    actie: "document in inbox (geen werklijst.inbox)",
    gebruiker: "behandelaar1",
    roep: (o) => roep(documentenRoute.POST, "POST", {}, { titel: "x", informatieobjecttype: o.a.iot.url, bestandsnaam: "x.txt", bestandsomvang: 3 }),
  },
  { actie: "document metadata wijzigen", gebruiker: "raadpleger1", roep: (o) => roep(documentRoute.PATCH, "PATCH", { uuid: uuidVan(o.document) }, { titel: "Nieuw" }) },
  {
    actie: "nieuwe versie",
    gebruiker: "raadpleger1",
    roep: (o) => roep(versiesRoute.POST, "POST", { uuid: uuidVan(o.document) }, { bestandsnaam: "v2.pdf", bestandsomvang: 4 }),
  },
  { actie: "document vergrendelen", gebruiker: "raadpleger1", roep: (o) => roep(vergrendelenRoute.POST, "POST", { uuid: uuidVan(o.document) }) },
  { actie: "document ontgrendelen", gebruiker: "raadpleger1", roep: (o) => roep(ontgrendelenRoute.POST, "POST", { uuid: uuidVan(o.document) }) },
  { actie: "document ondertekenen", gebruiker: "raadpleger1", roep: (o) => roep(ondertekenenRoute.POST, "POST", { uuid: uuidVan(o.document) }) },
  {
    actie: "document verplaatsen",
    gebruiker: "raadpleger1",
    roep: (o) => roep(verplaatsenRoute.POST, "POST", { uuid: uuidVan(o.document) }, { vanZaak: uuidVan(o.zaak), naarZaak: uuidVan(o.andere), reden: "r" }),
  },
  { actie: "document ontkoppelen", gebruiker: "raadpleger1", roep: (o) => roep(ontkoppelenDocRoute.POST, "POST", { uuid: uuidVan(o.document) }, { zaak: uuidVan(o.zaak), reden: "r" }) },
  { actie: "document verwijderen", gebruiker: "raadpleger1", roep: (o) => roep(documentRoute.DELETE, "DELETE", { uuid: uuidVan(o.document) }) },
  { actie: "zaak starten", gebruiker: "raadpleger1", roep: () => roep(zakenRoute.POST, "POST", {}, { zaaktype: DOMEIN_A, omschrijving: "Nieuwe zaak" }) },
  { actie: "zaak starten in een ander domein", gebruiker: "behandelaar1", roep: () => roep(zakenRoute.POST, "POST", {}, { zaaktype: DOMEIN_B, omschrijving: "Nieuwe zaak" }) },
  { actie: "zaak van een ander domein wijzigen", gebruiker: "behandelaar2", nietLeesbaar: true, roep: (o) => roep(zaakRoute.PATCH, "PATCH", { uuid: uuidVan(o.zaak) }, { omschrijving: "x", reden: "r" }) },
  { actie: "zaak van een ander domein bekijken", gebruiker: "behandelaar2", nietLeesbaar: true, roep: (o) => roep(zaakRoute.GET, "GET", { uuid: uuidVan(o.zaak) }) },
  { actie: "historie van een ander domein", gebruiker: "behandelaar2", nietLeesbaar: true, roep: (o) => roep(historieRoute.GET, "GET", { uuid: uuidVan(o.zaak) }) },
  { actie: "document van een ander domein downloaden", gebruiker: "behandelaar2", nietLeesbaar: true, roep: (o) => roep(inhoudRoute.GET, "GET", { uuid: uuidVan(o.document) }) },
  { actie: "taak van een ander domein bekijken", gebruiker: "behandelaar2", nietLeesbaar: true, roep: (o) => roep(taakRoute.GET, "GET", { id: o.taak.id }) },
  { actie: "inbox-werklijst zonder werklijst.inbox", gebruiker: "behandelaar1", roep: () => roep(werklijstRoute.GET, "GET", { lijst: "inbox-documenten" }) },
];

describe("403 problem+json zonder het recht, en niets gewijzigd", () => {
  it.each(GEVALLEN)("$actie als $gebruiker", async (geval) => {
    const o = await opzet({ gesloten: geval.gesloten });
    als(geval.gebruiker);
    const voor = await eigenTabellen();
    const response = await geval.roep(o);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await response.json()) as { status: number; code: string; detail: string };
    expect(problem.status).toBe(403);
    expect(problem.code).toBe("permission_denied");
    expect(problem.detail).toMatch(/\S/);
    if (geval.nietLeesbaar) {
      // Not readable: nothing of the zaak, its document or taak may leak (not even the identificatie).
      const tekst = JSON.stringify(problem);
      for (const geheim of [o.zaak.identificatie, o.zaak.omschrijving, o.zaak.zaaktype, o.document.identificatie, o.document.titel, o.taak.zaakIdentificatie]) {
        expect(geheim, "testopzet").toBeTruthy();
        expect(tekst).not.toContain(String(geheim));
      }
      expect(problem.detail).toMatch(/^Je hebt geen toegang tot (deze zaak|dit document|deze taak)\.$/);
    }
    expect(nep.schrijfverzoeken()).toEqual([]);
    expect(await eigenTabellen()).toBe(voor);
  });

  it("bestandsdeel en upload afronden alleen door wie de upload startte", async () => {
    const o = await opzet();
    als("behandelaar1");
    const sessie = await roep(zaakDocumentenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { titel: "x", informatieobjecttype: o.a.iot.url, bestandsnaam: "x.txt", bestandsomvang: 3 });
    expect(sessie.status).toBe(201);
    const { document } = (await sessie.json()) as { document: string };
    als("coordinator1");
    nep.vergeetVerzoeken();
    const voor = await eigenTabellen();
    const deel = await roep(deelRoute.PUT, "PUT", { uuid: document, volgnummer: "1" }, undefined, { rauw: "abc", headers: { "Content-Type": "application/octet-stream", "Content-Length": "3" } });
    expect(deel.status).toBe(403);
    const afronden = await roep(afrondenUploadRoute.POST, "POST", { uuid: document });
    expect(afronden.status).toBe(403);
    expect(nep.schrijfverzoeken()).toEqual([]);
    expect(await eigenTabellen()).toBe(voor);
  });
});

describe("acties met het recht", () => {
  it("opschorten: PATCH met de reden in X-Audit-Toelichting en een JWT met de medewerker", async () => {
    const o = await opzet();
    als("behandelaar1");
    const response = await roep(opschortenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { reden: "Wacht op info", duurDagen: 10 });
    expect(response.status).toBe(204);
    const [patch] = nep.schrijfverzoeken();
    expect(patch?.method).toBe("PATCH");
    expect(patch?.body).toMatchObject({ opschorting: { indicatie: true, reden: "Wacht op info" }, einddatumGepland: "2026-02-11", uiterlijkeEinddatumAfdoening: "2026-03-11" });
    expect(patch?.toelichting).toBe("Opgeschort: Wacht op info");
    const claims = decodeJwt(String(patch?.autorisatie).replace("Bearer ", ""));
    expect(claims).toMatchObject({ client_id: "zac-test", user_id: "behandelaar1", user_representation: "Test behandelaar1" });
    // Now opgeschort: opschorten again is refused by the policy.
    const nogmaals = await roep(opschortenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { reden: "x", duurDagen: 1 });
    expect(nogmaals.status).toBe(403);
  });

  it("hervatten op de dag van opschorten zet de datums terug met de ongebruikte dagen", async () => {
    const o = await opzet();
    als("behandelaar1");
    expect((await roep(opschortenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { reden: "Wacht op info", duurDagen: 10 })).status).toBe(204);
    nep.vergeetVerzoeken();
    const response = await roep(hervattenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { reden: "Info binnen" });
    expect(response.status).toBe(204);
    const [patch] = nep.schrijfverzoeken();
    expect(patch?.body).toMatchObject({ opschorting: { indicatie: false, reden: "" }, einddatumGepland: "2026-02-01", uiterlijkeEinddatumAfdoening: "2026-03-01" });
    expect(patch?.toelichting).toBe("Hervat: Info binnen");
    // The record is gone: a second opschorting starts afresh.
    expect((await roep(hervattenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { reden: "nogmaals" })).status).not.toBe(204);
  });

  it("afhandelen sluit de zaak; recordmanager1 heropent hem", async () => {
    const o = await opzet();
    als("behandelaar1");
    // Open taak blocks afhandelen (409), after afronden it works.
    const geblokkeerd = await roep(afhandelenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { resultaattype: o.a.resultaattypen[0]!.url });
    expect(geblokkeerd.status).toBe(409);
    expect((await roep(taakAfrondenRoute.POST, "POST", { id: o.taak.id }, { afronding: { taaktype: "advies_intern", advies: "positief" } })).status).toBe(204);
    const af = await roep(afhandelenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { resultaattype: o.a.resultaattypen[0]!.url });
    expect(af.status).toBe(204);
    expect(nep.haal("zaken", uuidVan(o.zaak))?.einddatum).toBeTruthy();
    als("recordmanager1");
    const heropend = await roep(heropenenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { reden: "Fout" });
    expect(heropend.status).toBe(204);
    expect(nep.haal("zaken", uuidVan(o.zaak))?.einddatum).toBeNull();
    const detail = (await (await roep(zaakRoute.GET, "GET", { uuid: uuidVan(o.zaak) })).json()) as { open: boolean; heropend: boolean; rechten: { verlengen: boolean } };
    expect(detail).toMatchObject({ open: true, heropend: true });
    // Reopened: verlengen is not allowed (policy).
    expect(detail.rechten.verlengen).toBe(false);
  });

  it("zaak starten: alleen toegestane zaaktypen, met initiator en standaard behandelaar", async () => {
    als("behandelaar1");
    const typen = (await (await roep(zaaktypenRoute.GET, "GET", {})).json()) as { omschrijving: string; magStarten: boolean }[];
    expect(typen).toEqual([expect.objectContaining({ omschrijving: DOMEIN_A, magStarten: true })]);
    const response = await roep(zakenRoute.POST, "POST", {}, { zaaktype: DOMEIN_A, omschrijving: "Dakkapel", initiator: { soort: "persoon", bsn: "999993653", naam: "Jansen" } });
    expect(response.status).toBe(201);
    const { uuid } = (await response.json()) as { uuid: string };
    const rollen = [...nep.lijst("rollen").values()].filter((r) => String(r.zaak).endsWith(uuid));
    expect(rollen.map((r) => `${r.omschrijvingGeneriek}:${r.betrokkeneType}`).sort()).toEqual([
      "behandelaar:medewerker",
      "behandelaar:organisatorische_eenheid",
      "initiator:natuurlijk_persoon",
    ]);
  });
});

describe("zaak detail", () => {
  it("BSN gemaskeerd zonder zaak.bekijken_bsn, volledig met", async () => {
    const o = await opzet();
    als("raadpleger1");
    const r1 = (await (await roep(zaakRoute.GET, "GET", { uuid: uuidVan(o.zaak) })).json()) as { rollen: { identificatie: string }[]; rechten: Record<string, boolean> };
    expect(r1.rollen[0]?.identificatie).toBe("*****3653");
    expect(JSON.stringify(r1)).not.toContain("999993653");
    expect(r1.rechten.wijzigen).toBe(false);
    als("behandelaar1");
    const r2 = (await (await roep(zaakRoute.GET, "GET", { uuid: uuidVan(o.zaak) })).json()) as {
      rollen: { identificatie: string }[];
      rechten: Record<string, boolean>;
      documenten: { rechten: Record<string, boolean> }[];
      taken: unknown[];
      notities: unknown[];
      besluiten: unknown[];
    };
    expect(r2.rollen[0]?.identificatie).toBe("999993653");
    expect(r2.rechten).toMatchObject({ wijzigen: true, opschorten: true, heropenen: false });
    expect(r2.documenten[0]?.rechten).toMatchObject({ wijzigen: true, downloaden: true });
    expect(r2.taken).toHaveLength(1);
    expect(r2.notities).toHaveLength(1);
    expect(r2.besluiten).toHaveLength(1);
  });
});

describe("werklijsten: gefilterd in de query", () => {
  it("zaken-werkvoorraad vraagt alleen de leesbare zaaktypen (zaaktype__in) en telt", async () => {
    const a = cat[DOMEIN_A]!;
    const b = cat[DOMEIN_B]!;
    for (let i = 0; i < 3; i++) nepZaak(nep, a);
    for (let i = 0; i < 4; i++) nepZaak(nep, b);
    nepZaak(nep, a, { gesloten: true });
    als("behandelaar1");
    const response = await roep(werklijstRoute.GET, "GET", { lijst: "zaken-werkvoorraad" }, undefined, { zoek: "?pageSize=10" });
    expect(response.status).toBe(200);
    const lijst = (await response.json()) as { count: number; rijen: { zaaktype: string; magToekennen: boolean }[]; keuzes: { zaaktype: string[] } };
    const zoek = nep.verzoeken.find((v) => v.pad.endsWith("/_zoek"));
    expect((zoek?.body as { zaaktype__in: string[] }).zaaktype__in).toEqual([a.zaaktype.url]);
    expect((zoek?.body as { einddatum__isnull: boolean }).einddatum__isnull).toBe(true);
    expect(lijst.count).toBe(3);
    expect(lijst.rijen.every((r) => r.zaaktype === DOMEIN_A && r.magToekennen)).toBe(true);
    expect(lijst.keuzes.zaaktype).toEqual([DOMEIN_A]);
  });

  it("een gebruiker zonder leesbare zaaktypen in het filter krijgt 0 zonder ZGW-vraag", async () => {
    als("behandelaar1");
    const response = await roep(werklijstRoute.GET, "GET", { lijst: "zaken-werkvoorraad" }, undefined, { zoek: `?zaaktype=${encodeURIComponent(DOMEIN_B)}` });
    expect(((await response.json()) as { count: number }).count).toBe(0);
    expect(nep.verzoeken.some((v) => v.pad.endsWith("/_zoek"))).toBe(false);
  });

  it("taken-werkvoorraad: behandelaar2 ziet geen taken van domein A (SQL-filter)", async () => {
    await opzet();
    als("behandelaar2");
    const lijst = (await (await roep(werklijstRoute.GET, "GET", { lijst: "taken-werkvoorraad" })).json()) as { count: number };
    expect(lijst.count).toBe(0);
    als("behandelaar1");
    const eigen = (await (await roep(werklijstRoute.GET, "GET", { lijst: "taken-werkvoorraad" })).json()) as { count: number; rijen: { magToekennen: boolean }[] };
    expect(eigen.count).toBe(1);
    expect(eigen.rijen[0]?.magToekennen).toBe(true);
  });

  it("onbekende sorteerkolom -> 400; paginagrootte en zoekopdrachten per gebruiker", async () => {
    als("behandelaar1");
    const fout = await roep(werklijstRoute.GET, "GET", { lijst: "zaken-werkvoorraad" }, undefined, { zoek: "?sort=omschrijving" });
    expect(fout.status).toBe(400);
    expect((await roep(instellingenRoute.PUT, "PUT", { lijst: "mijn-zaken" }, { pageSize: 50 })).status).toBe(200);
    expect(((await (await roep(instellingenRoute.GET, "GET", { lijst: "mijn-zaken" })).json()) as { pageSize: number }).pageSize).toBe(50);
    als("raadpleger1");
    expect(((await (await roep(instellingenRoute.GET, "GET", { lijst: "mijn-zaken" })).json()) as { pageSize: number }).pageSize).toBe(25);
    als("behandelaar1");
    expect((await roep(zoekopdrachtenRoute.POST, "POST", { lijst: "mijn-zaken" }, { naam: "Mijn filter", query: "sort=startdatum" })).status).toBe(201);
    als("raadpleger1");
    expect(await (await roep(zoekopdrachtenRoute.GET, "GET", { lijst: "mijn-zaken" })).json()).toEqual([]);
  });
});

describe("documenten", () => {
  it("upload in delen: metadata, deel gestreamd als multipart, afronden ontgrendelt", async () => {
    const o = await opzet();
    als("behandelaar1");
    const sessie = await roep(zaakDocumentenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { titel: "Foto", informatieobjecttype: o.a.iot.url, bestandsnaam: "f.txt", bestandsomvang: 5 });
    expect(sessie.status).toBe(201);
    const s = (await sessie.json()) as { document: string; delen: { volgnummer: number; omvang: number }[] };
    expect(s.delen).toEqual([{ volgnummer: 1, omvang: 5, voltooid: false }]);
    const deel = await roep(deelRoute.PUT, "PUT", { uuid: s.document, volgnummer: "1" }, undefined, {
      rauw: new Blob(["hallo"]).stream(),
      headers: { "Content-Type": "application/octet-stream", "Content-Length": "5" },
    });
    expect(deel.status).toBe(200);
    const put = nep.schrijfverzoeken().find((v) => v.method === "PUT");
    expect(String(put?.body)).toContain("hallo");
    expect(String(put?.body)).toContain('name="lock"');
    const klaar = await roep(afrondenUploadRoute.POST, "POST", { uuid: s.document });
    expect(klaar.status).toBe(200);
    expect(nep.haal("enkelvoudiginformatieobjecten", s.document)?.locked).toBe(false);
    // A part of the wrong size is refused before anything is sent.
    const fout = await roep(zaakDocumentenRoute.POST, "POST", { uuid: uuidVan(o.zaak) }, { titel: "F2", informatieobjecttype: o.a.iot.url, bestandsnaam: "g.txt", bestandsomvang: 5 });
    const s2 = (await fout.json()) as { document: string };
    const teKort = await roep(deelRoute.PUT, "PUT", { uuid: s2.document, volgnummer: "1" }, undefined, { rauw: "abc", headers: { "Content-Type": "application/octet-stream", "Content-Length": "3" } });
    expect(teKort.status).toBe(400);
  });

  it("vergrendelen door behandelaar1: behandelaar1 mag wijzigen, coordinator1 niet; ontkoppelen zet hem in de lijst", async () => {
    const o = await opzet();
    als("behandelaar1");
    expect((await roep(vergrendelenRoute.POST, "POST", { uuid: uuidVan(o.document) })).status).toBe(204);
    als("coordinator1");
    const d = (await (await roep(documentRoute.GET, "GET", { uuid: uuidVan(o.document) })).json()) as { rechten: Record<string, boolean>; vergrendeldDoor: string };
    expect(d.rechten.wijzigen).toBe(false);
    expect(d.vergrendeldDoor).toBe("Test behandelaar1");
    nep.vergeetVerzoeken();
    expect((await roep(documentRoute.PATCH, "PATCH", { uuid: uuidVan(o.document) }, { titel: "x" })).status).toBe(403);
    expect(nep.schrijfverzoeken()).toEqual([]);
    als("behandelaar1");
    expect((await roep(documentRoute.PATCH, "PATCH", { uuid: uuidVan(o.document) }, { titel: "Nieuwe titel" })).status).toBe(204);
    expect(nep.haal("enkelvoudiginformatieobjecten", uuidVan(o.document))?.titel).toBe("Nieuwe titel");
    expect((await roep(ontgrendelenRoute.POST, "POST", { uuid: uuidVan(o.document) })).status).toBe(204);
    expect((await roep(ontkoppelenDocRoute.POST, "POST", { uuid: uuidVan(o.document) }, { zaak: uuidVan(o.zaak), reden: "Verkeerde zaak" })).status).toBe(204);
    als("recordmanager1");
    const lijst = (await (await roep(werklijstRoute.GET, "GET", { lijst: "ontkoppelde-documenten" })).json()) as { count: number; rijen: { reden: string; magVerwijderen: boolean }[] };
    expect(lijst.count).toBe(1);
    expect(lijst.rijen[0]).toMatchObject({ reden: "Verkeerde zaak", magVerwijderen: true });
  });

  it("downloaden streamt de inhoud", async () => {
    const o = await opzet();
    nep.haal("enkelvoudiginformatieobjecten", uuidVan(o.document))!.inhoudTekst = "PDFDATA";
    als("raadpleger1");
    const r = await roep(inhoudRoute.GET, "GET", { uuid: uuidVan(o.document) }, undefined, { zoek: "?inline=1" });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-disposition")).toMatch(/^inline; filename="brief.pdf"/);
    expect(await r.text()).toBe("PDFDATA");
  });
});
