import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { nepExterneLijsten } from "@/lib/zgw/testing/nep-externe-lijsten";
import * as besluittype from "@/app/catalogi/api/v1/besluittypen/[uuid]/route";
import * as besluittypen from "@/app/catalogi/api/v1/besluittypen/route";
import * as catalogussen from "@/app/catalogi/api/v1/catalogussen/route";
import * as eigenschap from "@/app/catalogi/api/v1/eigenschappen/[uuid]/route";
import * as eigenschappen from "@/app/catalogi/api/v1/eigenschappen/route";
import * as iot from "@/app/catalogi/api/v1/informatieobjecttypen/[uuid]/route";
import * as iotPublish from "@/app/catalogi/api/v1/informatieobjecttypen/[uuid]/publish/route";
import * as iots from "@/app/catalogi/api/v1/informatieobjecttypen/route";
import * as resultaattype from "@/app/catalogi/api/v1/resultaattypen/[uuid]/route";
import * as resultaattypen from "@/app/catalogi/api/v1/resultaattypen/route";
import * as roltype from "@/app/catalogi/api/v1/roltypen/[uuid]/route";
import * as roltypen from "@/app/catalogi/api/v1/roltypen/route";
import * as statustype from "@/app/catalogi/api/v1/statustypen/[uuid]/route";
import * as statustypen from "@/app/catalogi/api/v1/statustypen/route";
import * as zaakobjecttype from "@/app/catalogi/api/v1/zaakobjecttypen/[uuid]/route";
import * as zaakobjecttypen from "@/app/catalogi/api/v1/zaakobjecttypen/route";
import * as ziot from "@/app/catalogi/api/v1/zaaktype-informatieobjecttypen/[uuid]/route";
import * as ziots from "@/app/catalogi/api/v1/zaaktype-informatieobjecttypen/route";
import * as zaaktype from "@/app/catalogi/api/v1/zaaktypen/[uuid]/route";
import * as zaaktypePublish from "@/app/catalogi/api/v1/zaaktypen/[uuid]/publish/route";
import * as zaaktypen from "@/app/catalogi/api/v1/zaaktypen/route";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { koppelTestOmgeving, zgwAanroeper } from "../testing/zgw-test";
import { autorisatie, besluittypeBody, catalogusBody, informatieobjecttypeBody, testClient, zaaktypeBody } from "./testing/fixtures";

const uuidVan = (url: string) => url.split("/").pop()!;
const SELECTIELIJST = "https://selectielijst.test.example/api/v1";
const REFERENTIELIJSTEN = "https://referentielijsten.test.example/api/v1";
const PROCESTYPE = `${SELECTIELIJST}/procestypen/aa8aa2fd-b9c6-4e34-9a6c-58a677f60ea0`;
const KLASSE = `${SELECTIELIJST}/resultaten/cc5ae4e3-a9e6-4386-bcee-46be4986a829`;
const KLASSE_NIHIL = `${SELECTIELIJST}/resultaten/8af64c99-a168-40dd-8afd-9fbe0597b6dc`;
const KLASSE_ANDER_PROCES = `${SELECTIELIJST}/resultaten/0f3c5d5a-4b65-4c3f-9df6-3e5b0d0f3c11`;
const OMSCHRIJVING = `${REFERENTIELIJSTEN}/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1`;

