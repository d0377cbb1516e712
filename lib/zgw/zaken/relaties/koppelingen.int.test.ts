import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as eios from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/route";
import * as oios from "@/app/documenten/api/v1/objectinformatieobjecten/route";
import * as zaakbesluit from "@/app/zaken/api/v1/zaken/[uuid]/besluiten/[zaakbesluit_uuid]/route";
import * as zaakbesluiten from "@/app/zaken/api/v1/zaken/[uuid]/besluiten/route";
import * as zcm from "@/app/zaken/api/v1/zaakcontactmomenten/[uuid]/route";
import * as zcms from "@/app/zaken/api/v1/zaakcontactmomenten/route";
import * as zio from "@/app/zaken/api/v1/zaakinformatieobjecten/[uuid]/route";
import * as zios from "@/app/zaken/api/v1/zaakinformatieobjecten/route";
import * as zv from "@/app/zaken/api/v1/zaakverzoeken/[uuid]/route";
import * as zvs from "@/app/zaken/api/v1/zaakverzoeken/route";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { brcBesluit } from "@/lib/zgw/besluiten/schema";
import { zgwAudittrail } from "@/lib/zgw/gebeurtenissen";
import { zorgVoorEigenZgwClient } from "../../autorisaties";
import { autorisatie, testClient } from "../../catalogi/testing/fixtures";
import { base64, eioBody, tijdelijkeOpslag } from "../../documenten/testing/fixtures";
import { koppelTestOmgeving, TEST_PUBLIC_URL, zgwAanroeper } from "../../testing/zgw-test";
import { zrcStatus, zrcZaak } from "../schema";
import { externeSpiegelsVanZaak, verwijderExterneSpiegels } from "./service";
import { zrcZaakinformatieobject } from "./schema";
import { maakCatalogi, maakZaak, uuidVan, ZRC, type ZaaktypeSet } from "./testing/omgeving";

const DRC = "https://drc.elders.example/documenten/api/v1";
const CMC = "https://cmc.elders.example/contactmomenten/api/v1";
const VRC = "https://vrc.elders.example/verzoeken/api/v1";
const BRC = "https://brc.elders.example/besluiten/api/v1";

/** The external APIs (Documenten, Contactmomenten, Verzoeken, Besluiten) as an msw fake that records writes. */
function nepExterneApis() {
  const bronnen = new Map<string, Record<string, unknown>>();
  const schrijfacties: Array<{ method: string; url: string; body: unknown }> = [];
  let weigerSchrijven = false;
  const server = setupServer(
    http.get("*", ({ request }) => {
      const r = bronnen.get(request.url);
      return r ? HttpResponse.json(r) : HttpResponse.json({ detail: "Niet gevonden." }, { status: 404 });
    }),
    http.post("*", async ({ request }) => {
      const body = await request.json();
      schrijfacties.push({ method: "POST", url: request.url, body });
      if (weigerSchrijven) return HttpResponse.json({ detail: "relatie bestaat niet in de bron" }, { status: 400 });
      return HttpResponse.json({ url: `${request.url}/${randomUUID()}`, ...(body as object) }, { status: 201 });
    }),
    http.delete("*", ({ request }) => {
      schrijfacties.push({ method: "DELETE", url: request.url, body: null });
      return weigerSchrijven ? HttpResponse.json({ detail: "nee" }, { status: 400 }) : new HttpResponse(null, { status: 204 });
    }),
  );
  return {
    bronnen,
    schrijfacties,
    weiger: (ja: boolean) => {
      weigerSchrijven = ja;
    },
    start: () => server.listen({ onUnhandledRequest: "error" }),
    herstel() {
      schrijfacties.length = 0;
      weigerSchrijven = false;
    },
    stop: () => server.close(),
  };
}

