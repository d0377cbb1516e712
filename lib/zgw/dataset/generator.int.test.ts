import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as besluitDetail from "@/app/besluiten/api/v1/besluiten/[uuid]/route";
import * as documentDetail from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/route";
import * as rollenRoute from "@/app/zaken/api/v1/rollen/route";
import * as statusDetail from "@/app/zaken/api/v1/statussen/[uuid]/route";
import * as zaakDetail from "@/app/zaken/api/v1/zaken/[uuid]/route";
import * as zakenRoute from "@/app/zaken/api/v1/zaken/route";
import * as zoekRoute from "@/app/zaken/api/v1/zaken/%5Fzoek/route";
import { selectRows } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { testClient } from "../catalogi/testing/fixtures";
import { koppelTestOmgeving, TEST_PUBLIC_URL, zgwAanroeper } from "../testing/zgw-test";
import { bouwDataset } from "./bouw";
import { datasetMarker } from "./generator";

const N = 1000;
const CRS = { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" };

describe(`Prestatiedataset (generator) op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  let token: string;
  const zaken = zgwAanroeper("zaken");
  const documenten = zgwAanroeper("documenten");
  const besluiten = zgwAanroeper("besluiten");
  const tel = async (tabel: string) => (await selectRows<{ n: number }>(test.handle.db, sql.raw(`select count(*)::int as n from ${tabel}`)))[0]!.n;

  beforeAll(async () => {
    process.env.DOCUMENTEN_OPSLAG ??= `test-results/dataset-blobs-${process.pid}`;
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    token = await testClient(test.handle.db, "bench-lezer", "alle");
  }, 120_000);
  afterAll(async () => {
    herstel?.();
    await test?.dispose();
  });

  it("bouwt N zaken, documenten en besluiten met statussen, rollen en resultaten, en slaat een tweede bouw over", async () => {
    const r = await bouwDataset(test.handle.db, { zaken: N, batch: 400, publicUrl: TEST_PUBLIC_URL });
    expect(r.overgeslagen).toBe(false);
    expect(await tel("zrc_zaak")).toBe(N);
    expect(await tel("drc_informatieobject")).toBe(N);
    expect(await tel("drc_informatieobject_versie")).toBe(N);
    expect(await tel("zrc_zaakinformatieobject")).toBe(N);
    expect(await tel("brc_besluit")).toBe(N);
    expect(await tel("zrc_rol")).toBe(2 * N);
    // 20% one status, 40% two, 10% three, 30% four (afgehandeld, with resultaat).
    expect(await tel("zrc_status")).toBe(2.5 * N);
    expect(await tel("zrc_resultaat")).toBe(0.3 * N);
    expect(await tel("ztc_type where soort = 'zaaktype'")).toBe(100);
    expect(await datasetMarker(test.handle.db)).toMatchObject({ zaken: N, documenten: N, besluiten: N });

    const opnieuw = await bouwDataset(test.handle.db, { zaken: N, publicUrl: TEST_PUBLIC_URL });
    expect(opnieuw.overgeslagen).toBe(true);
    expect(await tel("zrc_zaak")).toBe(N);
  }, 300_000);

  it("levert de zaken en hun relaties via de API's volgens de OAS", async () => {
    const lijst = await zaken.roep(zakenRoute.GET, "GET", "/zaken", { token, headers: CRS });
    expect(lijst.body.count).toBe(N);
    const steekproef = await selectRows<{ uuid: string; status_uuid: string }>(test.handle.db, sql`select uuid, status_uuid from zrc_zaak order by volgorde limit 40`);
    for (const z of steekproef) {
      const { response, body } = await zaken.roep(zaakDetail.GET, "GET", `/zaken/${z.uuid}`, { token, headers: CRS, params: { uuid: z.uuid } });
      expect(response.status).toBe(200);
      expect(body.status).toBe(`${TEST_PUBLIC_URL}/zaken/api/v1/statussen/${z.status_uuid}`);
      expect(body.rollen).toHaveLength(2);
      expect(body.zaakinformatieobjecten).toHaveLength(1);
      if (body.einddatum) expect(body.resultaat).not.toBeNull();
      const status = await zaken.roep(statusDetail.GET, "GET", `/statussen/${z.status_uuid}`, { token, params: { uuid: z.status_uuid } });
      expect(status.body.indicatieLaatstGezetteStatus).toBe(true);
    }
    const docs = await selectRows<{ uuid: string }>(test.handle.db, sql`select uuid from drc_informatieobject limit 10`);
    for (const d of docs) {
      const { body } = await documenten.roep(documentDetail.GET, "GET", `/enkelvoudiginformatieobjecten/${d.uuid}`, { token, params: { uuid: d.uuid } });
      expect(body.inhoud).toContain(`/enkelvoudiginformatieobjecten/${d.uuid}/download`);
      expect(body.bestandsomvang).toBeGreaterThan(0);
    }
    const bes = await selectRows<{ uuid: string }>(test.handle.db, sql`select uuid from brc_besluit limit 10`);
    for (const b of bes) {
      const { body } = await besluiten.roep(besluitDetail.GET, "GET", `/besluiten/${b.uuid}`, { token, params: { uuid: b.uuid } });
      expect(body.zaak).toMatch(/\/zaken\/api\/v1\/zaken\//);
    }
    const [rol] = await selectRows<{ betrokkene: string }>(test.handle.db, sql`select betrokkene from zrc_rol where betrokkene <> '' limit 1`);
    const rollen = await zaken.roep(rollenRoute.GET, "GET", `/rollen?betrokkene=${encodeURIComponent(rol!.betrokkene)}`, { token });
    expect(rollen.body.count).toBeGreaterThan(0);
  }, 300_000);

  it("heeft zaken met geometrie die _zoek binnen een gebied vindt", async () => {
    const [g] = await selectRows<{ x: number; y: number }>(test.handle.db, sql`select geo_min_x as x, geo_min_y as y from zrc_zaak where geo_min_x is not null limit 1`);
    expect(g).toBeDefined();
    const { x, y } = { x: Number(g!.x), y: Number(g!.y) };
    const gebied = [[[x - 0.01, y - 0.01], [x + 0.01, y - 0.01], [x + 0.01, y + 0.01], [x - 0.01, y + 0.01], [x - 0.01, y - 0.01]]];
    const { response, body } = await zaken.roep(zoekRoute.POST, "POST", "/zaken/_zoek", {
      token,
      headers: CRS,
      body: { zaakgeometrie: { within: { type: "Polygon", coordinates: gebied } } },
    });
    expect(response.status).toBe(200);
    expect(body.count).toBeGreaterThan(0);
  }, 120_000);
});
