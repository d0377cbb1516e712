import { asc } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as applicatie from "@/app/autorisaties/api/v1/applicaties/[uuid]/route";
import * as applicaties from "@/app/autorisaties/api/v1/applicaties/route";
import * as besluittypen from "@/app/catalogi/api/v1/besluittypen/route";
import * as catalogussen from "@/app/catalogi/api/v1/catalogussen/route";
import * as informatieobjecttypen from "@/app/catalogi/api/v1/informatieobjecttypen/route";
import * as zaaktype from "@/app/catalogi/api/v1/zaaktypen/[uuid]/route";
import * as zaaktypePublish from "@/app/catalogi/api/v1/zaaktypen/[uuid]/publish/route";
import * as zaaktypen from "@/app/catalogi/api/v1/zaaktypen/route";
import type { Database } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { besluittypeBody, catalogusBody, informatieobjecttypeBody, testClient, zaaktypeBody } from "../catalogi/testing/fixtures";
import { zgwAudittrail, zgwNotificatieUitgaand as uitgaand } from "../gebeurtenissen";
import { koppelTestOmgeving, TEST_PUBLIC_URL, zgwAanroeper } from "../testing/zgw-test";
import { NRC, NRC_CLIENT, nepNrc, testLogger } from "./testing/nep-nrc";
import { NotificatieWerker } from "./werker";

const uuidVan = (url: string) => url.split("/").pop()!;

async function berichten(db: Database) {
  return (await db.select().from(uitgaand).orderBy(asc(uitgaand.id))).map((r) => r.bericht);
}

