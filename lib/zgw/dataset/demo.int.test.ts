import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as besluitRoute from "@/app/besluiten/api/v1/besluiten/route";
import * as documentDetail from "@/app/documenten/api/v1/enkelvoudiginformatieobjecten/[uuid]/route";
import * as rollenRoute from "@/app/zaken/api/v1/rollen/route";
import * as statussenRoute from "@/app/zaken/api/v1/statussen/route";
import * as zaakDetail from "@/app/zaken/api/v1/zaken/[uuid]/route";
import * as zakenRoute from "@/app/zaken/api/v1/zaken/route";
import { runSeeds, selectRows } from "@/lib/db";
import { demoSeedStappen } from "@/lib/db/seed/demo";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { DEMO_DOMEINEN } from "@/lib/demo/domeinen";
import { testClient } from "../catalogi/testing/fixtures";
import { catalogiDemoSeedStap } from "../catalogi/seed";
import { koppelTestOmgeving, zgwAanroeper } from "../testing/zgw-test";
import { DEMO_STATEN, DEMO_ZAKEN_PER_ZAAKTYPE, demoStaat, type DemoStaat } from "./demo";
import { zakenDemoSeedStap } from "./seed";

const CRS = { "Accept-Crs": "EPSG:4326" };
const AANTAL = DEMO_ZAKEN_PER_ZAAKTYPE * DEMO_DOMEINEN.flatMap((d) => d.zaaktypen).length;

interface ZaakJson {
  einddatum: string | null;
  opschorting?: { indicatie: boolean } | null;
  verlenging?: unknown;
}

/** The state of a zaak as the policy input derives it from its ZGW data. */
function staatVan(zaak: ZaakJson, statussen: { datumStatusGezet: string; statustype: string }[], eindstatustypen: Set<string>, eerstestatustypen: Set<string>): DemoStaat {
  const opVolgorde = [...statussen].sort((a, b) => String(a.datumStatusGezet).localeCompare(String(b.datumStatusGezet)));
  const laatste = opVolgorde.at(-1);
  if (zaak.einddatum) return "afgehandeld";
  if (opVolgorde.some((s) => eindstatustypen.has(s.statustype))) return "heropend";
  if (zaak.opschorting?.indicatie) return "opgeschort";
  if (zaak.verlenging) return "verlengd";
  if (laatste && eerstestatustypen.has(laatste.statustype)) return "intake";
  return "in_behandeling";
}

