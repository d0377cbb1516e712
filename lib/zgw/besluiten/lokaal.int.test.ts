import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as besluitRoute from "@/app/besluiten/api/v1/besluiten/[uuid]/route";
import * as besluitenRoute from "@/app/besluiten/api/v1/besluiten/route";
import * as biosRoute from "@/app/besluiten/api/v1/besluitinformatieobjecten/route";
import * as besluittypePublish from "@/app/catalogi/api/v1/besluittypen/[uuid]/publish/route";
import * as besluittypen from "@/app/catalogi/api/v1/besluittypen/route";
import * as catalogussen from "@/app/catalogi/api/v1/catalogussen/route";
import * as iotPublish from "@/app/catalogi/api/v1/informatieobjecttypen/[uuid]/publish/route";
import * as informatieobjecttypen from "@/app/catalogi/api/v1/informatieobjecttypen/route";
import * as zaaktypePublish from "@/app/catalogi/api/v1/zaaktypen/[uuid]/publish/route";
import * as zaaktypen from "@/app/catalogi/api/v1/zaaktypen/route";
import * as eios from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/route";
import * as oios from "@/app/documenten/api/v1/objectinformatieobjecten/route";
import * as zaakbesluiten from "@/app/zaken/api/v1/zaken/[uuid]/besluiten/route";
import * as zaakRoute from "@/app/zaken/api/v1/zaken/[uuid]/route";
import * as zaken from "@/app/zaken/api/v1/zaken/route";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { zorgVoorEigenZgwClient } from "../autorisaties";
import { besluittypeBody, catalogusBody, informatieobjecttypeBody, testClient, zaaktypeBody } from "../catalogi/testing/fixtures";
import { eioBody, tijdelijkeOpslag } from "../documenten/testing/fixtures";
import { koppelTestOmgeving, zgwAanroeper } from "../testing/zgw-test";
import { nepExterneZgw } from "./testing/nep-extern";