describe(`notificaties van de Catalogi en Autorisaties API op ${process.env.ZAC_TEST_DB}`, () => {
  const ztc = zgwAanroeper("catalogi");
  const ac = zgwAanroeper("autorisaties");
  let test: TestDatabase;
  let db: Database;
  let herstel: () => void;
  let beheer: string;
  let catalogus: string;

  beforeAll(async () => {
    test = await createTestDatabase();
    db = test.handle.db;
    herstel = koppelTestOmgeving(test.handle);
    beheer = await testClient(db, "beheer", "alle");
    catalogus = (await ztc.roep(catalogussen.POST, "POST", "/catalogussen", { token: beheer, body: catalogusBody("N") })).body.url;
  });
  beforeEach(async () => {
    process.env.NOTIFICATIES_API_URL = NRC;
    await db.delete(uitgaand);
  });
  afterEach(() => {
    delete process.env.NOTIFICATIES_API_URL;
  });
  afterAll(async () => {
    herstel();
    await test.dispose();
  });

  it("zaaktypen: create, partial_update, update (publish) en destroy op kanaal zaaktypen met kenmerk catalogus", async () => {
    const aangemaakt = await ztc.roep(zaaktypen.POST, "POST", "/zaaktypen", { token: beheer, body: zaaktypeBody(catalogus, { identificatie: "ZT-N1" }) });
    expect(aangemaakt.response.status).toBe(201);
    const url: string = aangemaakt.body.url;
    const params = { uuid: uuidVan(url) };
    expect((await ztc.roep(zaaktype.PATCH, "PATCH", `/zaaktypen/${params.uuid}`, { token: beheer, params, body: { doel: "Anders" } })).response.status).toBe(200);
    expect((await ztc.roep(zaaktypePublish.POST, "POST", `/zaaktypen/${params.uuid}/publish`, { token: beheer, params })).response.status).toBe(200);

    // A refused write (a published zaaktype without the geforceerd scope would be; here: invalid body) notifies nothing.
    const fout = await ztc.roep(zaaktype.PATCH, "PATCH", `/zaaktypen/${params.uuid}`, { token: beheer, params, body: { doorlooptijd: "geen duur" } });
    expect(fout.response.status).toBe(400);

    expect((await ztc.roep(zaaktype.DELETE, "DELETE", `/zaaktypen/${params.uuid}`, { token: beheer, params })).response.status).toBe(204);

    const verstuurd = await berichten(db);
    expect(verstuurd.map((b) => b.actie)).toEqual(["create", "partial_update", "update", "destroy"]);
    for (const b of verstuurd) {
      expect(b).toMatchObject({ kanaal: "zaaktypen", hoofdObject: url, resource: "zaaktype", resourceUrl: url, kenmerken: { catalogus } });
      expect(typeof b.aanmaakdatum).toBe("string");
    }
    // The Catalogi API keeps no audit trail.
    expect(await db.select().from(zgwAudittrail)).toEqual([]);
  });

  it("informatieobjecttypen en besluittypen op hun eigen kanaal", async () => {
    const iot = await ztc.roep(informatieobjecttypen.POST, "POST", "/informatieobjecttypen", {
      token: beheer,
      body: informatieobjecttypeBody(catalogus, "Brief N"),
    });
    const bt = await ztc.roep(besluittypen.POST, "POST", "/besluittypen", { token: beheer, body: besluittypeBody(catalogus, "Besluit N") });
    expect(await berichten(db)).toEqual([
      expect.objectContaining({ kanaal: "informatieobjecttypen", resource: "informatieobjecttype", hoofdObject: iot.body.url, actie: "create", kenmerken: { catalogus } }),
      expect.objectContaining({ kanaal: "besluittypen", resource: "besluittype", hoofdObject: bt.body.url, actie: "create", kenmerken: { catalogus } }),
    ]);
  });

  it("autorisaties: applicatie create, update, partial_update en destroy op kanaal autorisaties, zonder kenmerken", async () => {
    const body = { clientIds: ["nieuw-n"], label: "Nieuw", heeftAlleAutorisaties: true };
    const aangemaakt = await ac.roep(applicaties.POST, "POST", "/applicaties", { token: beheer, body });
    expect(aangemaakt.response.status).toBe(201);
    const url: string = aangemaakt.body.url;
    const params = { uuid: uuidVan(url) };
    await ac.roep(applicatie.PUT, "PUT", `/applicaties/${params.uuid}`, { token: beheer, params, body: { ...body, label: "Anders" } });
    await ac.roep(applicatie.PATCH, "PATCH", `/applicaties/${params.uuid}`, { token: beheer, params, body: { label: "Weer anders" } });
    // ac-001 refused: no notification.
    const dubbel = await ac.roep(applicaties.POST, "POST", "/applicaties", { token: beheer, body });
    expect(dubbel.response.status).toBe(400);
    expect((await ac.roep(applicatie.DELETE, "DELETE", `/applicaties/${params.uuid}`, { token: beheer, params })).response.status).toBe(204);
    expect((await ac.roep(applicatie.DELETE, "DELETE", `/applicaties/${params.uuid}`, { token: beheer, params })).response.status).toBe(404);

    const verstuurd = await berichten(db);
    expect(verstuurd.map((b) => b.actie)).toEqual(["create", "update", "partial_update", "destroy"]);
    for (const b of verstuurd) {
      expect(b).toMatchObject({ kanaal: "autorisaties", hoofdObject: url, resource: "applicatie", resourceUrl: url, kenmerken: {} });
    }
  });

  it("zonder Notificaties API wordt er niets in de outbox gezet", async () => {
    delete process.env.NOTIFICATIES_API_URL;
    await ztc.roep(besluittypen.POST, "POST", "/besluittypen", { token: beheer, body: besluittypeBody(catalogus, "Besluit zonder NRC") });
    await ac.roep(applicaties.POST, "POST", "/applicaties", { token: beheer, body: { clientIds: ["zonder-nrc"], label: "Zonder", heeftAlleAutorisaties: true } });
    expect(await berichten(db)).toEqual([]);
  });

  it("de werker levert ze bij de NRC af zoals ze in de outbox staan", async () => {
    const nrc = nepNrc();
    nrc.start();
    try {
      await ztc.roep(besluittypen.POST, "POST", "/besluittypen", { token: beheer, body: besluittypeBody(catalogus, "Besluit afleveren") });
      const werker = new NotificatieWerker({
        db,
        instellingen: { apiUrl: NRC, ...NRC_CLIENT, maxPogingen: 3, backoffBasisMs: 1_000, pollMs: 50 },
        publicUrl: TEST_PUBLIC_URL,
        log: testLogger().log,
      });
      expect(await werker.ronde()).toBe(1);
      expect(nrc.berichten).toEqual(await berichten(db));
      expect(nrc.berichten[0]).toMatchObject({ kanaal: "besluittypen", actie: "create" });
    } finally {
      nrc.stop();
    }
  });
});
