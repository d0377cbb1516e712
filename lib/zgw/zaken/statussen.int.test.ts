import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as audittrail from "@/app/zaken/api/v1/zaken/[uuid]/audittrail/route";
import * as zaak from "@/app/zaken/api/v1/zaken/[uuid]/route";
import * as zaken from "@/app/zaken/api/v1/zaken/route";
import * as resultaat from "@/app/zaken/api/v1/resultaten/[uuid]/route";
import * as resultaten from "@/app/zaken/api/v1/resultaten/route";
import * as status from "@/app/zaken/api/v1/statussen/[uuid]/route";
import * as statussen from "@/app/zaken/api/v1/statussen/route";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { autorisatie, testClient } from "../catalogi/testing/fixtures";
import { koppelTestOmgeving, zgwAanroeper } from "../testing/zgw-test";
import { zrcZaakeigenschap, zrcZaakinformatieobject } from "./relaties/schema";
import { GEO_HEADERS, maakKernCatalogi, uuidVan, zaakBody, type Zaaktype } from "./testing/kern";

describe(`Zaken API 1.5.1: statussen en resultaten op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  const zgw = zgwAanroeper("zaken");
  let beheer: string;
  let aanmaker: string;
  let toevoeger: string;
  let bijwerker: string;
  let heropener: string;
  let geforceerd: string;
  let lezerA: string;
  let A: Zaaktype;
  let B: Zaaktype;

  beforeAll(async () => {
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    const db = test.handle.db;
    beheer = await testClient(db, "beheer", "alle");
    const cat = await maakKernCatalogi(beheer);
    A = await cat.zaaktype();
    B = await cat.zaaktype();
    const voorA = (id: string, scopes: string[], max = "zeer_geheim") =>
      testClient(db, id, [autorisatie("zrc", ["zaken.lezen", ...scopes], { zaaktype: A.url, maxVertrouwelijkheidaanduiding: max })]);
    aanmaker = await voorA("aanmaker", ["zaken.aanmaken"]);
    toevoeger = await voorA("toevoeger", ["zaken.statussen.toevoegen"]);
    bijwerker = await voorA("bijwerker", ["zaken.bijwerken", "zaken.statussen.toevoegen"]);
    heropener = await voorA("heropener", ["zaken.heropenen"]);
    geforceerd = await voorA("geforceerd", ["zaken.geforceerd-bijwerken", "zaken.statussen.toevoegen"]);
    lezerA = await voorA("lezer", [], "openbaar");
  });
  afterAll(async () => {
    herstel?.();
    await test?.dispose();
  });

  const maakZaak = async (zaaktype = A, extra: Record<string, unknown> = {}) =>
    (await zgw.roep(zaken.POST, "POST", "/zaken", { token: beheer, body: zaakBody(zaaktype.url, extra), headers: GEO_HEADERS })).body as Record<string, string>;
  const leesZaak = async (url: string) =>
    (await zgw.roep(zaak.GET, "GET", `/zaken/${uuidVan(url)}`, { token: beheer, params: { uuid: uuidVan(url) }, headers: GEO_HEADERS })).body;
  const zetStatus = (zaakUrl: string, statustype: string, token = beheer, datumStatusGezet = "2025-06-01T10:00:00Z") =>
    zgw.roep(statussen.POST, "POST", "/statussen", { token, body: { zaak: zaakUrl, statustype, datumStatusGezet } });
  const zetResultaat = (zaakUrl: string, resultaattype: string, token = beheer) =>
    zgw.roep(resultaten.POST, "POST", "/resultaten", { token, body: { zaak: zaakUrl, resultaattype, toelichting: "Klaar" } });
  const namen = (body: { invalidParams: { name: string; code: string }[] }) => body.invalidParams.map((p) => `${p.name}:${p.code}`);

  describe("statussen", () => {
    it("zrc-016: statustype van een ander zaaktype -> 400; van het eigen zaaktype -> 201", async () => {
      const z = await maakZaak();
      const fout = await zetStatus(z.url!, B.status1);
      expect(fout.response.status).toBe(400);
      expect(namen(fout.body)).toEqual(["nonFieldErrors:zaaktype-mismatch"]);
      const goed = await zetStatus(z.url!, A.status1);
      expect(goed.response.status).toBe(201);
      expect(goed.response.headers.get("Location")).toBe(goed.body.url);
      expect(goed.body.indicatieLaatstGezetteStatus).toBe(true);
      expect((await leesZaak(z.url!)).status).toBe(goed.body.url);
      const audit = await zgw.roep(audittrail.GET, "GET", `/zaken/${uuidVan(z.url!)}/audittrail`, { token: beheer, params: { uuid: uuidVan(z.url!) } });
      expect(audit.body.map((a: { resource: string; actie: string }) => `${a.resource}:${a.actie}`)).toEqual(["zaak:create", "status:create"]);
    });

    it("zaken.aanmaken geeft alleen de eerste status; daarna statussen.toevoegen", async () => {
      const z = await maakZaak();
      expect((await zetStatus(z.url!, A.status1, aanmaker)).response.status).toBe(201);
      expect((await zetStatus(z.url!, A.status2, aanmaker, "2025-06-02T10:00:00Z")).response.status).toBe(403);
      const tweede = await zetStatus(z.url!, A.status2, toevoeger, "2025-06-02T10:00:00Z");
      expect(tweede.response.status).toBe(201);
      const lijst = await zgw.roep(statussen.GET, "GET", `/statussen?zaak=${encodeURIComponent(z.url!)}`, { token: beheer });
      expect(lijst.body.count).toBe(2);
      const laatste = await zgw.roep(statussen.GET, "GET", `/statussen?zaak=${encodeURIComponent(z.url!)}&indicatieLaatstGezetteStatus=true`, { token: beheer });
      expect(laatste.body.results.map((s: { url: string }) => s.url)).toEqual([tweede.body.url]);
      const detail = await zgw.roep(status.GET, "GET", `/statussen/${tweede.body.uuid}`, { token: beheer, params: { uuid: tweede.body.uuid } });
      expect(detail.body.indicatieLaatstGezetteStatus).toBe(true);
    });

    it("zrc-006: statussen van zaken buiten de autorisatie zijn onzichtbaar", async () => {
      const geheim = await maakZaak(A, { vertrouwelijkheidaanduiding: "geheim" });
      const open = await maakZaak(A);
      const s1 = (await zetStatus(geheim.url!, A.status1)).body;
      const s2 = (await zetStatus(open.url!, A.status1)).body;
      const lijst = await zgw.roep(statussen.GET, "GET", `/statussen?statustype=${encodeURIComponent(A.status1)}`, { token: lezerA });
      const urls = lijst.body.results.map((s: { url: string }) => s.url);
      expect(urls).toContain(s2.url);
      expect(urls).not.toContain(s1.url);
      expect((await zgw.roep(status.GET, "GET", `/statussen/${s1.uuid}`, { token: lezerA, params: { uuid: s1.uuid } })).response.status).toBe(403);
      const head = await zgw.roep(status.HEAD, "HEAD", `/statussen/${s2.uuid}`, { token: lezerA, params: { uuid: s2.uuid } });
      expect(head.response.status).toBe(200);
    });
  });

  describe("afsluiten en heropenen", () => {
    it("zrc-007: eindstatus zonder resultaat -> 400", async () => {
      const z = await maakZaak();
      const fout = await zetStatus(z.url!, A.eind);
      expect(fout.response.status).toBe(400);
      expect(namen(fout.body)).toEqual(["nonFieldErrors:resultaat-does-not-exist"]);
      expect((await leesZaak(z.url!)).einddatum).toBeNull();
    });

    it("zrc-007/zrc-021: eindstatus sluit de zaak; einddatum uit datumStatusGezet, archief afgeleid (afgehandeld)", async () => {
      const z = await maakZaak();
      expect((await zetResultaat(z.url!, A.afgehandeld)).response.status).toBe(201);
      // 23:30 UTC on 30 June is 1 July in Amsterdam.
      const eind = await zetStatus(z.url!, A.eind, beheer, "2025-06-30T23:30:00Z");
      expect(eind.response.status).toBe(201);
      const gesloten = await leesZaak(z.url!);
      expect(gesloten).toMatchObject({ einddatum: "2025-07-01", archiefnominatie: "vernietigen", archiefactiedatum: "2030-07-01", startdatumBewaartermijn: "2025-07-01" });
    });

    it("zrc-021: afleidingswijze termijn (einddatum + procestermijn) en hoofdzaak", async () => {
      const z = await maakZaak();
      await zetResultaat(z.url!, A.termijn);
      await zetStatus(z.url!, A.eind, beheer, "2025-01-31T12:00:00Z");
      // 2025-01-31 + P1Y + P5Y
      expect(await leesZaak(z.url!)).toMatchObject({ einddatum: "2025-01-31", archiefnominatie: "blijvend_bewaren", archiefactiedatum: "2031-01-31" });

      const hoofd = await maakZaak();
      const deel = await maakZaak(A, { hoofdzaak: hoofd.url });
      await zetResultaat(deel.url!, A.hoofdzaak);
      // The hoofdzaak is still open: the brondatum is unknown, archiefactiedatum stays empty.
      await zetStatus(deel.url!, A.eind, beheer, "2025-02-01T12:00:00Z");
      expect(await leesZaak(deel.url!)).toMatchObject({ einddatum: "2025-02-01", archiefnominatie: "vernietigen", archiefactiedatum: null });
    });

    it("zrc-021: afleidingswijze eigenschap gebruikt de waarde van de zaakeigenschap", async () => {
      const z = await maakZaak();
      // The derivation itself (the closing path is shown for afgehandeld/termijn/hoofdzaak).
      await test.handle.db.insert(zrcZaakeigenschap).values({ uuid: randomUUID(), zaakUuid: uuidVan(z.url!), eigenschapUrl: "https://x.example/e", naam: "Vervaldatum", waarde: "2026-05-05" });
      const { brondatum } = await import("./archief");
      const { zoekZaak } = await import("./opslag");
      const rij = (await zoekZaak(test.handle.db, uuidVan(z.url!)))!;
      expect(await brondatum(test.handle.db, rij, "2025-01-01", { afleidingswijze: "eigenschap", datumkenmerk: "Vervaldatum" }, new Map())).toBe("2026-05-05");
      expect(await brondatum(test.handle.db, rij, "2025-01-01", { afleidingswijze: "eigenschap", datumkenmerk: "Anders" }, new Map())).toBeNull();
      expect(await brondatum(test.handle.db, rij, "2025-01-01", { afleidingswijze: "ander_datumkenmerk" }, new Map())).toBeNull();
    });

    it("zrc-007: gesloten zaak alleen wijzigen met geforceerd-bijwerken; zrc-008: heropenen met zaken.heropenen", async () => {
      const z = await maakZaak();
      const res = (await zetResultaat(z.url!, A.afgehandeld)).body;
      await zetStatus(z.url!, A.eind);
      const patch = (token: string) =>
        zgw.roep(zaak.PATCH, "PATCH", `/zaken/${uuidVan(z.url!)}`, { token, body: { toelichting: "Na sluiten" }, params: { uuid: uuidVan(z.url!) }, headers: GEO_HEADERS });
      expect((await patch(bijwerker)).response.status).toBe(403);
      expect((await patch(geforceerd)).response.status).toBe(200);
      const resPatch = (token: string) => zgw.roep(resultaat.PATCH, "PATCH", `/resultaten/${res.uuid}`, { token, params: { uuid: res.uuid }, body: { toelichting: "x" } });
      expect((await resPatch(bijwerker)).response.status).toBe(403);
      expect((await resPatch(geforceerd)).response.status).toBe(200);

      expect((await zetStatus(z.url!, A.status2, toevoeger, "2025-07-01T10:00:00Z")).response.status).toBe(403);
      const heropend = await zetStatus(z.url!, A.status2, heropener, "2025-07-01T10:00:00Z");
      expect(heropend.response.status).toBe(201);
      expect(await leesZaak(z.url!)).toMatchObject({ einddatum: null, archiefactiedatum: null, archiefnominatie: null, status: heropend.body.url });
    });

    it("zrc-007: alle documenten moeten indicatieGebruiksrecht hebben", async () => {
      const z = await maakZaak();
      await zetResultaat(z.url!, A.afgehandeld);
      // A zaak-document relation to a local document without indicatieGebruiksrecht.
      const { drcInformatieobject } = await import("../documenten/schema");
      const doc = randomUUID();
      await test.handle.db.insert(drcInformatieobject).values({
        uuid: doc,
        identificatie: `DOC-${doc.slice(0, 8)}`,
        bronorganisatie: "002220647",
        informatieobjecttype: "https://zac.test.example/catalogi/api/v1/informatieobjecttypen/x",
        vertrouwelijkheidaanduiding: "openbaar",
        versie: 1,
      });
      await test.handle.db.insert(zrcZaakinformatieobject).values({
        uuid: randomUUID(),
        zaakUuid: uuidVan(z.url!),
        informatieobjectUrl: `https://zac.test.example/documenten/api/v1/enkelvoudiginformatieobjecten/${doc}`,
        informatieobjectUuid: doc,
        registratiedatum: new Date(),
      });
      const fout = await zetStatus(z.url!, A.eind);
      expect(namen(fout.body)).toEqual(["nonFieldErrors:indicatiegebruiksrecht-unset"]);
      const { eq } = await import("drizzle-orm");
      await test.handle.db.update(drcInformatieobject).set({ indicatieGebruiksrecht: false }).where(eq(drcInformatieobject.uuid, doc));
      expect((await zetStatus(z.url!, A.eind)).response.status).toBe(201);

      // zrc-022: archiving the zaak needs its documents to be gearchiveerd.
      const archiveer = () =>
        zgw.roep(zaak.PATCH, "PATCH", `/zaken/${uuidVan(z.url!)}`, { token: beheer, body: { archiefstatus: "gearchiveerd" }, params: { uuid: uuidVan(z.url!) }, headers: GEO_HEADERS });
      expect(namen((await archiveer()).body)).toEqual(["archiefstatus:documents-not-archived"]);
      await test.handle.db.update(drcInformatieobject).set({ status: "gearchiveerd" }).where(eq(drcInformatieobject.uuid, doc));
      const gearchiveerd = await archiveer();
      expect(gearchiveerd.response.status).toBe(200);
      expect(gearchiveerd.body.archiefstatus).toBe("gearchiveerd");
    });
  });

  describe("resultaten", () => {
    it("zrc-020: resultaattype van een ander zaaktype -> 400; één resultaat per zaak", async () => {
      const z = await maakZaak();
      const fout = await zetResultaat(z.url!, B.afgehandeld);
      expect(namen(fout.body)).toEqual(["nonFieldErrors:zaaktype-mismatch"]);
      expect((await zetResultaat(z.url!, A.afgehandeld, bijwerker)).response.status).toBe(201);
      expect(namen((await zetResultaat(z.url!, A.termijn)).body)).toEqual(["zaak:unique"]);
      expect((await leesZaak(z.url!)).resultaat).toMatch(/\/resultaten\//);
    });

    it("resultaattype is onwijzigbaar; PUT, lijst, HEAD en DELETE", async () => {
      const z = await maakZaak();
      const r = (await zetResultaat(z.url!, A.afgehandeld)).body;
      const put = (resultaattype: string) =>
        zgw.roep(resultaat.PUT, "PUT", `/resultaten/${r.uuid}`, { token: beheer, params: { uuid: r.uuid }, body: { zaak: z.url, resultaattype, toelichting: "Nieuw" } });
      expect(namen((await put(A.termijn)).body)).toEqual(["resultaattype:wijzigen-niet-toegelaten"]);
      const goed = await put(A.afgehandeld);
      expect(goed.body.toelichting).toBe("Nieuw");
      const lijst = await zgw.roep(resultaten.GET, "GET", `/resultaten?zaak=${encodeURIComponent(z.url!)}`, { token: beheer });
      expect(lijst.body.results.map((x: { url: string }) => x.url)).toEqual([r.url]);
      const head = await zgw.roep(resultaat.HEAD, "HEAD", `/resultaten/${r.uuid}`, { token: beheer, params: { uuid: r.uuid } });
      expect(head.response.headers.get("ETag")).toBeTruthy();
      expect((await zgw.roep(resultaat.DELETE, "DELETE", `/resultaten/${r.uuid}`, { token: lezerA, params: { uuid: r.uuid } })).response.status).toBe(403);
      expect((await zgw.roep(resultaat.DELETE, "DELETE", `/resultaten/${r.uuid}`, { token: beheer, params: { uuid: r.uuid } })).response.status).toBe(204);
      expect((await leesZaak(z.url!)).resultaat).toBeNull();
    });

    it("expand: status.statustype en resultaat.resultaattype", async () => {
      const z = await maakZaak();
      await zetStatus(z.url!, A.status1);
      await zetResultaat(z.url!, A.afgehandeld);
      const { body } = await zgw.roep(zaak.GET, "GET", `/zaken/${uuidVan(z.url!)}?expand=status.statustype,resultaat.resultaattype`, {
        token: beheer,
        params: { uuid: uuidVan(z.url!) },
        headers: GEO_HEADERS,
      });
      expect(body._expand.status._expand.statustype.url).toBe(A.status1);
      expect(body._expand.resultaat._expand.resultaattype.url).toBe(A.afgehandeld);
    });
  });
});