const uuidVan = (url: string) => url.split("/").pop()!;
const GEO = { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" };

/**
 * The local path of brc-005..008: a zaak of this app's Zaken API and documents of its
 * Documenten API are read from the database (no HTTP; any outbound request fails the msw
 * fake), and the mirrors are derived by those APIs from the Besluiten tables.
 */
describe(`Besluiten API 1.1.0 met lokale zaak en documenten op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  const brc = zgwAanroeper("besluiten");
  const ztc = zgwAanroeper("catalogi");
  const zrc = zgwAanroeper("zaken");
  const drc = zgwAanroeper("documenten");
  const extern = nepExterneZgw();
  let beheer: string;
  let btA: string;
  let btB: string;
  let zaak: string;
  let docGoed: string;
  let docAnder: string;

  beforeAll(async () => {
    extern.start();
    vi.stubEnv("DOCUMENTEN_OPSLAG", await tijdelijkeOpslag());
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    const db = test.handle.db;
    await zorgVoorEigenZgwClient(db);
    beheer = await testClient(db, "beheer", "alle");
    const cat = (await ztc.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("LOK") })).body.url;
    const publiceer = async (route: typeof iotPublish, pad: string, url: string) =>
      expect((await ztc.roep(route.POST, "POST", `/${pad}/${uuidVan(url)}/publish`, { token: beheer, params: { uuid: uuidVan(url) } })).response.status).toBe(200);
    const maakIot = async (omschrijving: string) => {
      const url = (await ztc.roep(informatieobjecttypen.POST, "POST", "/informatieobjecttypen", { token: beheer, body: informatieobjecttypeBody(cat, omschrijving) })).body
        .url as string;
      await publiceer(iotPublish, "informatieobjecttypen", url);
      return url;
    };
    const iotDoc = await maakIot("Besluitdocument");
    const iotAnder = await maakIot("Ander document");
    const maakBt = async (omschrijving: string, iots: string[]) => {
      const url = (await ztc.roep(besluittypen.POST, "POST", "/besluittypen", { token: beheer, body: besluittypeBody(cat, omschrijving, { informatieobjecttypen: iots }) }))
        .body.url as string;
      await publiceer(besluittypePublish, "besluittypen", url);
      return url;
    };
    btA = await maakBt("Vergunningsbesluit", ["Besluitdocument"]);
    btB = await maakBt("Subsidiebesluit", []);
    const zt = await ztc.roep(zaaktypen.POST, "POST", "/zaaktypen", { token: beheer, body: zaaktypeBody(cat, { besluittypen: ["Vergunningsbesluit"] }) });
    expect(zt.response.status).toBe(201);
    await publiceer(zaaktypePublish, "zaaktypen", zt.body.url);

    // Set-up through the Zaken API (its own tests validate its answers against its OAS).
    const z = await zrc.roep(zaken.POST, "POST", "/zaken", {
      token: beheer,
      headers: GEO,
      oas: false,
      body: { bronorganisatie: "002220647", verantwoordelijkeOrganisatie: "002220647", zaaktype: zt.body.url, startdatum: "2025-05-01" },
    });
    expect(z.response.status).toBe(201);
    zaak = z.body.url;
    const maakDoc = async (iot: string) => {
      const r = await drc.roep(eios.POST, "POST", "/enkelvoudiginformatieobjecten", { token: beheer, body: eioBody(iot) });
      expect(r.response.status).toBe(201);
      return r.body.url as string;
    };
    docGoed = await maakDoc(iotDoc);
    docAnder = await maakDoc(iotAnder);
  });
  afterAll(async () => {
    extern.stop();
    vi.unstubAllEnvs();
    herstel?.();
    await test?.dispose();
  });

  const besluitBody = (extra: Record<string, unknown> = {}) => ({
    verantwoordelijkeOrganisatie: "002220647",
    besluittype: btA,
    datum: "2025-06-01",
    ingangsdatum: "2025-06-02",
    ...extra,
  });
  const maak = (body: unknown) => brc.roep(besluitenRoute.POST, "POST", "/besluiten", { token: beheer, body });
  const zaakBesluiten = () => zrc.roep(zaakbesluiten.GET, "GET", `/zaken/${uuidVan(zaak)}/besluiten`, { token: beheer, params: { uuid: uuidVan(zaak) } });
  const oiosVan = (object: string) => drc.roep(oios.GET, "GET", `/objectinformatieobjecten?object=${encodeURIComponent(object)}`, { token: beheer });

  it("brc-006/brc-007: besluit bij een lokale zaak -> 201; de Zaken API toont het onder de zaak, zonder HTTP", async () => {
    const r = await maak(besluitBody({ zaak }));
    expect(r.response.status).toBe(201);
    expect(r.body.zaak).toBe(zaak);
    const lijst = await zaakBesluiten();
    expect(lijst.response.status).toBe(200);
    expect(lijst.body.map((b: { besluit: string }) => b.besluit)).toContain(r.body.url);
    expect(extern.verzoeken).toEqual([]);
  });

  it("brc-007: besluittype niet bij het zaaktype van de lokale zaak -> 400 zaaktype-mismatch", async () => {
    const r = await maak(besluitBody({ zaak, besluittype: btB }));
    expect(r.response.status).toBe(400);
    expect(r.body.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`)).toEqual(["nonFieldErrors:zaaktype-mismatch"]);
  });

  it("brc-006: een lokale zaak die niet bestaat -> 400 bad-url", async () => {
    const r = await maak(besluitBody({ zaak: `${zaak.slice(0, zaak.lastIndexOf("/"))}/${crypto.randomUUID()}` }));
    expect(r.response.status).toBe(400);
    expect(r.body.invalidParams[0]).toMatchObject({ name: "zaak", code: "bad-url" });
  });

  it("brc-005/brc-008: lokaal document van het juiste type -> 201; de Documenten API toont de OIO; brc-009 ruimt alles op", async () => {
    const besluit = (await maak(besluitBody({ zaak }))).body;
    const bio = await brc.roep(biosRoute.POST, "POST", "/besluitinformatieobjecten", { token: beheer, body: { besluit: besluit.url, informatieobject: docGoed } });
    expect(bio.response.status).toBe(201);
    expect(bio.body.informatieobject).toBe(docGoed);
    const oio = await oiosVan(besluit.url);
    expect(oio.body).toEqual([expect.objectContaining({ object: besluit.url, informatieobject: docGoed, objectType: "besluit" })]);
    expect(extern.verzoeken).toEqual([]);

    expect((await brc.roep(besluitRoute.DELETE, "DELETE", `/besluiten/${uuidVan(besluit.url)}`, { token: beheer, params: { uuid: uuidVan(besluit.url) } })).response.status).toBe(204);
    expect((await oiosVan(besluit.url)).body).toEqual([]);
    expect((await zaakBesluiten()).body.map((b: { besluit: string }) => b.besluit)).not.toContain(besluit.url);
  });

  it("brc-008: lokaal document van een ander informatieobjecttype -> 400", async () => {
    const besluit = (await maak(besluitBody())).body;
    const r = await brc.roep(biosRoute.POST, "POST", "/besluitinformatieobjecten", { token: beheer, body: { besluit: besluit.url, informatieobject: docAnder } });
    expect(r.response.status).toBe(400);
    expect(r.body.invalidParams[0]).toMatchObject({ name: "nonFieldErrors", code: "missing-besluittype-informatieobjecttype-relation" });
    expect((await oiosVan(besluit.url)).body).toEqual([]);
  });

  it("zrc-023 met brc-006: een zaak met een lokaal besluit wordt niet verwijderd (409, niets weg); zonder besluiten wel", async () => {
    const besluit = (await maak(besluitBody({ zaak }))).body;
    const weg = () => zrc.roep(zaakRoute.DELETE, "DELETE", `/zaken/${uuidVan(zaak)}`, { token: beheer, headers: GEO, params: { uuid: uuidVan(zaak) } });
    const geweigerd = await weg();
    expect(geweigerd.response.status).toBe(409);
    expect(geweigerd.body.code).toBe("zaak-heeft-besluiten");
    expect((await zaakBesluiten()).response.status).toBe(200);
    expect((await brc.roep(besluitRoute.GET, "GET", `/besluiten/${uuidVan(besluit.url)}`, { token: beheer, params: { uuid: uuidVan(besluit.url) } })).body.zaak).toBe(zaak);

    // All besluiten of this zaak gone: now the zaak can go.
    const alle = (await zaakBesluiten()).body as Array<{ besluit: string }>;
    for (const b of alle) {
      expect((await brc.roep(besluitRoute.DELETE, "DELETE", `/besluiten/${uuidVan(b.besluit)}`, { token: beheer, params: { uuid: uuidVan(b.besluit) } })).response.status).toBe(204);
    }
    expect((await weg()).response.status).toBe(204);
  });
});
