import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as catalogussen from "@/app/catalogi/api/v1/catalogussen/route";
import * as iotPublish from "@/app/catalogi/api/v1/informatieobjecttypen/[uuid]/publish/route";
import * as iotLijst from "@/app/catalogi/api/v1/informatieobjecttypen/route";
import * as audittrail from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/audittrail/route";
import * as audittrailDetail from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/audittrail/[audit_uuid]/route";
import * as download from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/download/route";
import * as lock from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/lock/route";
import * as eio from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/route";
import * as unlock from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/unlock/route";
import * as zoek from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/%5Fzoek/route";
import * as eios from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/route";
import * as gebruiksrecht from "@/app/documenten/api/v1/gebruiksrechten/[uuid]/route";
import * as gebruiksrechten from "@/app/documenten/api/v1/gebruiksrechten/route";
import * as oio from "@/app/documenten/api/v1/objectinformatieobjecten/[uuid]/route";
import * as oios from "@/app/documenten/api/v1/objectinformatieobjecten/route";
import * as verzending from "@/app/documenten/api/v1/verzendingen/[uuid]/route";
import * as verzendingen from "@/app/documenten/api/v1/verzendingen/route";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { zorgVoorEigenZgwClient } from "../autorisaties";
import { autorisatie, catalogusBody, informatieobjecttypeBody, testClient } from "../catalogi/testing/fixtures";
import { nepExterneLijsten } from "../testing/nep-externe-lijsten";
import { koppelTestOmgeving, TEST_PUBLIC_URL, zgwAanroeper } from "../testing/zgw-test";
import { documentVoorRelatie } from "./opslag";
import { base64, eioBody, tijdelijkeOpslag } from "./testing/fixtures";

const ROOT = `${TEST_PUBLIC_URL}/documenten/api/v1`;
const ZTC = `${TEST_PUBLIC_URL}/catalogi/api/v1`;
const uuidVan = (url: string) => url.split("/").pop()!.split("?")[0]!;
const EXTERN_ZRC = "https://zaken.elders.example/zaken/api/v1";