describe(`Catalogi API 1.3.1: onderdelen, informatieobjecttypen en besluittypen op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  const zgw = zgwAanroeper("catalogi");
  let beheer: string;
  let schrijver: string;
  let correcteur: string;
  let lezer: string;
  let catA: string;
  let catB: string;
  let zt: string;
  let ztIdentificatie = 0;

  // Outbound calls to the Selectielijst / Referentielijsten go to an msw fake.
  const lijsten = nepExterneLijsten();

  beforeAll(async () => {
    lijsten.start();
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    const db = test.handle.db;
    beheer = await testClient(db, "beheer", "alle");
    schrijver = await testClient(db, "schrijver", [autorisatie("ztc", ["catalogi.lezen", "catalogi.schrijven"])]);
    correcteur = await testClient(db, "correcteur", [autorisatie("ztc", ["catalogi.lezen", "catalogi.schrijven", "catalogi.geforceerd-schrijven"])]);
    lezer = await testClient(db, "lezer", [autorisatie("ztc", ["catalogi.lezen"])]);
    catA = (await zgw.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("A") })).body.url;
    catB = (await zgw.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("B") })).body.url;
    zt = await nieuwZaaktype();
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

  async function nieuwZaaktype(extra: Record<string, unknown> = {}, catalogus?: string): Promise<string> {
    ztIdentificatie += 1;
    const { response, body } = await zgw.roep(zaaktypen.POST, "POST", "/zaaktypen", {
      token: beheer,
      body: zaaktypeBody(catalogus ?? catA, { identificatie: `ZT-${ztIdentificatie}`, ...extra }),
    });
    expect(response.status).toBe(201);
    return body.url as string;
  }
  const publiceer = (url: string) =>
    zgw.roep(zaaktypePublish.POST, "POST", `/zaaktypen/${uuidVan(url)}/publish`, { token: beheer, params: { uuid: uuidVan(url) } });
  const leesZaaktype = async (url: string) => (await zgw.roep(zaaktype.GET, "GET", `/zaaktypen/${uuidVan(url)}`, { token: beheer, params: { uuid: uuidVan(url) } })).body;

  const statustypeBody = (zaaktypeUrl: string, volgnummer: number, extra: Record<string, unknown> = {}) => ({
    omschrijving: `Status ${volgnummer}`,
    zaaktype: zaaktypeUrl,
    volgnummer,
    ...extra,
  });
  const resultaattypeBody = (zaaktypeUrl: string, extra: Record<string, unknown> = {}) => ({
    zaaktype: zaaktypeUrl,
    omschrijving: "Verleend",
    resultaattypeomschrijving: OMSCHRIJVING,
    selectielijstklasse: KLASSE,
    brondatumArchiefprocedure: { afleidingswijze: "afgehandeld" },
    ...extra,
  });

  describe("statustypen", () => {
    it("maakt statustypen aan met isEindstatus voor het hoogste volgnummer, in de lijst van het zaaktype", async () => {
      const eerste = await zgw.roep(statustypen.POST, "POST", "/statustypen", { token: beheer, body: statustypeBody(zt, 1) });
      expect(eerste.response.status).toBe(201);
      expect(eerste.response.headers.get("Location")).toBe(eerste.body.url);
      expect(eerste.body).toMatchObject({ zaaktype: zt, catalogus: catA, isEindstatus: true, beginGeldigheid: "2025-01-01" });
      const tweede = await zgw.roep(statustypen.POST, "POST", "/statustypen", { token: beheer, body: statustypeBody(zt, 2, { omschrijving: "Afgerond" }) });
      expect(tweede.body.isEindstatus).toBe(true);
      const u = uuidVan(eerste.body.url);
      expect((await zgw.roep(statustype.GET, "GET", `/statustypen/${u}`, { token: lezer, params: { uuid: u } })).body.isEindstatus).toBe(false);
      const lijst = await zgw.roep(statustypen.GET, "GET", `/statustypen?status=alles&zaaktype=${encodeURIComponent(zt)}`, { token: lezer });
      expect(lijst.body.count).toBe(2);
      // Default status=definitief: the zaaktype is still a concept.
      expect((await zgw.roep(statustypen.GET, "GET", `/statustypen?zaaktype=${encodeURIComponent(zt)}`, { token: lezer })).body.count).toBe(0);
      expect((await leesZaaktype(zt)).statustypen).toEqual([eerste.body.url, tweede.body.url]);
    });

    it("weigert een dubbel volgnummer en een onbekend zaaktype", async () => {
      const dubbel = await zgw.roep(statustypen.POST, "POST", "/statustypen", { token: beheer, body: statustypeBody(zt, 1) });
      expect(dubbel.body.invalidParams[0]).toMatchObject({ name: "volgnummer", code: "unique" });
      const onbekend = await zgw.roep(statustypen.POST, "POST", "/statustypen", {
        token: beheer,
        body: statustypeBody(zt.replace(/[0-9a-f-]{36}$/, "00000000-0000-4000-8000-000000000000"), 9),
      });
      expect(onbekend.body.invalidParams[0]).toMatchObject({ name: "zaaktype", code: "does-not-exist" });
    });

    it("wijzigt (PUT, PATCH) en verwijdert een statustype van een concept-zaaktype", async () => {
      const { body } = await zgw.roep(statustypen.POST, "POST", "/statustypen", { token: schrijver, body: statustypeBody(zt, 5) });
      const uuid = uuidVan(body.url);
      const patch = await zgw.roep(statustype.PATCH, "PATCH", `/statustypen/${uuid}`, { token: schrijver, params: { uuid }, body: { statustekst: "Je zaak is in behandeling" } });
      expect(patch.body).toMatchObject({ statustekst: "Je zaak is in behandeling", volgnummer: 5 });
      const put = await zgw.roep(statustype.PUT, "PUT", `/statustypen/${uuid}`, { token: schrijver, params: { uuid }, body: statustypeBody(zt, 6) });
      expect(put.body).toMatchObject({ volgnummer: 6, statustekst: "" });
      expect((await zgw.roep(statustype.DELETE, "DELETE", `/statustypen/${uuid}`, { token: schrijver, params: { uuid } })).response.status).toBe(204);
    });
  });

  describe("ztc-010: onderdelen van een gepubliceerd zaaktype", () => {
    it("weigert aanmaken, wijzigen en verwijderen zonder correctierecht, en staat een correctie toe", async () => {
      const gepubliceerd = await nieuwZaaktype();
      const st = (await zgw.roep(statustypen.POST, "POST", "/statustypen", { token: beheer, body: statustypeBody(gepubliceerd, 1) })).body.url;
      const rt = (await zgw.roep(roltypen.POST, "POST", "/roltypen", { token: beheer, body: { zaaktype: gepubliceerd, omschrijving: "Aanvrager", omschrijvingGeneriek: "initiator" } })).body.url;
      expect((await publiceer(gepubliceerd)).response.status).toBe(200);

      const nieuw = await zgw.roep(statustypen.POST, "POST", "/statustypen", { token: schrijver, body: statustypeBody(gepubliceerd, 2) });
      expect(nieuw.response.status).toBe(400);
      expect(nieuw.body.invalidParams[0].code).toBe("non-concept-zaaktype");
      const u = uuidVan(st);
      const patch = await zgw.roep(statustype.PATCH, "PATCH", `/statustypen/${u}`, { token: schrijver, params: { uuid: u }, body: { omschrijving: "x" } });
      expect(patch.body.invalidParams[0].code).toBe("non-concept-zaaktype");
      const r = uuidVan(rt);
      const weg = await zgw.roep(roltype.DELETE, "DELETE", `/roltypen/${r}`, { token: schrijver, params: { uuid: r }, oas: false });
      expect(weg.response.status).toBe(400);
      expect(weg.body.invalidParams[0].code).toBe("non-concept-zaaktype");

      const correctie = await zgw.roep(statustype.PATCH, "PATCH", `/statustypen/${u}`, { token: correcteur, params: { uuid: u }, body: { toelichting: "Aangevuld" } });
      expect(correctie.response.status).toBe(200);
      expect(correctie.body.toelichting).toBe("Aangevuld");
      // Now listed by default (the zaaktype is definitief).
      expect((await zgw.roep(statustypen.GET, "GET", `/statustypen?zaaktype=${encodeURIComponent(gepubliceerd)}`, { token: lezer })).body.count).toBe(1);
    });
  });

  describe("roltypen en eigenschappen", () => {
    it("filtert roltypen op omschrijvingGeneriek en zaaktypeIdentificatie", async () => {
      const eigen = await nieuwZaaktype();
      for (const [omschrijving, generiek] of [["Aanvrager", "initiator"], ["Behandelaar", "behandelaar"], ["Buurman", "belanghebbende"]]) {
        const { response } = await zgw.roep(roltypen.POST, "POST", "/roltypen", { token: beheer, body: { zaaktype: eigen, omschrijving, omschrijvingGeneriek: generiek } });
        expect(response.status).toBe(201);
      }
      const identificatie = (await leesZaaktype(eigen)).identificatie;
      const { body } = await zgw.roep(roltypen.GET, "GET", `/roltypen?status=alles&zaaktypeIdentificatie=${identificatie}&omschrijvingGeneriek=behandelaar`, { token: lezer });
      expect(body.results.map((r: { omschrijving: string }) => r.omschrijving)).toEqual(["Behandelaar"]);
      const fout = await zgw.roep(roltypen.POST, "POST", "/roltypen", { token: beheer, body: { zaaktype: eigen, omschrijving: "X", omschrijvingGeneriek: "koning" } });
      expect(fout.body.invalidParams[0].name).toBe("omschrijvingGeneriek");
      const r = uuidVan(body.results[0].url);
      expect((await zgw.roep(roltype.GET, "GET", `/roltypen/${r}`, { token: lezer, params: { uuid: r } })).body.zaaktypeIdentificatie).toBe(identificatie);
    });

    it("koppelt een eigenschap aan een statustype van hetzelfde zaaktype, niet van een ander", async () => {
      const eigen = await nieuwZaaktype();
      const ander = await nieuwZaaktype();
      const st = (await zgw.roep(statustypen.POST, "POST", "/statustypen", { token: beheer, body: statustypeBody(eigen, 1) })).body.url;
      const stAnder = (await zgw.roep(statustypen.POST, "POST", "/statustypen", { token: beheer, body: statustypeBody(ander, 1) })).body.url;
      const body = (statustypeUrl: string) => ({
        naam: "Kenteken",
        definitie: "Kenteken van het voertuig",
        specificatie: { formaat: "tekst", lengte: "8", kardinaliteit: "1" },
        zaaktype: eigen,
        statustype: statustypeUrl,
      });
      const goed = await zgw.roep(eigenschappen.POST, "POST", "/eigenschappen", { token: beheer, body: body(st) });
      expect(goed.response.status).toBe(201);
      expect(goed.body).toMatchObject({ statustype: st, specificatie: { formaat: "tekst", groep: "", waardenverzameling: [] } });
      const s = uuidVan(st);
      expect((await zgw.roep(statustype.GET, "GET", `/statustypen/${s}`, { token: lezer, params: { uuid: s } })).body.eigenschappen).toEqual([goed.body.url]);
      const fout = await zgw.roep(eigenschappen.POST, "POST", "/eigenschappen", { token: beheer, body: body(stAnder) });
      expect(fout.body.invalidParams[0]).toMatchObject({ name: "statustype", code: "relations-incorrect-zaaktype" });
      const e = uuidVan(goed.body.url);
      const patch = await zgw.roep(eigenschap.PATCH, "PATCH", `/eigenschappen/${e}`, { token: beheer, params: { uuid: e }, body: { toelichting: "Zoals op het kentekenbewijs" } });
      expect(patch.body).toMatchObject({ toelichting: "Zoals op het kentekenbewijs", statustype: st });
      expect((await zgw.roep(eigenschap.HEAD, "HEAD", `/eigenschappen/${e}`, { token: lezer, params: { uuid: e } })).response.headers.get("ETag")).toBeTruthy();
    });
  });

  describe("resultaattypen: brondatumArchiefprocedure (ztc-004..008)", () => {
    const gevallen: [string, Record<string, unknown>, string | null][] = [
      ["ztc-004 datumkenmerk verplicht bij eigenschap", { afleidingswijze: "eigenschap" }, "brondatumArchiefprocedure.datumkenmerk"],
      ["ztc-004 datumkenmerk gegeven bij eigenschap", { afleidingswijze: "eigenschap", datumkenmerk: "datumBesluit" }, null],
      ["ztc-004 datumkenmerk verboden bij afgehandeld", { afleidingswijze: "afgehandeld", datumkenmerk: "x" }, "brondatumArchiefprocedure.datumkenmerk"],
      ["ztc-005 einddatumBekend verboden bij afgehandeld", { afleidingswijze: "afgehandeld", einddatumBekend: true }, "brondatumArchiefprocedure.einddatumBekend"],
      ["ztc-005 einddatumBekend mag bij hoofdzaak", { afleidingswijze: "hoofdzaak", einddatumBekend: true }, null],
      ["ztc-006 objecttype verplicht bij zaakobject", { afleidingswijze: "zaakobject", datumkenmerk: "einddatum" }, "brondatumArchiefprocedure.objecttype"],
      ["ztc-006 objecttype gegeven bij zaakobject", { afleidingswijze: "zaakobject", datumkenmerk: "einddatum", objecttype: "pand" }, null],
      ["ztc-007 registratie verplicht bij ander_datumkenmerk", { afleidingswijze: "ander_datumkenmerk", datumkenmerk: "d", objecttype: "pand" }, "brondatumArchiefprocedure.registratie"],
      ["ztc-007 registratie gegeven bij ander_datumkenmerk", { afleidingswijze: "ander_datumkenmerk", datumkenmerk: "d", objecttype: "pand", registratie: "BAG" }, null],
      ["ztc-008 procestermijn verplicht bij termijn", { afleidingswijze: "termijn" }, "brondatumArchiefprocedure.procestermijn"],
      ["ztc-008 procestermijn gegeven bij termijn", { afleidingswijze: "termijn", procestermijn: "P5Y" }, null],
      ["ztc-008 procestermijn verboden bij afgehandeld", { afleidingswijze: "afgehandeld", procestermijn: "P5Y" }, "brondatumArchiefprocedure.procestermijn"],
    ];
    for (const [naam, brondatum, foutVeld] of gevallen) {
      it(naam, async () => {
        const { response, body } = await zgw.roep(resultaattypen.POST, "POST", "/resultaattypen", {
          token: beheer,
          body: resultaattypeBody(zt, { brondatumArchiefprocedure: brondatum }),
        });
        if (foutVeld === null) {
          expect(response.status).toBe(201);
          expect(body.brondatumArchiefprocedure).toMatchObject(brondatum);
        } else {
          expect(response.status).toBe(400);
          expect(body.invalidParams.map((p: { name: string }) => p.name)).toEqual([foutVeld]);
        }
      });
    }
  });

  describe("resultaattypen: Selectielijst en Referentielijsten (ztc-002, ztc-003)", () => {
    const stub = () => {
      vi.stubEnv("ZGW_SELECTIELIJST_API", SELECTIELIJST);
      vi.stubEnv("ZGW_REFERENTIELIJSTEN_API", REFERENTIELIJSTEN);
      const bronnen: Record<string, unknown> = {
        [PROCESTYPE]: { url: PROCESTYPE, nummer: 1, naam: "Vergunningen", jaar: 2020 },
        [KLASSE]: { url: KLASSE, procesType: PROCESTYPE, procestermijn: "ingeschatte_bestaansduur_procesobject", waardering: "vernietigen", bewaartermijn: "P10Y" },
        [KLASSE_NIHIL]: { url: KLASSE_NIHIL, procesType: PROCESTYPE, procestermijn: "nihil", waardering: "blijvend_bewaren", bewaartermijn: null },
        [KLASSE_ANDER_PROCES]: { url: KLASSE_ANDER_PROCES, procesType: `${SELECTIELIJST}/procestypen/ander`, procestermijn: "nihil", waardering: "vernietigen" },
        [OMSCHRIJVING]: { url: OMSCHRIJVING, omschrijving: "Verleend", definitie: "...", opmerking: "" },
      };
      lijsten.bedien(bronnen);
    };

    it("neemt omschrijvingGeneriek, archiefnominatie en archiefactietermijn over (ztc-002)", async () => {
      stub();
      const eigen = await nieuwZaaktype({ selectielijstProcestype: PROCESTYPE });
      const { response, body } = await zgw.roep(resultaattypen.POST, "POST", "/resultaattypen", {
        token: beheer,
        body: resultaattypeBody(eigen, { brondatumArchiefprocedure: { afleidingswijze: "termijn", procestermijn: "P10Y" } }),
      });
      expect(response.status).toBe(201);
      expect(body).toMatchObject({ omschrijvingGeneriek: "Verleend", archiefnominatie: "vernietigen", archiefactietermijn: "P10Y" });
    });

    it("weigert een selectielijstklasse van een ander procestype en een onbekende resultaattypeomschrijving (ztc-002)", async () => {
      stub();
      const eigen = await nieuwZaaktype({ selectielijstProcestype: PROCESTYPE });
      const ander = await zgw.roep(resultaattypen.POST, "POST", "/resultaattypen", {
        token: beheer,
        body: resultaattypeBody(eigen, { selectielijstklasse: KLASSE_ANDER_PROCES }),
      });
      expect(ander.body.invalidParams[0]).toMatchObject({ name: "selectielijstklasse", code: "procestype-mismatch" });
      const onbekend = await zgw.roep(resultaattypen.POST, "POST", "/resultaattypen", {
        token: beheer,
        body: resultaattypeBody(eigen, { resultaattypeomschrijving: `${REFERENTIELIJSTEN}/resultaattypeomschrijvingen/weg`, brondatumArchiefprocedure: { afleidingswijze: "termijn", procestermijn: "P1Y" } }),
      });
      expect(onbekend.body.invalidParams[0]).toMatchObject({ name: "resultaattypeomschrijving", code: "bad-url" });
    });

    it("eist afleidingswijze afgehandeld bij procestermijn nihil (ztc-003)", async () => {
      stub();
      const eigen = await nieuwZaaktype({ selectielijstProcestype: PROCESTYPE });
      const fout = await zgw.roep(resultaattypen.POST, "POST", "/resultaattypen", {
        token: beheer,
        body: resultaattypeBody(eigen, { selectielijstklasse: KLASSE_NIHIL, brondatumArchiefprocedure: { afleidingswijze: "termijn", procestermijn: "P1Y" } }),
      });
      expect(fout.body.invalidParams[0]).toMatchObject({ name: "brondatumArchiefprocedure.afleidingswijze", code: "invalid-afleidingswijze-for-procestermijn" });
      const goed = await zgw.roep(resultaattypen.POST, "POST", "/resultaattypen", {
        token: beheer,
        body: resultaattypeBody(eigen, { selectielijstklasse: KLASSE_NIHIL, brondatumArchiefprocedure: { afleidingswijze: "afgehandeld" } }),
      });
      expect(goed.response.status).toBe(201);
      expect(goed.body.archiefnominatie).toBe("blijvend_bewaren");
    });

    it("controleert zonder geconfigureerde lijsten alleen de vorm en leidt niets af", async () => {
      const { response, body } = await zgw.roep(resultaattypen.POST, "POST", "/resultaattypen", { token: beheer, body: resultaattypeBody(zt) });
      expect(response.status).toBe(201);
      expect(body).toMatchObject({ omschrijvingGeneriek: "", archiefnominatie: "", archiefactietermijn: null });
      expect(lijsten.verzoeken).toEqual([]);
      const u = uuidVan(body.url);
      const patch = await zgw.roep(resultaattype.PATCH, "PATCH", `/resultaattypen/${u}`, { token: beheer, params: { uuid: u }, body: { archiefnominatie: "vernietigen" } });
      expect(patch.body.archiefnominatie).toBe("vernietigen");
      const lijst = await zgw.roep(resultaattypen.GET, "GET", `/resultaattypen?status=alles&zaaktype=${encodeURIComponent(zt)}`, { token: lezer });
      expect(lijst.body.count).toBeGreaterThan(0);
    });
  });

  describe("informatieobjecttypen, besluittypen en zaaktype-informatieobjecttypen", () => {
    it("publiceert een informatieobjecttype en koppelt het via omschrijving (ztc-011b/c)", async () => {
      const maak = await zgw.roep(iots.POST, "POST", "/informatieobjecttypen", { token: beheer, body: informatieobjecttypeBody(catA, "Aanvraagformulier") });
      expect(maak.response.status).toBe(201);
      expect(maak.body).toMatchObject({ concept: true, omschrijving: "Aanvraagformulier", zaaktypen: [], besluittypen: [] });
      const u = uuidVan(maak.body.url);
      const pub = await zgw.roep(iotPublish.POST, "POST", `/informatieobjecttypen/${u}/publish`, { token: beheer, params: { uuid: u } });
      expect(pub.body.concept).toBe(false);
      expect((await zgw.roep(iots.GET, "GET", "/informatieobjecttypen?omschrijving=Aanvraagformulier", { token: lezer })).body.count).toBe(1);

      // A concept besluittype may link a published informatieobjecttype by omschrijving.
      const bt = await zgw.roep(besluittypen.POST, "POST", "/besluittypen", {
        token: beheer,
        body: besluittypeBody(catA, "Vergunning", { informatieobjecttypen: ["Aanvraagformulier"] }),
      });
      expect(bt.response.status).toBe(201);
      expect(bt.body).toMatchObject({ informatieobjecttypen: [maak.body.url], vastgelegdIn: ["Aanvraagformulier"] });
      const fout = await zgw.roep(besluittypen.POST, "POST", "/besluittypen", {
        token: beheer,
        body: besluittypeBody(catA, "Vergunning 2", { informatieobjecttypen: ["Onbekend document"] }),
      });
      expect(fout.body.invalidParams[0]).toMatchObject({ name: "informatieobjecttypen.0", code: "does-not-exist" });
      const filter = await zgw.roep(besluittypen.GET, "GET", `/besluittypen?status=alles&informatieobjecttypen=${encodeURIComponent(maak.body.url)}`, { token: lezer });
      expect(filter.body.results.map((b: { url: string }) => b.url)).toEqual([bt.body.url]);

      const eigen = await nieuwZaaktype();
      const koppeling = await zgw.roep(ziots.POST, "POST", "/zaaktype-informatieobjecttypen", {
        token: beheer,
        body: { zaaktype: eigen, informatieobjecttype: "Aanvraagformulier", volgnummer: 1, richting: "inkomend" },
      });
      expect(koppeling.response.status).toBe(201);
      expect(koppeling.body).toMatchObject({ zaaktype: eigen, informatieobjecttype: maak.body.url, catalogus: catA });
      expect((await leesZaaktype(eigen)).informatieobjecttypen).toEqual([maak.body.url]);
      const gelezen = await zgw.roep(iot.GET, "GET", `/informatieobjecttypen/${u}`, { token: lezer, params: { uuid: u } });
      expect(gelezen.body).toMatchObject({ zaaktypen: [eigen], besluittypen: [bt.body.url] });
      const perRichting = await zgw.roep(ziots.GET, "GET", `/zaaktype-informatieobjecttypen?status=alles&richting=inkomend&informatieobjecttype=${encodeURIComponent(maak.body.url)}`, { token: lezer });
      expect(perRichting.body.count).toBe(1);
      // resultaattype.informatieobjecttypen are URLs (same catalogus) with their omschrijving.
      const rt = await zgw.roep(resultaattypen.POST, "POST", "/resultaattypen", {
        token: beheer,
        body: resultaattypeBody(eigen, { omschrijving: "Met documenten", informatieobjecttypen: [maak.body.url], besluittypen: ["Vergunning"] }),
      });
      expect(rt.body).toMatchObject({
        informatieobjecttypen: [maak.body.url],
        informatieobjecttypeOmschrijving: ["Aanvraagformulier"],
        besluittypen: [bt.body.url],
        besluittypeOmschrijving: ["Vergunning"],
      });
      const b = uuidVan(bt.body.url);
      expect((await zgw.roep(besluittype.GET, "GET", `/besluittypen/${b}`, { token: lezer, params: { uuid: b } })).body.resultaattypen).toEqual([rt.body.url]);
      expect((await zgw.roep(besluittype.GET, "GET", `/besluittypen/${b}`, { token: lezer, params: { uuid: b } })).response.headers.get("ETag")).toBeTruthy();
    });

    it("ztc-013: weigert een informatieobjecttype uit een andere catalogus en een zaakobjecttype met een andere catalogus", async () => {
      await zgw.roep(iots.POST, "POST", "/informatieobjecttypen", { token: beheer, body: informatieobjecttypeBody(catB, "Alleen in B") });
      const eigen = await nieuwZaaktype();
      const fout = await zgw.roep(ziots.POST, "POST", "/zaaktype-informatieobjecttypen", {
        token: beheer,
        body: { zaaktype: eigen, informatieobjecttype: "Alleen in B", volgnummer: 1, richting: "inkomend" },
      });
      expect(fout.body.invalidParams[0]).toMatchObject({ name: "informatieobjecttype", code: "relations-incorrect-catalogus" });
      const zot = (catalogus: string) => ({
        anderObjecttype: false,
        beginGeldigheid: "2025-01-01",
        objecttype: "https://objecttypen.example.nl/api/v2/objecttypes/1",
        relatieOmschrijving: "Betreft",
        zaaktype: eigen,
        catalogus,
      });
      const anders = await zgw.roep(zaakobjecttypen.POST, "POST", "/zaakobjecttypen", { token: beheer, body: zot(catB) });
      expect(anders.body.invalidParams[0]).toMatchObject({ name: "catalogus", code: "relations-incorrect-catalogus" });
      const goed = await zgw.roep(zaakobjecttypen.POST, "POST", "/zaakobjecttypen", { token: beheer, body: zot(catA) });
      expect(goed.response.status).toBe(201);
      expect(goed.body).toMatchObject({ catalogus: catA, resultaattypen: [], statustypen: [] });
      expect((await leesZaaktype(eigen)).zaakobjecttypen).toEqual([goed.body.url]);
      const lijst = await zgw.roep(zaakobjecttypen.GET, "GET", `/zaakobjecttypen?anderObjecttype=false&relatieOmschrijving=Betreft&datumGeldigheid=2025-06-01`, { token: lezer });
      expect(lijst.body.count).toBe(1);
      const z = uuidVan(goed.body.url);
      expect((await zgw.roep(zaakobjecttype.DELETE, "DELETE", `/zaakobjecttypen/${z}`, { token: beheer, params: { uuid: z } })).response.status).toBe(204);
    });

    it("ztc-010/012: een koppeling ligt vast als beide kanten gepubliceerd zijn; publiceren vereist een gepubliceerd informatieobjecttype", async () => {
      const iotConcept = (await zgw.roep(iots.POST, "POST", "/informatieobjecttypen", { token: beheer, body: informatieobjecttypeBody(catA, "Besluitbrief") })).body.url;
      const eigen = await nieuwZaaktype();
      const k = (await zgw.roep(ziots.POST, "POST", "/zaaktype-informatieobjecttypen", {
        token: beheer,
        body: { zaaktype: eigen, informatieobjecttype: "Besluitbrief", volgnummer: 1, richting: "uitgaand" },
      })).body.url;
      const geweigerd = await publiceer(eigen);
      expect(geweigerd.body.invalidParams[0]).toMatchObject({ name: "informatieobjecttypen", code: "concept-relation" });
      const i = uuidVan(iotConcept);
      await zgw.roep(iotPublish.POST, "POST", `/informatieobjecttypen/${i}/publish`, { token: beheer, params: { uuid: i } });
      expect((await publiceer(eigen)).response.status).toBe(200);

      const u = uuidVan(k);
      const patch = await zgw.roep(ziot.PATCH, "PATCH", `/zaaktype-informatieobjecttypen/${u}`, { token: schrijver, params: { uuid: u }, body: { volgnummer: 2 } });
      expect(patch.body.invalidParams[0].code).toBe("non-concept-relation");
      const correctie = await zgw.roep(ziot.PATCH, "PATCH", `/zaaktype-informatieobjecttypen/${u}`, { token: correcteur, params: { uuid: u }, body: { volgnummer: 2 } });
      expect(correctie.body.volgnummer).toBe(2);
    });

    it("ztc-009 voor informatieobjecttypen en besluittypen; verwijderen van een concept", async () => {
      const maak = await zgw.roep(iots.POST, "POST", "/informatieobjecttypen", { token: beheer, body: informatieobjecttypeBody(catA, "Bijlage") });
      const u = uuidVan(maak.body.url);
      const wijzig = await zgw.roep(iot.PATCH, "PATCH", `/informatieobjecttypen/${u}`, { token: schrijver, params: { uuid: u }, body: { informatieobjectcategorie: "Bijlage" } });
      expect(wijzig.response.status).toBe(200);
      await zgw.roep(iotPublish.POST, "POST", `/informatieobjecttypen/${u}/publish`, { token: beheer, params: { uuid: u } });
      const geweigerd = await zgw.roep(iot.PUT, "PUT", `/informatieobjecttypen/${u}`, { token: schrijver, params: { uuid: u }, body: informatieobjecttypeBody(catA, "Bijlage") });
      expect(geweigerd.body.invalidParams[0].code).toBe("non-concept-object");
      const bt = (await zgw.roep(besluittypen.POST, "POST", "/besluittypen", { token: beheer, body: besluittypeBody(catA, "Weg") })).body.url;
      const b = uuidVan(bt);
      expect((await zgw.roep(besluittype.DELETE, "DELETE", `/besluittypen/${b}`, { token: schrijver, params: { uuid: b } })).response.status).toBe(204);
    });

    it("laat catalogi.lezen geen onderdelen wijzigen (403)", async () => {
      const pogingen = [
        await zgw.roep(statustypen.POST, "POST", "/statustypen", { token: lezer, body: statustypeBody(zt, 50) }),
        await zgw.roep(roltypen.POST, "POST", "/roltypen", { token: lezer, body: { zaaktype: zt, omschrijving: "x", omschrijvingGeneriek: "initiator" } }),
        await zgw.roep(iots.POST, "POST", "/informatieobjecttypen", { token: lezer, body: informatieobjecttypeBody(catA, "Lezer") }),
        await zgw.roep(ziots.POST, "POST", "/zaaktype-informatieobjecttypen", { token: lezer, body: {} }),
        await zgw.roep(zaakobjecttypen.POST, "POST", "/zaakobjecttypen", { token: lezer, body: {} }),
        await zgw.roep(eigenschappen.POST, "POST", "/eigenschappen", { token: lezer, body: {} }),
        await zgw.roep(resultaattypen.POST, "POST", "/resultaattypen", { token: lezer, body: {} }),
      ];
      for (const p of pogingen) expect(p.response.status).toBe(403);
    });
  });
});