describe(`Zaken API 1.5.1: zaakinformatieobjecten, zaak-besluiten, contactmomenten, verzoeken op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  let opslag: string;
  const zgw = zgwAanroeper("zaken");
  const drc = zgwAanroeper("documenten");
  const extern = nepExterneApis();
  let beheer: string;
  let lezerOpenbaar: string;
  let schrijverA: string;
  let a: ZaaktypeSet;
  let iotAanvraag: string;
  let iotAnders: string;
  let zaakA: { uuid: string; url: string };
  let zaakGeheim: { uuid: string; url: string };
  let docAanvraag: string;
  let docAnders: string;

  beforeAll(async () => {
    extern.start();
    opslag = await tijdelijkeOpslag();
    vi.stubEnv("DOCUMENTEN_OPSLAG", opslag);
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    const db = test.handle.db;
    await zorgVoorEigenZgwClient(db);
    beheer = await testClient(db, "beheer", "alle");
    ({ a, iotAanvraag, iotAnders } = await maakCatalogi(beheer));
    lezerOpenbaar = await testClient(db, "lezer-openbaar", [autorisatie("zrc", ["zaken.lezen"], { zaaktype: a.url, maxVertrouwelijkheidaanduiding: "openbaar" })]);
    schrijverA = await testClient(db, "schrijver-a", [
      autorisatie("zrc", ["zaken.lezen", "zaken.aanmaken", "zaken.bijwerken"], { zaaktype: a.url, maxVertrouwelijkheidaanduiding: "geheim" }),
    ]);
    zaakA = await maakZaak(db, a);
    zaakGeheim = await maakZaak(db, a, { vertrouwelijkheidaanduiding: "geheim" });
    const doc = async (iot: string) => {
      const r = await drc.roep(eios.POST, "POST", "/enkelvoudiginformatieobjecten", { token: beheer, body: eioBody(iot, { inhoud: base64("inhoud") }) });
      if (r.response.status !== 201) throw new Error(JSON.stringify(r.body));
      return r.body.url as string;
    };
    docAanvraag = await doc(iotAanvraag);
    docAnders = await doc(iotAnders);
  });
  afterAll(async () => {
    extern.stop();
    herstel?.();
    await test?.dispose();
    vi.unstubAllEnvs();
    await rm(opslag, { recursive: true, force: true });
  });
  afterEach(() => extern.herstel());

  const maakZio = (body: unknown, token = beheer) => zgw.roep(zios.POST, "POST", "/zaakinformatieobjecten", { token, body });

  describe("zaakinformatieobjecten", () => {
    it("zrc-003: een informatieobject dat niet bestaat -> 400 bad-url", async () => {
      const { response, body } = await maakZio({ zaak: zaakA.url, informatieobject: `${TEST_PUBLIC_URL}/documenten/api/v1/enkelvoudiginformatieobjecten/${randomUUID()}` });
      expect(response.status).toBe(400);
      expect(body.invalidParams[0]).toMatchObject({ name: "informatieobject", code: "bad-url" });
    });

    it("zrc-017: een informatieobjecttype buiten het zaaktype -> 400", async () => {
      const { body } = await maakZio({ zaak: zaakA.url, informatieobject: docAnders });
      expect(body.invalidParams[0]).toMatchObject({ name: "nonFieldErrors", code: "missing-zaaktype-informatieobjecttype-relation" });
    });

    it("zrc-004/005: lokaal document -> 201 met aardRelatie en registratiedatum van het systeem; de OIO volgt uit de relatie", async () => {
      const { response, body } = await maakZio({ zaak: zaakA.url, informatieobject: docAanvraag, titel: "Aanvraag", aardRelatieWeergave: "Legt vast, omgekeerd: kan vastgelegd zijn als", registratiedatum: "2000-01-01T00:00:00Z" }, schrijverA);
      expect(response.status).toBe(201);
      expect(body).toMatchObject({ zaak: zaakA.url, informatieobject: docAanvraag, aardRelatieWeergave: "Hoort bij, omgekeerd: kent", titel: "Aanvraag", status: null });
      expect(Date.now() - Date.parse(body.registratiedatum)).toBeLessThan(60_000);
      expect(extern.schrijfacties).toEqual([]);
      const oio = await drc.roep(oios.GET, "GET", `/objectinformatieobjecten?object=${encodeURIComponent(zaakA.url)}`, { token: beheer });
      expect(oio.body).toEqual([expect.objectContaining({ object: zaakA.url, informatieobject: docAanvraag, objectType: "zaak" })]);
      const dubbel = await maakZio({ zaak: zaakA.url, informatieobject: docAanvraag });
      expect(dubbel.body.invalidParams[0].code).toBe("unique");
    });

    it("zrc-004: zaak en informatieobject zijn onveranderlijk; titel niet; update notificeert niet (GUIDE 6)", async () => {
      const zaak = await maakZaak(test.handle.db, a);
      const { body } = await maakZio({ zaak: zaak.url, informatieobject: docAanvraag });
      const u = uuidVan(body.url);
      const io = await zgw.roep(zio.PATCH, "PATCH", `/zaakinformatieobjecten/${u}`, { token: beheer, params: { uuid: u }, body: { informatieobject: docAnders } });
      expect(io.body.invalidParams[0]).toMatchObject({ name: "informatieobject", code: "wijzigen-niet-toegelaten" });
      const z = await zgw.roep(zio.PUT, "PUT", `/zaakinformatieobjecten/${u}`, { token: beheer, params: { uuid: u }, body: { zaak: zaakA.url, informatieobject: docAanvraag } });
      expect(z.body.invalidParams[0]).toMatchObject({ name: "zaak", code: "wijzigen-niet-toegelaten" });
      const titel = await zgw.roep(zio.PATCH, "PATCH", `/zaakinformatieobjecten/${u}`, { token: beheer, params: { uuid: u }, body: { titel: "Nieuw", informatieobject: docAanvraag } });
      expect(titel.response.status).toBe(200);
      expect(titel.body).toMatchObject({ titel: "Nieuw", registratiedatum: body.registratiedatum, aardRelatieWeergave: "Hoort bij, omgekeerd: kent" });
      const audit = await test.handle.db.select().from(zgwAudittrail).where(eq(zgwAudittrail.hoofdObjectUuid, zaak.uuid)).orderBy(zgwAudittrail.volgorde);
      expect(audit.map((r) => r.actie)).toEqual(["create", "partial_update"]);
      expect((await zgw.roep(zio.DELETE, "DELETE", `/zaakinformatieobjecten/${u}`, { token: beheer, params: { uuid: u } })).response.status).toBe(204);
      const oio = await drc.roep(oios.GET, "GET", `/objectinformatieobjecten?object=${encodeURIComponent(zaak.url)}`, { token: beheer });
      expect(oio.body).toEqual([]);
    });

    it("zrc-005: extern document -> de OIO wordt bij die Documenten API aangemaakt en weer verwijderd", async () => {
      const doc = `${DRC}/enkelvoudiginformatieobjecten/${randomUUID()}`;
      extern.bronnen.set(doc, { url: doc, informatieobjecttype: iotAanvraag, titel: "Extern" });
      const { response, body } = await maakZio({ zaak: zaakA.url, informatieobject: doc });
      expect(response.status).toBe(201);
      expect(extern.schrijfacties).toEqual([
        { method: "POST", url: `${DRC}/objectinformatieobjecten`, body: { informatieobject: doc, object: zaakA.url, objectType: "zaak" } },
      ]);
      const [rij] = await test.handle.db.select().from(zrcZaakinformatieobject).where(eq(zrcZaakinformatieobject.uuid, body.uuid));
      expect(rij!.externOioUrl!.startsWith(`${DRC}/objectinformatieobjecten/`)).toBe(true);
      expect(rij!.informatieobjectUuid).toBeNull();
      const lijst = await zgw.roep(zios.GET, "GET", `/zaakinformatieobjecten?informatieobject=${encodeURIComponent(doc)}`, { token: beheer });
      expect(lijst.body.map((r: { uuid: string }) => r.uuid)).toEqual([body.uuid]);
      const u = body.uuid as string;
      expect((await zgw.roep(zio.DELETE, "DELETE", `/zaakinformatieobjecten/${u}`, { token: beheer, params: { uuid: u } })).response.status).toBe(204);
      expect(extern.schrijfacties[1]).toEqual({ method: "DELETE", url: rij!.externOioUrl, body: null });
    });

    it("zrc-005: verwijderen van de gespiegelde OIO mislukt -> 409 pending-relations en de relatie blijft", async () => {
      const doc = `${DRC}/enkelvoudiginformatieobjecten/${randomUUID()}`;
      extern.bronnen.set(doc, { url: doc, informatieobjecttype: iotAanvraag });
      const { body } = await maakZio({ zaak: zaakA.url, informatieobject: doc, titel: "Blijft" });
      extern.weiger(true);
      const u = body.uuid as string;
      const weg = await zgw.roep(zio.DELETE, "DELETE", `/zaakinformatieobjecten/${u}`, { token: beheer, params: { uuid: u } });
      expect(weg.response.status).toBe(409);
      expect(weg.body.code).toBe("pending-relations");
      expect((await zgw.roep(zio.GET, "GET", `/zaakinformatieobjecten/${u}`, { token: beheer, params: { uuid: u } })).body).toEqual(body);
    });

    it("een status van een andere zaak -> 400 zaak-status-mismatch; een status van deze zaak mag", async () => {
      const andere = await maakZaak(test.handle.db, a);
      const statusUuid = randomUUID();
      await test.handle.db.insert(zrcStatus).values({ uuid: statusUuid, zaakUuid: andere.uuid, statustypeUrl: "https://ztc.example/statustypen/1", datumStatusGezet: new Date("2025-03-02T10:00:00Z"), gegevens: {} });
      const status = `${ZRC}/statussen/${statusUuid}`;
      const zaak = await maakZaak(test.handle.db, a);
      const mismatch = await maakZio({ zaak: zaak.url, informatieobject: docAanvraag, status });
      expect(mismatch.body.invalidParams[0].code).toBe("zaak-status-mismatch");
      const goed = await maakZio({ zaak: andere.url, informatieobject: docAanvraag, status });
      expect(goed.response.status).toBe(201);
      expect(goed.body.status).toBe(status);
    });

    it("een gearchiveerde zaak: geen nieuwe relaties (zaak-archiefstatus-invalid)", async () => {
      const zaak = await maakZaak(test.handle.db, a, { archiefstatus: "gearchiveerd" });
      const { body } = await maakZio({ zaak: zaak.url, informatieobject: docAanvraag });
      expect(body.invalidParams[0].code).toBe("zaak-archiefstatus-invalid");
    });

    it("zrc-005: spiegelen mislukt -> 400 pending-relations en geen relatie", async () => {
      const doc = `${DRC}/enkelvoudiginformatieobjecten/${randomUUID()}`;
      extern.bronnen.set(doc, { url: doc, informatieobjecttype: iotAanvraag });
      extern.weiger(true);
      const { response, body } = await maakZio({ zaak: zaakA.url, informatieobject: doc });
      expect(response.status).toBe(400);
      expect(body.invalidParams[0]).toMatchObject({ name: "informatieobject", code: "pending-relations" });
      expect((await zgw.roep(zios.GET, "GET", `/zaakinformatieobjecten?informatieobject=${encodeURIComponent(doc)}`, { token: beheer })).body).toEqual([]);
    });

    it("zrc-006: de lijst filtert op de autorisatie (vertrouwelijkheid)", async () => {
      await maakZio({ zaak: zaakGeheim.url, informatieobject: docAanvraag });
      const beheerLijst = await zgw.roep(zios.GET, "GET", `/zaakinformatieobjecten?informatieobject=${encodeURIComponent(docAanvraag)}`, { token: beheer });
      const zakenBeheer = beheerLijst.body.map((r: { zaak: string }) => r.zaak);
      expect(zakenBeheer).toContain(zaakA.url);
      expect(zakenBeheer).toContain(zaakGeheim.url);
      const lezerLijst = await zgw.roep(zios.GET, "GET", `/zaakinformatieobjecten?informatieobject=${encodeURIComponent(docAanvraag)}`, { token: lezerOpenbaar });
      const zakenLezer = lezerLijst.body.map((r: { zaak: string }) => r.zaak);
      expect(zakenLezer).toContain(zaakA.url);
      expect(zakenLezer).not.toContain(zaakGeheim.url);
      expect(zakenLezer.length).toBe(zakenBeheer.length - 1);
    });
  });

  it("zrc-023: bij het verwijderen van een zaak gaan de relaties mee en worden de externe spiegels opgeruimd", async () => {
    const db = test.handle.db;
    const zaak = await maakZaak(db, a);
    const doc = `${DRC}/enkelvoudiginformatieobjecten/${randomUUID()}`;
    extern.bronnen.set(doc, { url: doc, informatieobjecttype: iotAanvraag });
    const cm = `${CMC}/contactmomenten/${randomUUID()}`;
    extern.bronnen.set(cm, { url: cm });
    expect((await maakZio({ zaak: zaak.url, informatieobject: doc })).response.status).toBe(201);
    expect((await zgw.roep(zcms.POST, "POST", "/zaakcontactmomenten", { token: beheer, body: { zaak: zaak.url, contactmoment: cm } })).response.status).toBe(201);
    const spiegels = await externeSpiegelsVanZaak(db, zaak.uuid);
    expect(spiegels.map((u) => u.slice(0, u.lastIndexOf("/")))).toEqual([`${DRC}/objectinformatieobjecten`, `${CMC}/objectcontactmomenten`]);
    await db.delete(zrcZaak).where(eq(zrcZaak.uuid, zaak.uuid));
    expect(await db.select().from(zrcZaakinformatieobject).where(eq(zrcZaakinformatieobject.zaakUuid, zaak.uuid))).toEqual([]);
    extern.schrijfacties.length = 0;
    await verwijderExterneSpiegels(db, spiegels);
    expect(extern.schrijfacties.map((w) => [w.method, w.url])).toEqual(spiegels.map((u) => ["DELETE", u]));
  });

  describe("zaak-besluiten", () => {
    const pad = (zaak: string) => `/zaken/${zaak}/besluiten`;

    it("lijst = lokale besluiten met deze zaak + relaties met externe besluiten; een lokale relatie is niet los te verwijderen", async () => {
      const zaak = await maakZaak(test.handle.db, a);
      const besluitUuid = randomUUID();
      await test.handle.db.insert(brcBesluit).values({
        uuid: besluitUuid,
        identificatie: `B-${besluitUuid.slice(0, 6)}`,
        verantwoordelijkeOrganisatie: "002220647",
        besluittypeUrl: "https://ztc.example/besluittypen/1",
        zaakUuid: zaak.uuid,
        datum: "2025-03-01",
        ingangsdatum: "2025-03-01",
      });
      const lokaalUrl = `${TEST_PUBLIC_URL}/besluiten/api/v1/besluiten/${besluitUuid}`;
      const extern1 = `${BRC}/besluiten/${randomUUID()}`;
      extern.bronnen.set(extern1, { url: extern1, zaak: zaak.url });
      const anderZaak = `${BRC}/besluiten/${randomUUID()}`;
      extern.bronnen.set(anderZaak, { url: anderZaak, zaak: zaakA.url });

      const params = { uuid: zaak.uuid };
      const gemaakt = await zgw.roep(zaakbesluiten.POST, "POST", pad(zaak.uuid), { token: schrijverA, params, body: { besluit: extern1 } });
      expect(gemaakt.response.status).toBe(201);
      expect(gemaakt.body.besluit).toBe(extern1);
      const fout = await zgw.roep(zaakbesluiten.POST, "POST", pad(zaak.uuid), { token: schrijverA, params, body: { besluit: anderZaak } });
      expect(fout.body.invalidParams[0].code).toBe("inconsistent-relation");
      const onbekend = await zgw.roep(zaakbesluiten.POST, "POST", pad(zaak.uuid), { token: schrijverA, params, body: { besluit: `${BRC}/besluiten/${randomUUID()}` } });
      expect(onbekend.body.invalidParams[0]).toMatchObject({ name: "besluit", code: "bad-url" });
      const lokaal = await zgw.roep(zaakbesluiten.POST, "POST", pad(zaak.uuid), { token: schrijverA, params, body: { besluit: lokaalUrl } });
      expect(lokaal.body).toMatchObject({ uuid: besluitUuid, besluit: lokaalUrl });

      const lijst = await zgw.roep(zaakbesluiten.GET, "GET", pad(zaak.uuid), { token: lezerOpenbaar, params });
      expect(lijst.body.map((b: { besluit: string }) => b.besluit)).toEqual([lokaalUrl, extern1]);
      const detail = await zgw.roep(zaakbesluit.GET, "GET", `${pad(zaak.uuid)}/${besluitUuid}`, { token: beheer, params: { uuid: zaak.uuid, zaakbesluit_uuid: besluitUuid } });
      expect(detail.body.url).toBe(`${ZRC}/zaken/${zaak.uuid}/besluiten/${besluitUuid}`);
      const weg = await zgw.roep(zaakbesluit.DELETE, "DELETE", `${pad(zaak.uuid)}/${besluitUuid}`, { token: beheer, params: { uuid: zaak.uuid, zaakbesluit_uuid: besluitUuid } });
      expect(weg.response.status).toBe(409);
      const ext = gemaakt.body.uuid as string;
      expect((await zgw.roep(zaakbesluit.DELETE, "DELETE", `${pad(zaak.uuid)}/${ext}`, { token: beheer, params: { uuid: zaak.uuid, zaakbesluit_uuid: ext } })).response.status).toBe(204);
      expect((await zgw.roep(zaakbesluiten.GET, "GET", pad(zaak.uuid), { token: beheer, params })).body.length).toBe(1);
    });
  });

  describe("zaakcontactmomenten en zaakverzoeken", () => {
    it("zrc-025: contactmoment moet bestaan en wordt gespiegeld als objectcontactmoment; verwijderen ruimt dat op", async () => {
      const cm = `${CMC}/contactmomenten/${randomUUID()}`;
      const onbekend = await zgw.roep(zcms.POST, "POST", "/zaakcontactmomenten", { token: schrijverA, body: { zaak: zaakA.url, contactmoment: cm } });
      expect(onbekend.body.invalidParams[0]).toMatchObject({ name: "contactmoment", code: "bad-url" });
      extern.bronnen.set(cm, { url: cm, kanaal: "telefoon" });
      const { response, body } = await zgw.roep(zcms.POST, "POST", "/zaakcontactmomenten", { token: schrijverA, body: { zaak: zaakA.url, contactmoment: cm } });
      expect(response.status).toBe(201);
      expect(extern.schrijfacties[0]).toEqual({ method: "POST", url: `${CMC}/objectcontactmomenten`, body: { contactmoment: cm, object: zaakA.url, objectType: "zaak" } });
      expect((await zgw.roep(zcms.GET, "GET", `/zaakcontactmomenten?contactmoment=${encodeURIComponent(cm)}`, { token: lezerOpenbaar })).body).toEqual([body]);
      const u = body.uuid as string;
      expect((await zgw.roep(zcm.GET, "GET", `/zaakcontactmomenten/${u}`, { token: beheer, params: { uuid: u } })).body).toEqual(body);
      expect((await zgw.roep(zcm.DELETE, "DELETE", `/zaakcontactmomenten/${u}`, { token: schrijverA, params: { uuid: u } })).response.status).toBe(204);
      expect(extern.schrijfacties[1]!.method).toBe("DELETE");
      // A failing delete of the mirror restores our relation.
      const weer = await zgw.roep(zcms.POST, "POST", "/zaakcontactmomenten", { token: schrijverA, body: { zaak: zaakA.url, contactmoment: cm } });
      extern.weiger(true);
      const w = weer.body.uuid as string;
      expect((await zgw.roep(zcm.DELETE, "DELETE", `/zaakcontactmomenten/${w}`, { token: schrijverA, params: { uuid: w } })).response.status).toBe(409);
      expect((await zgw.roep(zcm.GET, "GET", `/zaakcontactmomenten/${w}`, { token: beheer, params: { uuid: w } })).body).toEqual(weer.body);
    });

    it("zrc-024: verzoek wordt gespiegeld als objectverzoek; mislukt spiegelen -> 400 pending-relations", async () => {
      const vz = `${VRC}/verzoeken/${randomUUID()}`;
      extern.bronnen.set(vz, { url: vz });
      extern.weiger(true);
      const mislukt = await zgw.roep(zvs.POST, "POST", "/zaakverzoeken", { token: schrijverA, body: { zaak: zaakA.url, verzoek: vz } });
      expect(mislukt.body.invalidParams[0]).toMatchObject({ name: "verzoek", code: "pending-relations" });
      expect((await zgw.roep(zvs.GET, "GET", `/zaakverzoeken?verzoek=${encodeURIComponent(vz)}`, { token: beheer })).body).toEqual([]);
      extern.weiger(false);
      const { response, body } = await zgw.roep(zvs.POST, "POST", "/zaakverzoeken", { token: schrijverA, body: { zaak: zaakA.url, verzoek: vz } });
      expect(response.status).toBe(201);
      expect(extern.schrijfacties.at(-1)).toEqual({ method: "POST", url: `${VRC}/objectverzoeken`, body: { verzoek: vz, object: zaakA.url, objectType: "zaak" } });
      const u = body.uuid as string;
      expect((await zgw.roep(zv.GET, "GET", `/zaakverzoeken/${u}`, { token: lezerOpenbaar, params: { uuid: u } })).body).toEqual(body);
      expect((await zgw.roep(zv.DELETE, "DELETE", `/zaakverzoeken/${u}`, { token: lezerOpenbaar, params: { uuid: u } })).response.status).toBe(403);
    });
  });
});