describe(`Demozaken (seed) op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  let token: string;
  const zaken = zgwAanroeper("zaken");
  const documenten = zgwAanroeper("documenten");
  const besluiten = zgwAanroeper("besluiten");

  beforeAll(async () => {
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    token = await testClient(test.handle.db, "demo-lezer", "alle");
  }, 600_000);
  afterAll(async () => {
    herstel?.();
    await test?.dispose();
  });

  it("staat in de demo-seed na de democatalogus en draait één keer", async () => {
    const namen = demoSeedStappen.map((s) => s.naam);
    expect(namen.indexOf("zgw-demo-zaken")).toBeGreaterThan(namen.indexOf("zgw-demo-catalogus"));
    const eerste = await runSeeds(test.handle.db, [catalogiDemoSeedStap, zakenDemoSeedStap]);
    expect(eerste.toegepast).toEqual(["zgw-demo-catalogus", "zgw-demo-zaken"]);
    const tweede = await runSeeds(test.handle.db, [catalogiDemoSeedStap, zakenDemoSeedStap]);
    expect(tweede.overgeslagen).toEqual(["zgw-demo-catalogus", "zgw-demo-zaken"]);
    const [n] = await selectRows<{ n: number }>(test.handle.db, sql`select count(*)::int as n from zrc_zaak`);
    expect(n?.n).toBe(AANTAL);
  }, 1_200_000);

  it("levert elke zaak via GET volgens de OAS, in de verwachte toestand, met rollen en audit trail", async () => {
    expect(AANTAL).toBeGreaterThanOrEqual(200);
    const eindstatustypen = new Set<string>();
    const eerstestatustypen = new Set<string>();
    const typen = await selectRows<{ uuid: string; volgnummer: number; max: number }>(
      test.handle.db,
      sql`select uuid, (gegevens->>'volgnummer')::int as volgnummer,
            max((gegevens->>'volgnummer')::int) over (partition by zaaktype_uuid) as max
          from ztc_onderdeel where soort = 'statustype'`,
    );
    for (const t of typen) {
      const url = `https://zac.test.example/catalogi/api/v1/statustypen/${t.uuid}`;
      if (t.volgnummer === t.max) eindstatustypen.add(url);
      if (t.volgnummer === 1) eerstestatustypen.add(url);
    }

    const telling = Object.fromEntries(DEMO_STATEN.map((s) => [s, 0])) as Record<DemoStaat, number>;
    const perZaaktype = new Map<string, number>();
    let metGeometrie = 0;
    for (let pagina = 1; ; pagina++) {
      const lijst = await zaken.roep(zakenRoute.GET, "GET", `/zaken?page=${pagina}`, { token, headers: CRS });
      expect(lijst.response.status).toBe(200);
      for (const samenvatting of lijst.body.results) {
        const uuid = String(samenvatting.url).split("/").pop()!;
        const { response, body: zaak } = await zaken.roep(zaakDetail.GET, "GET", `/zaken/${uuid}`, { token, headers: CRS, params: { uuid } });
        expect(response.status).toBe(200);
        const index = perZaaktype.get(zaak.zaaktype) ?? 0;
        perZaaktype.set(zaak.zaaktype, index + 1);
        const st = await zaken.roep(statussenRoute.GET, "GET", `/statussen?zaak=${encodeURIComponent(zaak.url)}`, { token });
        const staat = staatVan(zaak, st.body.results, eindstatustypen, eerstestatustypen);
        expect(staat, `${zaak.identificatie}`).toBe(demoStaat(index));
        telling[staat]++;
        if (staat === "afgehandeld") {
          expect(zaak.resultaat).not.toBeNull();
          expect(zaak.archiefnominatie).not.toBeNull();
        }
        if (zaak.zaakgeometrie) metGeometrie++;
        const rollen = await zaken.roep(rollenRoute.GET, "GET", `/rollen?zaak=${encodeURIComponent(zaak.url)}`, { token });
        const soorten = rollen.body.results.map((r: { omschrijvingGeneriek: string }) => r.omschrijvingGeneriek);
        expect(soorten).toContain("initiator");
        if (staat !== "intake") expect(soorten).toContain("behandelaar");
        for (const r of rollen.body.results) {
          if (r.betrokkeneType === "medewerker") expect(["behandelaar1", "behandelaar2", "domeinbehandelaar1"]).toContain(r.betrokkeneIdentificatie.identificatie);
          if (r.betrokkeneType === "natuurlijk_persoon") expect(r.betrokkeneIdentificatie.inpBsn).toMatch(/^\d{9}$/);
        }
      }
      if (!lijst.body.next) break;
    }
    expect(telling).toEqual({
      intake: expect.any(Number),
      in_behandeling: expect.any(Number),
      opgeschort: expect.any(Number),
      verlengd: expect.any(Number),
      afgehandeld: expect.any(Number),
      heropend: expect.any(Number),
    });
    for (const s of DEMO_STATEN) expect(telling[s], s).toBeGreaterThanOrEqual(18);
    expect(Object.values(telling).reduce((a, b) => a + b, 0)).toBe(AANTAL);
    expect(metGeometrie).toBeGreaterThan(0);

    const audit = await selectRows<{ n: number }>(
      test.handle.db,
      sql`select count(*)::int as n from zrc_zaak z where not exists (select 1 from zgw_audittrail a where a.hoofd_object_uuid = z.uuid)`,
    );
    expect(audit[0]?.n).toBe(0);
  }, 600_000);

  it("heeft documenten die vergrendeld, definitief of ondertekend zijn, en besluiten met een document", async () => {
    const docs = await selectRows<{ uuid: string; lock: string; status: string }>(test.handle.db, sql`select uuid, lock, status from drc_informatieobject`);
    expect(docs.filter((d) => d.lock !== "").length).toBeGreaterThan(0);
    expect(docs.filter((d) => d.status === "definitief").length).toBeGreaterThan(0);
    let ondertekend = 0;
    for (const d of docs.slice(0, 400)) {
      const { response, body } = await documenten.roep(documentDetail.GET, "GET", `/enkelvoudiginformatieobjecten/${d.uuid}`, { token, params: { uuid: d.uuid } });
      expect(response.status).toBe(200);
      expect(body.locked).toBe(d.lock !== "");
      if (body.ondertekening?.soort) ondertekend++;
    }
    expect(ondertekend).toBeGreaterThan(0);
    const lijst = await besluiten.roep(besluitRoute.GET, "GET", "/besluiten", { token });
    expect(lijst.body.count).toBeGreaterThan(0);
    const bio = await selectRows<{ n: number }>(test.handle.db, sql`select count(*)::int as n from brc_besluitinformatieobject`);
    expect(bio[0]?.n).toBe(lijst.body.count);
  }, 600_000);
});
