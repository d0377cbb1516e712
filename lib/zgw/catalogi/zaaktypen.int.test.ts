import { readFile } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { nepExterneLijsten } from "@/lib/zgw/testing/nep-externe-lijsten";
import * as catalogus from "@/app/catalogi/api/v1/catalogussen/[uuid]/route";
import * as catalogussen from "@/app/catalogi/api/v1/catalogussen/route";
import * as besluittype from "@/app/catalogi/api/v1/besluittypen/[uuid]/route";
import * as besluittypePublish from "@/app/catalogi/api/v1/besluittypen/[uuid]/publish/route";
import * as besluittypen from "@/app/catalogi/api/v1/besluittypen/route";
import * as oasJson from "@/app/catalogi/api/v1/openapi.json/route";
import * as oasYaml from "@/app/catalogi/api/v1/openapi.yaml/route";
import * as statustypen from "@/app/catalogi/api/v1/statustypen/route";
import * as zaaktype from "@/app/catalogi/api/v1/zaaktypen/[uuid]/route";
import * as zaaktypePublish from "@/app/catalogi/api/v1/zaaktypen/[uuid]/publish/route";
import * as zaaktypen from "@/app/catalogi/api/v1/zaaktypen/route";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { oasBestandPad } from "../oas";
import { koppelTestOmgeving, TEST_PUBLIC_URL, zgwAanroeper } from "../testing/zgw-test";
import { autorisatie, besluittypeBody, catalogusBody, testClient, zaaktypeBody } from "./testing/fixtures";

const ROOT = `${TEST_PUBLIC_URL}/catalogi/api/v1`;
const uuidVan = (url: string) => url.split("/").pop()!;

