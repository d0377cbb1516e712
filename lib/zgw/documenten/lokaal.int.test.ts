import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as eio from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/route";
import * as eios from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/route";
import * as oio from "@/app/documenten/api/v1/objectinformatieobjecten/[uuid]/route";
import * as oios from "@/app/documenten/api/v1/objectinformatieobjecten/route";
import * as zio from "@/app/zaken/api/v1/zaakinformatieobjecten/[uuid]/route";
import * as zios from "@/app/zaken/api/v1/zaakinformatieobjecten/route";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { zorgVoorEigenZgwClient } from "../autorisaties";
import { testClient } from "../catalogi/testing/fixtures";
import { koppelTestOmgeving, zgwAanroeper } from "../testing/zgw-test";
import { maakCatalogi, maakZaak, uuidVan, ZRC } from "../zaken/relaties/testing/omgeving";
import { eioBody, tijdelijkeOpslag } from "./testing/fixtures";

/**
 * ObjectInformatieObjecten of LOCAL zaken: derived from the Zaken API's zaakinformatieobjecten
 * (same transaction, no mirror table), with drc-004 and drc-008 on top of them.
 */
describe(`Documenten API: relaties met lokale zaken op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  let opslag: string;
  const drc = zgwAanroeper("documenten");
  const zrc = zgwAanroeper("zaken");
  let beheer: string;
  let catalogi: Awaited<ReturnType<typeof maakCatalogi>>;

  beforeAll(async () => {
    opslag = await tijdelijkeOpslag();
    vi.stubEnv("DOCUMENTEN_OPSLAG", opslag);
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    await zorgVoorEigenZgwClient(test.handle.db);
    beheer = await testClient(test.handle.db, "beheer", "alle");
    catalogi = await maakCatalogi(beheer);
  });
  afterAll(async () => {
    herstel?.();
    await test?.dispose();
    vi.unstubAllEnvs();
    await rm(opslag, { recursive: true, force: true });
  });

  const maakDoc = async () => (await drc.roep(eios.POST, "POST", "/enkelvoudiginformatieobjecten", { token: beheer, body: eioBody(catalogi.iotAanvraag) })).body.url as string;
  const maakOio = (body: Record<string, unknown>) => drc.roep(oios.POST, "POST", "/objectinformatieobjecten", { token: beheer, body });

  it("drc-004: een relatie met een lokale zaak bestaat zodra de ZIO bestaat; POST geeft haar terug (201), DELETE hier wordt geweigerd", async () => {
    const zaak = await maakZaak(test.handle.db, catalogi.a);
    const doc = await maakDoc();
    const zonderZio = await maakOio({ informatieobject: doc, object: zaak.url, objectType: "zaak" });
    expect(zonderZio.response.status).toBe(400);
    expect(zonderZio.body.invalidParams).toContainEqual(expect.objectContaining({ code: "inconsistent-relation" }));

    const z = await zrc.roep(zios.POST, "POST", "/zaakinformatieobjecten", { token: beheer, body: { zaak: zaak.url, informatieobject: doc }, oas: false });
    expect(z.response.status).toBe(201);
    const lijst = await drc.roep(oios.GET, "GET", `/objectinformatieobjecten?object=${encodeURIComponent(zaak.url)}`, { token: beheer });
    expect(lijst.body).toEqual([{ url: expect.any(String), informatieobject: doc, object: zaak.url, objectType: "zaak" }]);
    const perDoc = await drc.roep(oios.GET, "GET", `/objectinformatieobjecten?informatieobject=${encodeURIComponent(doc)}`, { token: beheer });
    expect(perDoc.body).toEqual(lijst.body);

    // As Open Zaak: the ZIO already made the relation, so the POST answers it.
    const post = await maakOio({ informatieobject: doc, object: zaak.url, objectType: "zaak" });
    expect(post.response.status).toBe(201);
    expect(post.body).toEqual(lijst.body[0]);
    const r = uuidVan(post.body.url);
    expect((await drc.roep(oio.GET, "GET", `/objectinformatieobjecten/${r}`, { token: beheer, params: { uuid: r } })).body).toEqual(post.body);
    const weg = await drc.roep(oio.DELETE, "DELETE", `/objectinformatieobjecten/${r}`, { token: beheer, params: { uuid: r } });
    expect(weg.response.status).toBe(400);
    expect(weg.body.invalidParams).toContainEqual(expect.objectContaining({ code: "inconsistent-relation" }));

    // drc-008: the document cannot go while the zaak refers to it; after deleting the ZIO it can.
    const d = uuidVan(doc);
    const teVroeg = await drc.roep(eio.DELETE, "DELETE", `/enkelvoudiginformatieobjecten/${d}`, { token: beheer, params: { uuid: d } });
    expect(teVroeg.body.invalidParams).toContainEqual(expect.objectContaining({ code: "pending-relations" }));
    const z1 = uuidVan(z.body.url);
    expect((await zrc.roep(zio.DELETE, "DELETE", `/zaakinformatieobjecten/${z1}`, { token: beheer, params: { uuid: z1 }, oas: false })).response.status).toBe(204);
    expect((await drc.roep(oios.GET, "GET", `/objectinformatieobjecten?object=${encodeURIComponent(zaak.url)}`, { token: beheer })).body).toEqual([]);
    expect((await drc.roep(eio.DELETE, "DELETE", `/enkelvoudiginformatieobjecten/${d}`, { token: beheer, params: { uuid: d } })).response.status).toBe(204);
  });

  it("drc-002: een lokale zaak-URL die niet bestaat -> 400", async () => {
    const doc = await maakDoc();
    const fout = await maakOio({ informatieobject: doc, object: `${ZRC}/zaken/9d0b3a5e-8a53-4bb9-9b25-0c8e7a1f2b3c`, objectType: "zaak" });
    expect(fout.response.status).toBe(400);
    expect(fout.body.invalidParams).toContainEqual(expect.objectContaining({ name: "object" }));
  });
});