describe(`Documenten API 1.4.2 op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  let opslag: string;
  const zgw = zgwAanroeper("documenten");
  const ztc = zgwAanroeper("catalogi");
  const extern = nepExterneLijsten();
  let beheer: string;
  let lezerA: string;
  let schrijverA: string;
  let forceerder: string;
  let lezerB: string;
  let iotA: string;
  let iotB: string;
  let iotConcept: string;

  beforeAll(async () => {
    extern.start();
    opslag = await tijdelijkeOpslag();
    vi.stubEnv("DOCUMENTEN_OPSLAG", opslag);
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    const db = test.handle.db;
    await zorgVoorEigenZgwClient(db);
    beheer = await testClient(db, "beheer", "alle");
    const cat = (await ztc.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("DOC") })).body.url;
    const maakIot = async (omschrijving: string, publiceer: boolean, extra: Record<string, unknown> = {}) => {
      const url = (await ztc.roep(iotLijst.POST, "POST", "/informatieobjecttypen", { token: beheer, body: informatieobjecttypeBody(cat, omschrijving, extra) })).body.url as string;
      if (publiceer) await ztc.roep(iotPublish.POST, "POST", `/informatieobjecttypen/${uuidVan(url)}/publish`, { token: beheer, params: { uuid: uuidVan(url) } });
      return url;
    };
    iotA = await maakIot("Aanvraag", true, { vertrouwelijkheidaanduiding: "zaakvertrouwelijk" });
    iotB = await maakIot("Besluit", true);
    iotConcept = await maakIot("Concept", false);
    lezerA = await testClient(db, "lezer-a", [
      autorisatie("drc", ["documenten.lezen"], { informatieobjecttype: iotA, maxVertrouwelijkheidaanduiding: "zaakvertrouwelijk" }),
    ]);
    schrijverA = await testClient(db, "schrijver-a", [
      autorisatie("drc", ["documenten.lezen", "documenten.aanmaken", "documenten.bijwerken", "documenten.lock", "documenten.verwijderen"], {
        informatieobjecttype: iotA,
        maxVertrouwelijkheidaanduiding: "geheim",
      }),
    ]);
    lezerB = await testClient(db, "lezer-b", [autorisatie("drc", ["documenten.lezen"], { informatieobjecttype: iotB, maxVertrouwelijkheidaanduiding: "geheim" })]);
    forceerder = await testClient(db, "forceerder", [
      autorisatie("drc", ["documenten.lezen", "documenten.geforceerd-unlock"], { informatieobjecttype: iotA, maxVertrouwelijkheidaanduiding: "geheim" }),
    ]);
  });
  afterAll(async () => {
    extern.stop();
    herstel?.();
    await test?.dispose();
    vi.unstubAllEnvs();
    await rm(opslag, { recursive: true, force: true });
  });
  afterEach(() => extern.herstel());

  const maak = (body: Record<string, unknown>, token = beheer) => zgw.roep(eios.POST, "POST", "/enkelvoudiginformatieobjecten", { token, body });
  const lees = (url: string, query = "", token = beheer) =>
    zgw.roep(eio.GET, "GET", `/enkelvoudiginformatieobjecten/${uuidVan(url)}${query}`, { token, params: { uuid: uuidVan(url) } });
  const lockDoc = (url: string, token = beheer) =>
    zgw.roep(lock.POST, "POST", `/enkelvoudiginformatieobjecten/${uuidVan(url)}/lock`, { token, params: { uuid: uuidVan(url) } });
  const unlockDoc = (url: string, body: Record<string, unknown>, token = beheer) =>
    zgw.roep(unlock.POST, "POST", `/enkelvoudiginformatieobjecten/${uuidVan(url)}/unlock`, { token, body, params: { uuid: uuidVan(url) } });
  const patch = (url: string, body: Record<string, unknown>, token = beheer) =>
    zgw.roep(eio.PATCH, "PATCH", `/enkelvoudiginformatieobjecten/${uuidVan(url)}`, { token, body, params: { uuid: uuidVan(url) } });
  const downloadBytes = async (url: string, query = "", token = beheer) => {
    const request = new Request(`http://localhost:3000/documenten/api/v1/enkelvoudiginformatieobjecten/${uuidVan(url)}/download${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const response = await download.GET(request, { params: Promise.resolve({ uuid: uuidVan(url) }) });
    const bytes = Buffer.from(await response.clone().arrayBuffer());
    zgw.validator.controleer({ method: "GET", path: request.url, status: response.status, headers: response.headers, body: response.status === 200 ? bytes.toString("latin1") : JSON.parse(bytes.toString()) });
    return { response, bytes };
  };
  const blobBestanden = async () => {
    const uit: string[] = [];
    for (const map of await readdir(opslag).catch(() => [] as string[])) {
      if (map === "tmp") continue;
      for (const f of await readdir(path.join(opslag, map))) uit.push(`${map}/${f}`);
    }
    return uit;
  };

  describe("enkelvoudiginformatieobjecten aanmaken en lezen", () => {
    it("maakt een document met base64-inhoud aan (201, Location) en levert dezelfde bytes bij download", async () => {
      const { response, body } = await maak(eioBody(iotA, { inhoud: base64("Hallo wereld"), bestandsnaam: "hallo.txt", vertrouwelijkheidaanduiding: "openbaar" }));
      expect(response.status).toBe(201);
      expect(response.headers.get("Location")).toBe(body.url);
      expect(body).toMatchObject({ versie: 1, bestandsomvang: 12, locked: false, lock: "", bestandsdelen: [], indicatieGebruiksrecht: null });
      expect(body.inhoud).toBe(`${body.url}/download?versie=1`);
      expect(body.identificatie).not.toBe("");
      const { response: dl, bytes } = await downloadBytes(body.url);
      expect(dl.status).toBe(200);
      expect(dl.headers.get("Content-Type")).toBe("application/octet-stream");
      expect(dl.headers.get("Content-Disposition")).toContain('filename="hallo.txt"');
      expect(bytes.toString()).toBe("Hallo wereld");
    });

    it("drc-001: een onbekend informatieobjecttype -> 400 bad-url", async () => {
      const { response, body } = await maak(eioBody(`${ZTC}/informatieobjecttypen/3c5b2f4e-1f0b-4a4e-9d43-0a4b8f1c2d3e`));
      expect(response.status).toBe(400);
      expect(body.invalidParams).toContainEqual(expect.objectContaining({ name: "informatieobjecttype", code: "bad-url" }));
    });

    it("drc-001: een niet-gepubliceerd informatieobjecttype -> 400 not-published; een gepubliceerd -> 201", async () => {
      const concept = await maak(eioBody(iotConcept));
      expect(concept.response.status).toBe(400);
      expect(concept.body.invalidParams).toContainEqual(expect.objectContaining({ name: "informatieobjecttype", code: "not-published" }));
      expect((await maak(eioBody(iotB))).response.status).toBe(201);
    });

    it("drc-007: zonder vertrouwelijkheidaanduiding geldt die van het informatieobjecttype; een opgegeven waarde wint", async () => {
      expect((await maak(eioBody(iotA))).body.vertrouwelijkheidaanduiding).toBe("zaakvertrouwelijk");
      expect((await maak(eioBody(iotA, { vertrouwelijkheidaanduiding: "geheim" }))).body.vertrouwelijkheidaanduiding).toBe("geheim");
    });

    it("drc-005: met ontvangstdatum is status in_bewerking of ter_vaststelling -> 400; definitief mag", async () => {
      for (const status of ["in_bewerking", "ter_vaststelling"]) {
        const fout = await maak(eioBody(iotA, { ontvangstdatum: "2025-03-02", status }));
        expect(fout.response.status).toBe(400);
        expect(fout.body.invalidParams).toContainEqual(expect.objectContaining({ name: "status", code: "invalid_for_received" }));
      }
      expect((await maak(eioBody(iotA, { ontvangstdatum: "2025-03-02", status: "definitief" }))).response.status).toBe(201);
      expect((await maak(eioBody(iotA, { status: "in_bewerking" }))).response.status).toBe(201);
    });

    it("weigert een dubbele identificatie binnen een bronorganisatie en ongeldige invoer", async () => {
      expect((await maak(eioBody(iotA, { identificatie: "UNIEK-1" }))).response.status).toBe(201);
      const dubbel = await maak(eioBody(iotA, { identificatie: "UNIEK-1" }));
      expect(dubbel.body.invalidParams).toContainEqual(expect.objectContaining({ name: "identificatie", code: "identificatie-niet-uniek" }));
      const ongeldig = await maak({ ...eioBody(iotA), taal: "nederlands", bronorganisatie: "1" });
      expect(ongeldig.response.status).toBe(400);
      expect(ongeldig.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(["bronorganisatie", "taal"]);
    });

    it("leest met ETag, 304 en HEAD; een onbekend document -> 404", async () => {
      const { body } = await maak(eioBody(iotA));
      const gelezen = await lees(body.url);
      const etag = gelezen.response.headers.get("ETag")!;
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
      // The read shows the create's answer without its `lock`.
      expect({ ...gelezen.body, lock: body.lock }).toEqual(body);
      const n304 = await zgw.roep(eio.GET, "GET", `/enkelvoudiginformatieobjecten/${uuidVan(body.url)}`, {
        token: beheer,
        params: { uuid: uuidVan(body.url) },
        headers: { "If-None-Match": etag },
        oas: false,
      });
      expect(n304.response.status).toBe(304);
      const head = await zgw.roep(eio.HEAD, "HEAD", `/enkelvoudiginformatieobjecten/${uuidVan(body.url)}`, { token: beheer, params: { uuid: uuidVan(body.url) } });
      expect(head.response.status).toBe(200);
      expect(head.response.headers.get("ETag")).toBe(etag);
      const onbekend = "9d0b3a5e-8a53-4bb9-9b25-0c8e7a1f2b3c";
      expect((await zgw.roep(eio.GET, "GET", `/enkelvoudiginformatieobjecten/${onbekend}`, { token: beheer, params: { uuid: onbekend } })).response.status).toBe(404);
    });

    it("documentVoorRelatie geeft wat de Zaken- en Besluiten-API nodig hebben, of null", async () => {
      const { body } = await maak(eioBody(iotA, { status: "definitief" }));
      expect(await documentVoorRelatie(test.handle.db, uuidVan(body.url))).toMatchObject({
        uuid: uuidVan(body.url),
        url: body.url,
        informatieobjecttypeUrl: iotA,
        vertrouwelijkheidaanduiding: "zaakvertrouwelijk",
        status: "definitief",
        indicatieGebruiksrecht: null,
      });
      expect(await documentVoorRelatie(test.handle.db, "9d0b3a5e-8a53-4bb9-9b25-0c8e7a1f2b3c")).toBeNull();
    });
  });

  describe("lock, versies en unlock (drc-009, drc-010)", () => {
    it("drc-009: bijwerken zonder lock -> 400 unlocked; met een verkeerd lock -> 400 incorrect-lock-id; met het lock -> nieuwe versie", async () => {
      const { body } = await maak(eioBody(iotA, { titel: "Versie een", inhoud: base64("een") }));
      const zonder = await patch(body.url, { titel: "x", lock: "iets" });
      expect(zonder.response.status).toBe(400);
      expect(zonder.body.invalidParams).toContainEqual(expect.objectContaining({ code: "unlocked" }));
      const { response, body: l } = await lockDoc(body.url);
      expect(response.status).toBe(200);
      expect(l.lock).toMatch(/^[0-9a-f]{32}$/);
      const weerLock = await lockDoc(body.url);
      expect(weerLock.body.invalidParams).toContainEqual(expect.objectContaining({ code: "existing-lock" }));
      const verkeerd = await patch(body.url, { titel: "x", lock: "0".repeat(32) });
      expect(verkeerd.response.status).toBe(400);
      expect(verkeerd.body.invalidParams).toContainEqual(expect.objectContaining({ code: "incorrect-lock-id" }));
      const geenLock = await patch(body.url, { titel: "x" });
      expect(geenLock.body.invalidParams).toContainEqual(expect.objectContaining({ name: "lock", code: "required" }));

      const v2 = await patch(body.url, { titel: "Versie twee", lock: l.lock });
      expect(v2.response.status).toBe(200);
      expect(v2.body).toMatchObject({ versie: 2, titel: "Versie twee", locked: true, inhoud: `${body.url}/download?versie=2` });
      const put = await zgw.roep(eio.PUT, "PUT", `/enkelvoudiginformatieobjecten/${uuidVan(body.url)}`, {
        token: beheer,
        params: { uuid: uuidVan(body.url) },
        body: eioBody(iotA, { titel: "Versie drie", inhoud: base64("drie"), lock: l.lock }),
      });
      expect(put.response.status).toBe(200);
      expect(put.body).toMatchObject({ versie: 3, titel: "Versie drie", bestandsomvang: 4 });

      // Older versions stay readable, by number and by registration time.
      expect((await lees(body.url, "?versie=1")).body).toMatchObject({ versie: 1, titel: "Versie een" });
      expect((await lees(body.url, `?registratieOp=${encodeURIComponent(v2.body.beginRegistratie)}`)).body).toMatchObject({ versie: 2 });
      expect((await lees(body.url, "?versie=9")).response.status).toBe(404);
      expect((await downloadBytes(body.url, "?versie=1")).bytes.toString()).toBe("een");
      expect((await downloadBytes(body.url)).bytes.toString()).toBe("drie");
      // The list shows the latest version only.
      const lijst = await zgw.roep(eios.GET, "GET", `/enkelvoudiginformatieobjecten?identificatie=${body.identificatie}`, { token: beheer });
      expect(lijst.body.count).toBe(1);
      expect(lijst.body.results[0]).toMatchObject({ versie: 3, titel: "Versie drie" });

      // Without documenten.geforceerd-unlock (heeftAlleAutorisaties has it) the lock id must match.
      const fout = await unlockDoc(body.url, { lock: "0".repeat(32) }, schrijverA);
      expect(fout.body.invalidParams).toContainEqual(expect.objectContaining({ code: "incorrect-lock-id" }));
      expect((await unlockDoc(body.url, { lock: l.lock }, schrijverA)).response.status).toBe(204);
      expect((await lees(body.url)).body.locked).toBe(false);
    });

    it("lock-ids zijn per lock verschillend", async () => {
      const ids = new Set<string>();
      for (let i = 0; i < 5; i++) {
        const { body } = await maak(eioBody(iotA));
        ids.add((await lockDoc(body.url)).body.lock);
      }
      expect(ids.size).toBe(5);
    });

    it("drc-009: documenten.geforceerd-unlock ontgrendelt zonder lock-id, documenten.lock alleen met", async () => {
      const { body } = await maak(eioBody(iotA));
      await lockDoc(body.url);
      const zonder = await unlockDoc(body.url, {}, schrijverA);
      expect(zonder.response.status).toBe(400);
      expect((await unlockDoc(body.url, {}, forceerder)).response.status).toBe(204);
      expect((await lees(body.url)).body.locked).toBe(false);
    });

    it("drc-010: het informatieobjecttype mag wijzigen, maar moet gepubliceerd zijn (drc-001 bij update)", async () => {
      const { body } = await maak(eioBody(iotA));
      const { lock: l } = (await lockDoc(body.url)).body;
      const concept = await patch(body.url, { informatieobjecttype: iotConcept, lock: l });
      expect(concept.body.invalidParams).toContainEqual(expect.objectContaining({ code: "not-published" }));
      const ok = await patch(body.url, { informatieobjecttype: iotB, lock: l });
      expect(ok.response.status).toBe(200);
      expect(ok.body.informatieobjecttype).toBe(iotB);
    });
  });

  describe("autorisatie, lijsten, _zoek en expand", () => {
    it("filtert de lijst in de query op type en vertrouwelijkheid; een document buiten de rechten -> 403", async () => {
      const zichtbaar = (await maak(eioBody(iotA, { identificatie: "AUT-1", vertrouwelijkheidaanduiding: "openbaar" }))).body;
      const teGeheim = (await maak(eioBody(iotA, { identificatie: "AUT-2", vertrouwelijkheidaanduiding: "geheim" }))).body;
      const anderType = (await maak(eioBody(iotB, { identificatie: "AUT-3" }))).body;
      const urls = async (token: string) => {
        const uit: string[] = [];
        for (let page = 1; ; page++) {
          const { body } = await zgw.roep(eios.GET, "GET", `/enkelvoudiginformatieobjecten${page > 1 ? `?page=${page}` : ""}`, { token });
          uit.push(...body.results.map((r: { url: string }) => r.url));
          if (!body.next) return uit;
        }
      };
      const gezien = await urls(lezerA);
      expect(gezien).toContain(zichtbaar.url);
      expect(gezien).not.toContain(teGeheim.url);
      expect(gezien).not.toContain(anderType.url);
      expect((await lees(teGeheim.url, "", lezerA)).response.status).toBe(403);
      expect((await lees(anderType.url, "", lezerA)).response.status).toBe(403);
      expect((await lees(zichtbaar.url, "", lezerA)).response.status).toBe(200);
      // Creating outside the rights is refused too.
      expect((await maak(eioBody(iotB), schrijverA)).response.status).toBe(403);
    });

    it("filtert op identificatie, bronorganisatie en trefwoorden; onbekende parameter -> 400", async () => {
      await maak(eioBody(iotA, { identificatie: "TREF-1", trefwoorden: ["bouw", "vergunning"] }));
      await maak(eioBody(iotA, { identificatie: "TREF-2", trefwoorden: ["bouw"], bronorganisatie: "123456782" }));
      const lijst = async (q: string) => (await zgw.roep(eios.GET, "GET", `/enkelvoudiginformatieobjecten${q}`, { token: beheer })).body;
      expect((await lijst("?trefwoorden=bouw")).results.map((r: { identificatie: string }) => r.identificatie).sort()).toEqual(["TREF-1", "TREF-2"]);
      expect((await lijst("?trefwoorden=bouw,vergunning")).results.map((r: { identificatie: string }) => r.identificatie)).toEqual(["TREF-1"]);
      expect((await lijst("?bronorganisatie=123456782")).results.map((r: { identificatie: string }) => r.identificatie)).toEqual(["TREF-2"]);
      const fout = await zgw.roep(eios.GET, "GET", "/enkelvoudiginformatieobjecten?onbekend=1", { token: beheer });
      expect(fout.response.status).toBe(400);
      expect(fout.body.invalidParams[0].code).toBe("unknown-parameters");
    });

    it("_zoek op uuid__in (met autorisatiefilter) en expand informatieobjecttype (drc-011..014)", async () => {
      const a = (await maak(eioBody(iotA, { identificatie: "ZOEK-1", vertrouwelijkheidaanduiding: "openbaar" }))).body;
      const b = (await maak(eioBody(iotB, { identificatie: "ZOEK-2" }))).body;
      const zoekUuids = [uuidVan(a.url), uuidVan(b.url), "9d0b3a5e-8a53-4bb9-9b25-0c8e7a1f2b3c"];
      const alle = await zgw.roep(zoek.POST, "POST", "/enkelvoudiginformatieobjecten/_zoek", { token: beheer, body: { uuid__in: zoekUuids, expand: "informatieobjecttype" } });
      expect(alle.response.status).toBe(200);
      expect(alle.body.count).toBe(2);
      const perUrl = Object.fromEntries(alle.body.results.map((r: { url: string }) => [r.url, r]));
      expect(perUrl[a.url]._expand.informatieobjecttype).toMatchObject({ url: iotA, omschrijving: "Aanvraag" });
      expect(perUrl[b.url]._expand.informatieobjecttype.url).toBe(iotB);
      const beperkt = await zgw.roep(zoek.POST, "POST", "/enkelvoudiginformatieobjecten/_zoek", { token: lezerA, body: { uuid__in: zoekUuids } });
      expect(beperkt.body.results.map((r: { url: string }) => r.url)).toEqual([a.url]);
      const zonder = await zgw.roep(zoek.POST, "POST", "/enkelvoudiginformatieobjecten/_zoek", { token: beheer, body: {} });
      expect(zonder.body.invalidParams).toContainEqual(expect.objectContaining({ name: "uuid__in", code: "required" }));
      // drc-013: an expand path that is no attribute: 400 in a list, 404 on a detail.
      const fout = await zgw.roep(eios.GET, "GET", "/enkelvoudiginformatieobjecten?expand=zaak", { token: beheer });
      expect(fout.response.status).toBe(400);
      expect((await lees(a.url, "?expand=zaak")).response.status).toBe(404);
      const detail = await lees(a.url, "?expand=informatieobjecttype");
      expect(detail.body._expand.informatieobjecttype.url).toBe(iotA);
    });
  });

  describe("gebruiksrechten (drc-006)", () => {
    it("drc-006: het eerste gebruiksrecht zet indicatieGebruiksrecht op true, het verwijderen van het laatste weer op null", async () => {
      const { body: doc } = await maak(eioBody(iotA));
      const recht = (r: Record<string, unknown> = {}) => ({ informatieobject: doc.url, startdatum: "2025-01-01T00:00:00Z", omschrijvingVoorwaarden: "Alleen intern", ...r });
      const g1 = await zgw.roep(gebruiksrechten.POST, "POST", "/gebruiksrechten", { token: beheer, body: recht() });
      expect(g1.response.status).toBe(201);
      expect(g1.response.headers.get("Location")).toBe(g1.body.url);
      expect((await lees(doc.url)).body.indicatieGebruiksrecht).toBe(true);
      const g2 = await zgw.roep(gebruiksrechten.POST, "POST", "/gebruiksrechten", { token: beheer, body: recht({ startdatum: "2025-06-01T00:00:00Z", einddatum: "2026-01-01T00:00:00Z" }) });

      const lijst = await zgw.roep(gebruiksrechten.GET, "GET", `/gebruiksrechten?informatieobject=${encodeURIComponent(doc.url)}&expand=informatieobject`, { token: beheer });
      expect(lijst.body).toHaveLength(2);
      expect(lijst.body[0]._expand.informatieobject.url).toBe(doc.url);
      const na = await zgw.roep(gebruiksrechten.GET, "GET", `/gebruiksrechten?informatieobject=${encodeURIComponent(doc.url)}&startdatum__gt=2025-03-01T00:00:00Z`, { token: beheer });
      expect(na.body.map((g: { url: string }) => g.url)).toEqual([g2.body.url]);

      const bijgewerkt = await zgw.roep(gebruiksrecht.PATCH, "PATCH", `/gebruiksrechten/${uuidVan(g1.body.url)}`, {
        token: beheer,
        params: { uuid: uuidVan(g1.body.url) },
        body: { omschrijvingVoorwaarden: "Ook extern" },
      });
      expect(bijgewerkt.body.omschrijvingVoorwaarden).toBe("Ook extern");
      const anderDoc = (await maak(eioBody(iotA))).body;
      const verhuis = await zgw.roep(gebruiksrecht.PATCH, "PATCH", `/gebruiksrechten/${uuidVan(g1.body.url)}`, {
        token: beheer,
        params: { uuid: uuidVan(g1.body.url) },
        body: { informatieobject: anderDoc.url },
      });
      expect(verhuis.body.invalidParams).toContainEqual(expect.objectContaining({ code: "wijzigen-niet-toegelaten" }));

      for (const g of [g1, g2]) {
        const weg = await zgw.roep(gebruiksrecht.DELETE, "DELETE", `/gebruiksrechten/${uuidVan(g.body.url)}`, { token: beheer, params: { uuid: uuidVan(g.body.url) } });
        expect(weg.response.status).toBe(204);
        expect((await lees(doc.url)).body.indicatieGebruiksrecht).toBe(g === g1 ? true : null);
      }
    });

    it("een gebruiksrecht op een onbekend document -> 400", async () => {
      const fout = await zgw.roep(gebruiksrechten.POST, "POST", "/gebruiksrechten", {
        token: beheer,
        body: { informatieobject: `${ROOT}/enkelvoudiginformatieobjecten/9d0b3a5e-8a53-4bb9-9b25-0c8e7a1f2b3c`, startdatum: "2025-01-01T00:00:00Z", omschrijvingVoorwaarden: "x" },
      });
      expect(fout.response.status).toBe(400);
      expect(fout.body.invalidParams[0].name).toBe("informatieobject");
    });
  });

  describe("verzendingen", () => {
    it("kent elk adresformaat, weigert twee adressen, pagineert en expandeert", async () => {
      const { body: doc } = await maak(eioBody(iotA));
      const basis = { informatieobject: doc.url, betrokkene: "https://klanten.example/api/v1/klanten/1", aardRelatie: "geadresseerde", contactPersoon: "https://medewerkers.example/1" };
      const adressen: Record<string, unknown>[] = [
        { binnenlandsCorrespondentieadres: { huisnummer: 1, naamOpenbareRuimte: "Dorpsstraat", woonplaatsnaam: "Utrecht", postcode: "3511AA" } },
        { buitenlandsCorrespondentieadres: { adresBuitenland1: "Rue de la Paix 1", landPostadres: "https://landen.example/fr" } },
        { correspondentiePostadres: { postBusOfAntwoordnummer: 12, postadresPostcode: "3500AA", postadresType: "postbusnummer", woonplaatsnaam: "Utrecht" } },
        { faxnummer: "0301234567" },
        { emailadres: "iemand@example.nl" },
        { telefoonnummer: "0612345678" },
        { mijnOverheid: true },
      ];
      const gemaakt: string[] = [];
      for (const adres of adressen) {
        const { response, body } = await zgw.roep(verzendingen.POST, "POST", "/verzendingen", { token: beheer, body: { ...basis, ...adres } });
        expect(response.status).toBe(201);
        expect(body).toMatchObject(adres);
        gemaakt.push(body.url);
      }
      const twee = await zgw.roep(verzendingen.POST, "POST", "/verzendingen", { token: beheer, body: { ...basis, ...adressen[3], ...adressen[4] } });
      expect(twee.body.invalidParams).toContainEqual(expect.objectContaining({ code: "invalid-address" }));

      const lijst = await zgw.roep(verzendingen.GET, "GET", `/verzendingen?informatieobject=${encodeURIComponent(doc.url)}&expand=informatieobject`, { token: beheer });
      expect(lijst.body.count).toBe(adressen.length);
      expect(lijst.body.results[0]._expand.informatieobject.url).toBe(doc.url);
      expect((await zgw.roep(verzendingen.GET, "GET", "/verzendingen?aardRelatie=afzender", { token: beheer })).body.count).toBe(0);
      // A client without rights on the document sees none of its verzendingen.
      const vreemd = await testClient(test.handle.db, "vreemd-b", [autorisatie("drc", ["documenten.lezen"], { informatieobjecttype: iotB, maxVertrouwelijkheidaanduiding: "geheim" })]);
      expect((await zgw.roep(verzendingen.GET, "GET", `/verzendingen?informatieobject=${encodeURIComponent(doc.url)}`, { token: vreemd })).body.count).toBe(0);

      const u = uuidVan(gemaakt[0]!);
      const put = await zgw.roep(verzending.PUT, "PUT", `/verzendingen/${u}`, { token: beheer, params: { uuid: u }, body: { ...basis, aardRelatie: "afzender", emailadres: "ander@example.nl" } });
      expect(put.body).toMatchObject({ aardRelatie: "afzender", emailadres: "ander@example.nl", binnenlandsCorrespondentieadres: null });
      expect((await zgw.roep(verzending.GET, "GET", `/verzendingen/${u}?expand=informatieobject`, { token: beheer, params: { uuid: u } })).body._expand.informatieobject.url).toBe(doc.url);
      expect((await zgw.roep(verzending.DELETE, "DELETE", `/verzendingen/${u}`, { token: beheer, params: { uuid: u } })).response.status).toBe(204);
      expect((await zgw.roep(verzending.GET, "GET", `/verzendingen/${u}`, { token: beheer, params: { uuid: u } })).response.status).toBe(404);
    });
  });

  describe("objectinformatieobjecten en verwijderen (drc-002, drc-003, drc-004, drc-008)", () => {
    const zaak = `${EXTERN_ZRC}/zaken/5b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e`;
    const relatieZoek = (doc: string) => {
      const u = new URL(`${EXTERN_ZRC}/zaakinformatieobjecten`);
      u.searchParams.set("zaak", zaak);
      u.searchParams.set("informatieobject", doc);
      return u.toString();
    };

    it("drc-002: een object dat niet opgehaald kan worden -> 400 bad-url", async () => {
      const { body: doc } = await maak(eioBody(iotA));
      const fout = await zgw.roep(oios.POST, "POST", "/objectinformatieobjecten", { token: beheer, body: { informatieobject: doc.url, object: zaak, objectType: "zaak" } });
      expect(fout.response.status).toBe(400);
      expect(fout.body.invalidParams).toContainEqual(expect.objectContaining({ name: "object", code: "bad-url" }));
    });

    it("drc-004: een relatie die de Zaken API niet kent -> 400 inconsistent-relation", async () => {
      const { body: doc } = await maak(eioBody(iotA));
      extern.bedien({ [zaak]: { url: zaak }, [relatieZoek(doc.url)]: [] });
      const fout = await zgw.roep(oios.POST, "POST", "/objectinformatieobjecten", { token: beheer, body: { informatieobject: doc.url, object: zaak, objectType: "zaak" } });
      expect(fout.body.invalidParams).toContainEqual(expect.objectContaining({ code: "inconsistent-relation" }));
    });

    it("drc-003/drc-008: een bestaande relatie wordt vastgelegd (uniek); het document is pas na het verwijderen ervan te verwijderen, met inhoud en audittrail", async () => {
      const { body: doc } = await maak(eioBody(iotA, { inhoud: base64("te verwijderen") }));
      const bestandenVoor = await blobBestanden();
      extern.bedien({ [zaak]: { url: zaak }, [relatieZoek(doc.url)]: [{ url: `${EXTERN_ZRC}/zaakinformatieobjecten/1` }] });
      const body = { informatieobject: doc.url, object: zaak, objectType: "zaak" };
      const { response, body: relatie } = await zgw.roep(oios.POST, "POST", "/objectinformatieobjecten", { token: beheer, body });
      expect(response.status).toBe(201);
      expect(relatie).toMatchObject(body);
      const dubbel = await zgw.roep(oios.POST, "POST", "/objectinformatieobjecten", { token: beheer, body });
      expect(dubbel.body.invalidParams).toContainEqual(expect.objectContaining({ code: "unique" }));
      const lijst = await zgw.roep(oios.GET, "GET", `/objectinformatieobjecten?object=${encodeURIComponent(zaak)}`, { token: beheer });
      expect(lijst.body.map((o: { url: string }) => o.url)).toEqual([relatie.url]);
      expect((await zgw.roep(oios.GET, "GET", `/objectinformatieobjecten?object=${encodeURIComponent(zaak)}`, { token: lezerB })).body).toEqual([]);
      const r = uuidVan(relatie.url);
      expect((await zgw.roep(oio.GET, "GET", `/objectinformatieobjecten/${r}`, { token: beheer, params: { uuid: r } })).body).toEqual(relatie);

      const d = uuidVan(doc.url);
      const teVroeg = await zgw.roep(eio.DELETE, "DELETE", `/enkelvoudiginformatieobjecten/${d}`, { token: beheer, params: { uuid: d } });
      expect(teVroeg.response.status).toBe(400);
      expect(teVroeg.body.invalidParams).toContainEqual(expect.objectContaining({ code: "pending-relations" }));

      // drc-004 on delete: while the Zaken API still lists the relation it stays.
      const nogDaar = await zgw.roep(oio.DELETE, "DELETE", `/objectinformatieobjecten/${r}`, { token: beheer, params: { uuid: r } });
      expect(nogDaar.response.status).toBe(400);
      extern.bedien({ [relatieZoek(doc.url)]: [] });
      expect((await zgw.roep(oio.DELETE, "DELETE", `/objectinformatieobjecten/${r}`, { token: beheer, params: { uuid: r } })).response.status).toBe(204);

      expect((await zgw.roep(audittrail.GET, "GET", `/enkelvoudiginformatieobjecten/${d}/audittrail`, { token: beheer, params: { uuid: d } })).body.length).toBeGreaterThan(0);
      expect((await zgw.roep(eio.DELETE, "DELETE", `/enkelvoudiginformatieobjecten/${d}`, { token: beheer, params: { uuid: d } })).response.status).toBe(204);
      expect((await lees(doc.url)).response.status).toBe(404);
      // The OAS documents no 404 for the audit trail list; a deleted document has none.
      expect((await zgw.roep(audittrail.GET, "GET", `/enkelvoudiginformatieobjecten/${d}/audittrail`, { token: beheer, params: { uuid: d }, oas: false })).response.status).toBe(404);
      const bestandenNa = await blobBestanden();
      expect(bestandenNa.length).toBe(bestandenVoor.length - 1);
      const rijen = await test.handle.db.execute(`select count(*)::int as n from zgw_audittrail where hoofd_object_uuid = '${d}'`);
      expect((rijen as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
    });
  });

  describe("scopes per operatie en HEAD", () => {
    it("lock zonder documenten.lock -> 403; verwijderen zonder documenten.verwijderen -> 403; HEAD van gebruiksrecht en verzending", async () => {
      const { body: doc } = await maak(eioBody(iotA));
      expect((await lockDoc(doc.url, lezerA)).response.status).toBe(403);
      const d = uuidVan(doc.url);
      expect((await zgw.roep(eio.DELETE, "DELETE", `/enkelvoudiginformatieobjecten/${d}`, { token: forceerder, params: { uuid: d } })).response.status).toBe(403);
      // documenten.aanmaken for iotA, but not for iotB.
      const recht = { informatieobject: doc.url, startdatum: "2025-01-01T00:00:00Z", omschrijvingVoorwaarden: "x" };
      const g = (await zgw.roep(gebruiksrechten.POST, "POST", "/gebruiksrechten", { token: schrijverA, body: recht })).body;
      const gu = uuidVan(g.url);
      const headG = await zgw.roep(gebruiksrecht.HEAD, "HEAD", `/gebruiksrechten/${gu}`, { token: lezerA, params: { uuid: gu } });
      expect(headG.response.status).toBe(200);
      expect(headG.response.headers.get("ETag")).toMatch(/^"/);
      expect((await zgw.roep(gebruiksrecht.GET, "GET", `/gebruiksrechten/${gu}`, { token: lezerB, params: { uuid: gu } })).response.status).toBe(403);
      const v = (await zgw.roep(verzendingen.POST, "POST", "/verzendingen", {
        token: beheer,
        body: { informatieobject: doc.url, betrokkene: "https://klanten.example/1", aardRelatie: "afzender", contactPersoon: "https://medewerkers.example/1" },
      })).body;
      const vu = uuidVan(v.url);
      expect((await zgw.roep(verzending.HEAD, "HEAD", `/verzendingen/${vu}`, { token: lezerA, params: { uuid: vu } })).response.status).toBe(200);
      // Verzendingen have no scopes in the OAS; without documenten.aanmaken for the document: 403.
      const geweigerd = await zgw.roep(verzendingen.POST, "POST", "/verzendingen", {
        token: lezerA,
        body: { informatieobject: doc.url, betrokkene: "https://klanten.example/1", aardRelatie: "afzender", contactPersoon: "https://medewerkers.example/1" },
      });
      expect(geweigerd.response.status).toBe(403);
    });
  });

  describe("notificaties", () => {
    it("schrijft bij een Notificaties API kanaal documenten met bronorganisatie, informatieobjecttype en vertrouwelijkheidaanduiding in de outbox", async () => {
      vi.stubEnv("NOTIFICATIES_API_URL", "https://nrc.example/api/v1");
      try {
        const { body: doc } = await maak(eioBody(iotA, { vertrouwelijkheidaanduiding: "intern" }));
        await zgw.roep(gebruiksrechten.POST, "POST", "/gebruiksrechten", { token: beheer, body: { informatieobject: doc.url, startdatum: "2025-01-01T00:00:00Z", omschrijvingVoorwaarden: "x" } });
        const res = (await test.handle.db.execute(
          `select bericht from zgw_notificatie_uitgaand where hoofd_object = '${doc.url}' order by id`,
        )) as unknown as { rows: { bericht: Record<string, unknown> }[] };
        expect(res.rows.map((r) => [r.bericht.resource, r.bericht.actie])).toEqual([
          ["enkelvoudiginformatieobject", "create"],
          ["gebruiksrechten", "create"],
        ]);
        expect(res.rows[0]!.bericht).toMatchObject({
          kanaal: "documenten",
          hoofdObject: doc.url,
          resourceUrl: doc.url,
          kenmerken: { bronorganisatie: "002220647", informatieobjecttype: iotA, vertrouwelijkheidaanduiding: "intern" },
        });
      } finally {
        vi.stubEnv("NOTIFICATIES_API_URL", "");
      }
    });
  });

  describe("audittrail", () => {
    it("legt aanmaken en bijwerken vast; detail per regel; zonder audittrails.lezen -> 403", async () => {
      const { body: doc } = await maak(eioBody(iotA));
      const { lock: l } = (await lockDoc(doc.url)).body;
      await zgw.roep(eio.PATCH, "PATCH", `/enkelvoudiginformatieobjecten/${uuidVan(doc.url)}`, {
        token: beheer,
        params: { uuid: uuidVan(doc.url) },
        body: { titel: "Nieuw", lock: l },
        headers: { "X-Audit-Toelichting": "titel verbeterd" },
      });
      const d = uuidVan(doc.url);
      const { body: trail } = await zgw.roep(audittrail.GET, "GET", `/enkelvoudiginformatieobjecten/${d}/audittrail`, { token: beheer, params: { uuid: d } });
      expect(trail.map((t: { actie: string }) => t.actie)).toEqual(["create", "partial_update"]);
      expect(trail[1]).toMatchObject({ bron: "drc", resource: "enkelvoudiginformatieobject", hoofdObject: doc.url, toelichting: "titel verbeterd", resultaat: 200 });
      expect(trail[1].wijzigingen.oud.titel).toBe(doc.titel);
      expect(trail[1].wijzigingen.nieuw.titel).toBe("Nieuw");
      const regel = trail[0].uuid as string;
      const detail = await zgw.roep(audittrailDetail.GET, "GET", `/enkelvoudiginformatieobjecten/${d}/audittrail/${regel}`, { token: beheer, params: { uuid: d, audit_uuid: regel } });
      expect(detail.body.uuid).toBe(regel);
      expect((await zgw.roep(audittrail.GET, "GET", `/enkelvoudiginformatieobjecten/${d}/audittrail`, { token: lezerA, params: { uuid: d } })).response.status).toBe(403);
    });
  });
});