describe(`Catalogi API 1.3.1: catalogussen en zaaktypen op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  const zgw = zgwAanroeper("catalogi");
  let beheer: string;
  let lezer: string;
  let correcteur: string;
  let schrijver: string;
  let zakenLezer: string;
  let documentenLezer: string;
  let zonderLezen: string;
  let catA: string;
  let catB: string;

  // Outbound calls to the Selectielijst / Referentielijsten go to an msw fake.
  const lijsten = nepExterneLijsten();

  beforeAll(async () => {
    lijsten.start();
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    const db = test.handle.db;
    beheer = await testClient(db, "beheer", "alle");
    lezer = await testClient(db, "lezer", [autorisatie("ztc", ["catalogi.lezen"])]);
    correcteur = await testClient(db, "correcteur", [
      autorisatie("ztc", ["catalogi.lezen", "catalogi.schrijven", "catalogi.geforceerd-schrijven", "catalogi.geforceerd-verwijderen"]),
    ]);
    // Without the geforceerd scopes (heeftAlleAutorisaties has them all, so it may correct).
    schrijver = await testClient(db, "schrijver", [autorisatie("ztc", ["catalogi.lezen", "catalogi.schrijven"])]);
    const zt = `${ROOT}/zaaktypen/3c5b2f4e-1f0b-4a4e-9d43-0a4b8f1c2d3e`;
    zakenLezer = await testClient(db, "zaken-lezer", [autorisatie("zrc", ["zaken.lezen"], { zaaktype: zt, maxVertrouwelijkheidaanduiding: "openbaar" })]);
    documentenLezer = await testClient(db, "documenten-lezer", [
      autorisatie("drc", ["documenten.lezen"], { informatieobjecttype: `${ROOT}/informatieobjecttypen/x`, maxVertrouwelijkheidaanduiding: "openbaar" }),
    ]);
    zonderLezen = await testClient(db, "zaken-aanmaker", [autorisatie("zrc", ["zaken.aanmaken"], { zaaktype: zt, maxVertrouwelijkheidaanduiding: "openbaar" })]);
    catA = (await zgw.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("A") })).body.url;
    catB = (await zgw.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("B") })).body.url;
  });
  afterAll(async () => {
    lijsten.stop();
    herstel?.();
    await test?.dispose();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    lijsten.herstel();
  });

  const maakZaaktype = async (body: Record<string, unknown>, token = beheer) => zgw.roep(zaaktypen.POST, "POST", "/zaaktypen", { token, body });
  const publiceerZaaktype = async (url: string, token = beheer) =>
    zgw.roep(zaaktypePublish.POST, "POST", `/zaaktypen/${uuidVan(url)}/publish`, { token, params: { uuid: uuidVan(url) } });
  const lijst = async (query: string, token = beheer) => zgw.roep(zaaktypen.GET, "GET", `/zaaktypen${query}`, { token });

  describe("OAS-documenten", () => {
    it("serveert de normatieve YAML ongewijzigd en dezelfde OAS als JSON, met API-version 1.3.1", async () => {
      const yaml = await oasYaml.GET(new Request("http://localhost/catalogi/api/v1/openapi.yaml"), { params: Promise.resolve({}) });
      expect(yaml.headers.get("API-version")).toBe("1.3.1");
      expect(await yaml.text()).toBe(await readFile(oasBestandPad("catalogi"), "utf8"));
      const json = await oasJson.GET(new Request("http://localhost/catalogi/api/v1/openapi.json"), { params: Promise.resolve({}) });
      const doc = (await json.json()) as { info: { version: string }; paths: Record<string, unknown> };
      expect(doc.info.version).toBe("1.3.1");
      expect(Object.keys(doc.paths)).toHaveLength(23);
    });
  });

  describe("catalogussen", () => {
    it("maakt een catalogus aan (201, Location) en leest haar met ETag, 304 en HEAD", async () => {
      const { response, body } = await zgw.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("C", "123456782") });
      expect(response.status).toBe(201);
      expect(response.headers.get("Location")).toBe(body.url);
      expect(body).toMatchObject({ domein: "C", rsin: "123456782", zaaktypen: [], besluittypen: [], informatieobjecttypen: [] });
      const uuid = uuidVan(body.url);
      const gelezen = await zgw.roep(catalogus.GET, "GET", `/catalogussen/${uuid}`, { token: lezer, params: { uuid } });
      expect(gelezen.body).toEqual(body);
      const etag = gelezen.response.headers.get("ETag")!;
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
      const nietGewijzigd = await zgw.roep(catalogus.GET, "GET", `/catalogussen/${uuid}`, { token: lezer, params: { uuid }, headers: { "If-None-Match": etag }, oas: false });
      expect(nietGewijzigd.response.status).toBe(304);
      const head = await zgw.roep(catalogus.HEAD, "HEAD", `/catalogussen/${uuid}`, { token: lezer, params: { uuid } });
      expect(head.response.status).toBe(200);
      expect(head.response.headers.get("ETag")).toBe(etag);
      expect(head.body).toBeUndefined();
    });

    it("filtert op domein en rsin__in en weigert een ongeldige RSIN of een dubbele catalogus", async () => {
      const { body } = await zgw.roep(catalogussen.GET, "GET", "/catalogussen?domein=A", { token: lezer });
      expect(body.count).toBe(1);
      expect(body.results[0].url).toBe(catA);
      expect((await zgw.roep(catalogussen.GET, "GET", "/catalogussen?rsin__in=002220647,1", { token: lezer })).body.count).toBe(2);
      const ongeldig = await zgw.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("D", "12") });
      expect(ongeldig.response.status).toBe(400);
      expect(ongeldig.body.invalidParams[0].name).toBe("rsin");
      const dubbel = await zgw.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("A") });
      expect(dubbel.body.invalidParams[0].code).toBe("unique");
    });
  });

  describe("zaaktypen: concept, publiceren en filters", () => {
    it("maakt een concept aan dat alleen met status=concept of alles in de lijst staat, en publiceert het", async () => {
      const { response, body } = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-PUB" }));
      expect(response.status).toBe(201);
      expect(response.headers.get("Location")).toBe(body.url);
      expect(body).toMatchObject({ concept: true, catalogus: catA, identificatie: "ZT-PUB", statustypen: [], besluittypen: [] });
      expect((await lijst("?identificatie=ZT-PUB")).body.count).toBe(0);
      expect((await lijst("?identificatie=ZT-PUB&status=concept")).body.count).toBe(1);
      expect((await lijst("?identificatie=ZT-PUB&status=alles")).body.count).toBe(1);

      const gepubliceerd = await publiceerZaaktype(body.url);
      expect(gepubliceerd.response.status).toBe(200);
      expect(gepubliceerd.body.concept).toBe(false);
      expect((await lijst("?identificatie=ZT-PUB")).body.results.map((z: { url: string }) => z.url)).toEqual([body.url]);
      expect((await lijst("?identificatie=ZT-PUB&status=concept")).body.count).toBe(0);
      const cat = await zgw.roep(catalogus.GET, "GET", `/catalogussen/${uuidVan(catA)}`, { token: lezer, params: { uuid: uuidVan(catA) } });
      expect(cat.body.zaaktypen).toContain(body.url);
    });

    it("filtert op catalogus en trefwoorden, en weigert onbekende of ongeldige parameters", async () => {
      await maakZaaktype(zaaktypeBody(catB, { identificatie: "ZT-TREF", trefwoorden: ["sport"] }));
      expect((await lijst(`?status=alles&catalogus=${encodeURIComponent(catB)}`)).body.count).toBe(1);
      expect((await lijst("?status=alles&trefwoorden=sport")).body.results[0].identificatie).toBe("ZT-TREF");
      expect((await lijst("?status=alles&trefwoorden=sport,bouwen")).body.count).toBe(0);
      const onbekend = await lijst("?foo=1");
      expect(onbekend.response.status).toBe(400);
      expect(onbekend.body.code).toBe("unknown-parameters");
      expect((await lijst("?status=bijna")).body.invalidParams[0].name).toBe("status");
      expect((await lijst("?datumGeldigheid=gisteren")).body.invalidParams[0].name).toBe("datumGeldigheid");
    });

    it("geeft een detail met ETag en 404 voor een onbekend zaaktype", async () => {
      const { body } = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-DET" }));
      const uuid = uuidVan(body.url);
      const gelezen = await zgw.roep(zaaktype.GET, "GET", `/zaaktypen/${uuid}`, { token: lezer, params: { uuid } });
      expect(gelezen.response.headers.get("ETag")).toBeTruthy();
      expect(gelezen.body).toEqual(body);
      const onbekend = "00000000-0000-4000-8000-000000000000";
      expect((await zgw.roep(zaaktype.GET, "GET", `/zaaktypen/${onbekend}`, { token: lezer, params: { uuid: onbekend } })).response.status).toBe(404);
    });

    it("verwijdert een concept met zijn onderdelen (204)", async () => {
      const { body } = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-WEG" }));
      const uuid = uuidVan(body.url);
      const { response } = await zgw.roep(zaaktype.DELETE, "DELETE", `/zaaktypen/${uuid}`, { token: beheer, params: { uuid } });
      expect(response.status).toBe(204);
      expect((await zgw.roep(zaaktype.GET, "GET", `/zaaktypen/${uuid}`, { token: beheer, params: { uuid } })).response.status).toBe(404);
    });

    it("valideert de invoer (400 met veldnamen)", async () => {
      const { response, body } = await maakZaaktype({ ...zaaktypeBody(catA), doorlooptijd: "56 dagen", vertrouwelijkheidaanduiding: "heel_geheim" });
      expect(response.status).toBe(400);
      expect(body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(["doorlooptijd", "vertrouwelijkheidaanduiding"]);
      const zonderTermijn = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-VERL", verlengingstermijn: null }));
      expect(zonderTermijn.body.invalidParams[0].name).toBe("verlengingstermijn");
    });
  });

  describe("ztc-009: een gepubliceerd zaaktype wijzigt niet meer (behalve correctie)", () => {
    let url: string;
    beforeAll(async () => {
      url = (await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-009" }))).body.url;
      await publiceerZaaktype(url);
    });
    const params = () => ({ uuid: uuidVan(url) });

    it("staat wijzigen van een concept toe", async () => {
      const concept = (await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-009-C" }))).body.url;
      const uuid = uuidVan(concept);
      const { response, body } = await zgw.roep(zaaktype.PATCH, "PATCH", `/zaaktypen/${uuid}`, { token: beheer, params: { uuid }, body: { omschrijving: "Anders" } });
      expect(response.status).toBe(200);
      expect(body.omschrijving).toBe("Anders");
      const put = await zgw.roep(zaaktype.PUT, "PUT", `/zaaktypen/${uuid}`, { token: beheer, params: { uuid }, body: zaaktypeBody(catA, { identificatie: "ZT-009-C", doel: "Nieuw doel" }) });
      expect(put.response.status).toBe(200);
      expect(put.body.doel).toBe("Nieuw doel");
    });

    it("weigert PUT, PATCH van andere velden en DELETE op een gepubliceerd zaaktype", async () => {
      const put = await zgw.roep(zaaktype.PUT, "PUT", `/zaaktypen/${params().uuid}`, { token: schrijver, params: params(), body: zaaktypeBody(catA, { identificatie: "ZT-009" }) });
      expect(put.response.status).toBe(400);
      expect(put.body.invalidParams[0].code).toBe("non-concept-object");
      const patch = await zgw.roep(zaaktype.PATCH, "PATCH", `/zaaktypen/${params().uuid}`, { token: schrijver, params: params(), body: { omschrijving: "x" } });
      expect(patch.body.invalidParams[0].code).toBe("non-concept-object");
      const weg = await zgw.roep(zaaktype.DELETE, "DELETE", `/zaaktypen/${params().uuid}`, { token: schrijver, params: params(), oas: false });
      expect(weg.response.status).toBe(400);
      expect(weg.body.invalidParams[0].code).toBe("non-concept-object");
    });

    it("staat een PATCH van alleen eindeGeldigheid toe, en een correctie met catalogi.geforceerd-schrijven", async () => {
      const einde = await zgw.roep(zaaktype.PATCH, "PATCH", `/zaaktypen/${params().uuid}`, { token: schrijver, params: params(), body: { eindeGeldigheid: "2030-12-31" } });
      expect(einde.response.status).toBe(200);
      expect(einde.body.eindeGeldigheid).toBe("2030-12-31");
      const correctie = await zgw.roep(zaaktype.PATCH, "PATCH", `/zaaktypen/${params().uuid}`, { token: correcteur, params: params(), body: { toelichting: "Tikfout hersteld" } });
      expect(correctie.response.status).toBe(200);
      expect(correctie.body).toMatchObject({ toelichting: "Tikfout hersteld", concept: false });
    });
  });

  describe("versies op geldigheidsdatum", () => {
    it("weigert een overlappende versie, en kiest met datumGeldigheid de geldige versie", async () => {
      const v1 = (await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-V", beginGeldigheid: "2024-01-01" }))).body.url;
      await publiceerZaaktype(v1);
      const overlap = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-V", beginGeldigheid: "2025-06-01" }));
      expect(overlap.response.status).toBe(400);
      expect(overlap.body.invalidParams[0]).toMatchObject({ name: "beginGeldigheid", code: "overlap" });

      const u1 = uuidVan(v1);
      await zgw.roep(zaaktype.PATCH, "PATCH", `/zaaktypen/${u1}`, { token: beheer, params: { uuid: u1 }, body: { eindeGeldigheid: "2025-05-31" } });
      const v2 = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-V", beginGeldigheid: "2025-06-01", omschrijving: "Versie 2" }));
      expect(v2.response.status).toBe(201);
      await publiceerZaaktype(v2.body.url);

      const op = async (d: string) => (await lijst(`?identificatie=ZT-V&datumGeldigheid=${d}`)).body.results.map((z: { url: string }) => z.url);
      expect(await op("2024-06-01")).toEqual([v1]);
      expect(await op("2025-05-31")).toEqual([v1]);
      expect(await op("2025-06-01")).toEqual([v2.body.url]);
      expect(await op("2023-01-01")).toEqual([]);
      expect((await lijst("?identificatie=ZT-V")).body.count).toBe(2);

      const versie = await zgw.roep(zaaktype.GET, "GET", `/zaaktypen/${u1}?datumGeldigheid=2026-01-01`, { token: lezer, params: { uuid: u1 } });
      expect(versie.body.url).toBe(v2.body.url);
    });
  });

  describe("relaties van het zaaktype (1.3: via omschrijving/identificatie)", () => {
    it("koppelt besluittypen op omschrijving en toont hun URL's; deelzaaktypen en gerelateerde zaaktypen op identificatie", async () => {
      const bt = (await zgw.roep(besluittypen.POST, "POST", "/besluittypen", { token: beheer, body: besluittypeBody(catA, "Vergunningsbesluit") })).body.url;
      const deel = (await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-DEEL" }))).body.url;
      const { response, body } = await maakZaaktype(
        zaaktypeBody(catA, {
          identificatie: "ZT-REL",
          besluittypen: ["Vergunningsbesluit"],
          deelzaaktypen: ["ZT-DEEL"],
          gerelateerdeZaaktypen: [{ zaaktype: "ZT-DEEL", aardRelatie: "bijdrage" }],
        }),
      );
      expect(response.status).toBe(201);
      expect(body.besluittypen).toEqual([bt]);
      expect(body.deelzaaktypen).toEqual([deel]);
      expect(body.gerelateerdeZaaktypen).toEqual([{ zaaktype: deel, aardRelatie: "bijdrage", toelichting: "" }]);
      const b = await zgw.roep(besluittype.GET, "GET", `/besluittypen/${uuidVan(bt)}`, { token: beheer, params: { uuid: uuidVan(bt) } });
      expect(b.body.zaaktypen).toEqual([body.url]);
    });

    it("weigert een onbekend besluittype (ztc-011a)", async () => {
      const { response, body } = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-ONB", besluittypen: ["Bestaat niet"] }));
      expect(response.status).toBe(400);
      expect(body.invalidParams[0]).toMatchObject({ name: "besluittypen.0", code: "does-not-exist" });
    });
  });

  describe("ztc-012: publiceren alleen met gepubliceerde besluittypen", () => {
    it("weigert met een concept-besluittype en publiceert na publicatie daarvan", async () => {
      const bt = (await zgw.roep(besluittypen.POST, "POST", "/besluittypen", { token: beheer, body: besluittypeBody(catA, "Besluit 012") })).body.url;
      const zt = (await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-012", besluittypen: ["Besluit 012"] }))).body.url;
      const geweigerd = await publiceerZaaktype(zt);
      expect(geweigerd.response.status).toBe(400);
      expect(geweigerd.body.invalidParams[0]).toMatchObject({ name: "besluittypen", code: "concept-relation" });
      await zgw.roep(besluittypePublish.POST, "POST", `/besluittypen/${uuidVan(bt)}/publish`, { token: beheer, params: { uuid: uuidVan(bt) } });
      const gelukt = await publiceerZaaktype(zt);
      expect(gelukt.response.status).toBe(200);
      expect(gelukt.body.concept).toBe(false);
    });
  });

  describe("ztc-013: geen relaties tussen catalogi", () => {
    it("weigert een besluittype uit een andere catalogus en een catalogus op een andere host", async () => {
      await zgw.roep(besluittypen.POST, "POST", "/besluittypen", { token: beheer, body: besluittypeBody(catB, "Alleen in B") });
      const elders = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-013", besluittypen: ["Alleen in B"] }));
      expect(elders.response.status).toBe(400);
      expect(elders.body.invalidParams[0]).toMatchObject({ name: "besluittypen.0", code: "relations-incorrect-catalogus" });
      const host = await maakZaaktype(zaaktypeBody(catA.replace(TEST_PUBLIC_URL, "https://andere-host.example"), { identificatie: "ZT-013" }));
      expect(host.body.invalidParams[0]).toMatchObject({ name: "catalogus", code: "does-not-exist" });
      const zelfde = await maakZaaktype(zaaktypeBody(catB, { identificatie: "ZT-013", besluittypen: ["Alleen in B"] }));
      expect(zelfde.response.status).toBe(201);
    });
  });

  describe("ztc-001: selectielijstProcestype", () => {
    const SELECTIELIJST = "https://selectielijst.test.example/api/v1";
    const procestype = `${SELECTIELIJST}/procestypen/e1b73b12-b2f6-4c4e-8929-94f84dd2a57d`;
    const stubSelectielijst = () => {
      vi.stubEnv("ZGW_SELECTIELIJST_API", SELECTIELIJST);
      lijsten.bedien({ [procestype]: { url: procestype, nummer: 1, naam: "Instellen en inrichten organisatie", jaar: 2017 } });
    };

    it("accepteert een procestype van de geconfigureerde Selectielijst", async () => {
      stubSelectielijst();
      const { response, body } = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-001", selectielijstProcestype: procestype }));
      expect(response.status).toBe(201);
      expect(body.selectielijstProcestype).toBe(procestype);
    });

    it("weigert een URL buiten de Selectielijst en een procestype dat niet bestaat", async () => {
      stubSelectielijst();
      const buiten = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-001b", selectielijstProcestype: "https://elders.example/procestypen/1" }));
      expect(buiten.body.invalidParams[0]).toMatchObject({ name: "selectielijstProcestype", code: "invalid-resource" });
      const weg = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-001b", selectielijstProcestype: `${SELECTIELIJST}/procestypen/onbekend` }));
      expect(weg.body.invalidParams[0]).toMatchObject({ name: "selectielijstProcestype", code: "bad-url" });
    });

    it("controleert alleen de vorm van de URL zonder geconfigureerde Selectielijst", async () => {
      const { response } = await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-001c", selectielijstProcestype: "https://elders.example/procestypen/1" }));
      expect(response.status).toBe(201);
      expect(lijsten.verzoeken).toEqual([]);
    });
  });

  describe("scopes", () => {
    it("laat catalogi.lezen lezen maar niets wijzigen (403)", async () => {
      const zt = (await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-SCOPE" }))).body.url;
      const uuid = uuidVan(zt);
      expect((await lijst("?status=alles", lezer)).response.status).toBe(200);
      const pogingen = [
        await zgw.roep(catalogussen.POST, "POST", "/catalogussen", { token: lezer, body: catalogusBody("X") }),
        await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-SCOPE-2" }), lezer),
        await zgw.roep(zaaktype.PUT, "PUT", `/zaaktypen/${uuid}`, { token: lezer, params: { uuid }, body: zaaktypeBody(catA, { identificatie: "ZT-SCOPE" }) }),
        await zgw.roep(zaaktype.PATCH, "PATCH", `/zaaktypen/${uuid}`, { token: lezer, params: { uuid }, body: { doel: "x" } }),
        await zgw.roep(zaaktype.DELETE, "DELETE", `/zaaktypen/${uuid}`, { token: lezer, params: { uuid } }),
        await publiceerZaaktype(zt, lezer),
        await zgw.roep(besluittypen.POST, "POST", "/besluittypen", { token: lezer, body: besluittypeBody(catA, "Scope") }),
      ];
      for (const p of pogingen) {
        expect(p.response.status).toBe(403);
        expect(p.body.code).toBe("permission_denied");
      }
      const ongewijzigd = await zgw.roep(zaaktype.GET, "GET", `/zaaktypen/${uuid}`, { token: lezer, params: { uuid } });
      expect(ongewijzigd.body).toMatchObject({ concept: true, doel: "Een vergunning verlenen" });
    });

    it("ztc-014: zaken.lezen en documenten.lezen geven leesrecht op de Catalogi, zaken.aanmaken niet", async () => {
      expect((await lijst("", zakenLezer)).response.status).toBe(200);
      expect((await lijst("", documentenLezer)).response.status).toBe(200);
      expect((await zgw.roep(statustypen.GET, "GET", "/statustypen", { token: zakenLezer })).response.status).toBe(200);
      expect((await zgw.roep(catalogussen.GET, "GET", "/catalogussen", { token: documentenLezer })).response.status).toBe(200);
      expect((await lijst("", zonderLezen)).response.status).toBe(403);
      expect((await maakZaaktype(zaaktypeBody(catA, { identificatie: "ZT-014" }), zakenLezer)).response.status).toBe(403);
    });
  });
});
