/**
 * The search index on a real database (PGlite and PostgreSQL): the triggers keep it in sync
 * in the same transaction, Dutch stemming, the query syntax, facets, and read rights in the query.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectRows, type Database } from "@/lib/db";
import { drcInformatieobject, drcInformatieobjectVersie, taak, zrcRol, zrcStatus, zrcZaak, zrcZaakinformatieobject } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import type { ZoekFacet, ZoekSoort } from "./contract";
import { zoekInIndex, type IndexAntwoord } from "./zoekindex";
import { zoekvraagNaarTsquery } from "./zoektaal";

const ZT_A = "http://localhost:3000/catalogi/api/v1/zaaktypen/aaaaaaaa-0000-4000-8000-000000000001";
const ZT_B = "http://localhost:3000/catalogi/api/v1/zaaktypen/bbbbbbbb-0000-4000-8000-000000000001";
const ST_INTAKE = "http://localhost:3000/catalogi/api/v1/statustypen/11111111-0000-4000-8000-000000000001";
const ST_BEHANDELING = "http://localhost:3000/catalogi/api/v1/statustypen/11111111-0000-4000-8000-000000000002";
const FACETTEN: ZoekFacet[] = ["zaaktype", "status", "groep", "behandelaar", "jaar"];

let tdb: TestDatabase;
let db: Database;
let teller = 0;

beforeAll(async () => {
  tdb = await createTestDatabase();
  db = tdb.handle.db;
});
afterAll(async () => {
  await tdb?.dispose();
});

type Db = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

async function maakZaak(d: Db, o: { zaaktype: string; omschrijving: string; toelichting?: string; startdatum?: string }): Promise<{ uuid: string; identificatie: string }> {
  const uuid = randomUUID();
  const identificatie = `ZAAK-2026-${String(++teller).padStart(7, "0")}`;
  await d.insert(zrcZaak).values({
    uuid,
    zaaktypeUrl: o.zaaktype,
    identificatie,
    bronorganisatie: "002220647",
    vertrouwelijkheidaanduiding: "openbaar",
    vertrouwelijkheid: 1,
    registratiedatum: o.startdatum ?? "2026-03-01",
    startdatum: o.startdatum ?? "2026-03-01",
    gegevens: { omschrijving: o.omschrijving, toelichting: o.toelichting ?? "" },
  });
  return { uuid, identificatie };
}

async function rol(d: Db, zaakUuid: string, type: string, id: Record<string, unknown>, generiek = "initiator"): Promise<string> {
  const uuid = randomUUID();
  await d.insert(zrcRol).values({
    uuid,
    zaakUuid,
    betrokkeneType: type,
    roltypeUrl: "http://localhost:3000/catalogi/api/v1/roltypen/x",
    omschrijving: generiek,
    omschrijvingGeneriek: generiek,
    registratiedatum: new Date(),
    betrokkeneIdentificatie: id,
    gegevens: {},
  });
  return uuid;
}

async function zetStatus(zaakUuid: string, statustype: string): Promise<void> {
  const uuid = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(zrcStatus).values({ uuid, zaakUuid, statustypeUrl: statustype, datumStatusGezet: new Date(), gegevens: {} });
    await tx.update(zrcZaak).set({ statusUuid: uuid }).where(eq(zrcZaak.uuid, zaakUuid));
  });
}

async function maakTaak(zaak: { uuid: string; identificatie: string }, o: { toelichting: string; status?: string; groep?: string }): Promise<string> {
  const id = randomUUID();
  await db.insert(taak).values({
    id,
    taaktype: "advies_intern",
    zaakUuid: zaak.uuid,
    zaakUrl: `http://localhost:3000/zaken/api/v1/zaken/${zaak.uuid}`,
    zaakIdentificatie: zaak.identificatie,
    zaaktype: "x",
    status: o.status ?? "niet_toegekend",
    groep: o.groep ?? null,
    toelichting: o.toelichting,
    gegevens: {},
    aangemaaktDoor: "test",
  });
  return id;
}

async function maakDocument(zaakUuid: string | null, gegevens: Record<string, unknown>): Promise<string> {
  const uuid = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(drcInformatieobject).values({
      uuid,
      identificatie: `DOC-${++teller}`,
      bronorganisatie: "002220647",
      informatieobjecttype: "http://localhost:3000/catalogi/api/v1/informatieobjecttypen/x",
      vertrouwelijkheidaanduiding: "openbaar",
      status: "in_bewerking",
      versie: 1,
    });
    await tx.insert(drcInformatieobjectVersie).values({ informatieobjectUuid: uuid, versie: 1, beginRegistratie: new Date(), gegevens });
    if (zaakUuid) {
      await tx.insert(zrcZaakinformatieobject).values({
        uuid: randomUUID(),
        zaakUuid,
        informatieobjectUrl: `http://localhost:3000/documenten/api/v1/enkelvoudiginformatieobjecten/${uuid}`,
        informatieobjectUuid: uuid,
        registratiedatum: new Date(),
      });
    }
  });
  return uuid;
}

async function zoek(
  q: string,
  o: { soort?: ZoekSoort; leesbaar?: string[]; filters?: Partial<Record<ZoekFacet, (string | number)[]>>; datumVan?: string; datumTot?: string } = {},
): Promise<IndexAntwoord> {
  return zoekInIndex(
    db,
    {
      tsquery: zoekvraagNaarTsquery(q),
      soort: o.soort ?? "zaak",
      leesbareZaaktypen: o.leesbaar ?? [ZT_A, ZT_B],
      filters: o.filters ?? {},
      datumVan: o.datumVan,
      datumTot: o.datumTot,
      offset: 0,
      limit: 50,
    },
    FACETTEN,
  );
}

const ids = (a: IndexAntwoord) => a.rijen.map((r) => r.sleutel).sort();

describe("sync in the same transaction", () => {
  it("a new zaak is in the index inside its transaction and after the commit", async () => {
    let binnen: unknown[] = [];
    const zaak = await db.transaction(async (tx) => {
      const z = await maakZaak(tx, { zaaktype: ZT_A, omschrijving: "Aanvraag dakkapel Zeeburgerdijk" });
      binnen = await selectRows(tx, sql`select sleutel from zoek_index where sleutel = ${z.uuid}`);
      return z;
    });
    expect(binnen).toHaveLength(1);
    expect(ids(await zoek("dakkapel"))).toEqual([zaak.uuid]);
    expect(ids(await zoek(zaak.identificatie))).toEqual([zaak.uuid]);
  });

  it("an update replaces the indexed text", async () => {
    const zaak = await maakZaak(db, { zaaktype: ZT_A, omschrijving: "Melding geluidsoverlast" });
    expect(ids(await zoek("geluidsoverlast"))).toEqual([zaak.uuid]);
    await db.update(zrcZaak).set({ gegevens: { omschrijving: "Melding stankoverlast" } }).where(eq(zrcZaak.uuid, zaak.uuid));
    expect(ids(await zoek("geluidsoverlast"))).toEqual([]);
    expect(ids(await zoek("stankoverlast"))).toEqual([zaak.uuid]);
  });

  it("a rolled-back change never reaches the index", async () => {
    const zaak = await maakZaak(db, { zaaktype: ZT_A, omschrijving: "Evenement Vondelpark" });
    await expect(
      db.transaction(async (tx) => {
        await maakZaak(tx, { zaaktype: ZT_A, omschrijving: "Evenement Westerpark" });
        await tx.update(zrcZaak).set({ gegevens: { omschrijving: "Evenement Oosterpark" } }).where(eq(zrcZaak.uuid, zaak.uuid));
        throw new Error("afgebroken");
      }),
    ).rejects.toThrow("afgebroken");
    expect(ids(await zoek("westerpark"))).toEqual([]);
    expect(ids(await zoek("oosterpark"))).toEqual([]);
    expect(ids(await zoek("vondelpark"))).toEqual([zaak.uuid]);
  });

  it("betrokkenen names come and go with their rol; a BSN is not searchable", async () => {
    const zaak = await maakZaak(db, { zaaktype: ZT_A, omschrijving: "Parkeervergunning bewoner" });
    const r = await rol(db, zaak.uuid, "natuurlijk_persoon", { inpBsn: "999990019", voornamen: "Anneke", geslachtsnaam: "Brouwersgracht" });
    expect(ids(await zoek("brouwersgracht"))).toEqual([zaak.uuid]);
    expect(ids(await zoek("anneke"))).toEqual([zaak.uuid]);
    expect(ids(await zoek("999990019"))).toEqual([]);
    await db.delete(zrcRol).where(eq(zrcRol.uuid, r));
    expect(ids(await zoek("brouwersgracht"))).toEqual([]);
  });

  it("a deleted zaak leaves the index", async () => {
    const zaak = await maakZaak(db, { zaaktype: ZT_A, omschrijving: "Tijdelijke zaak Hortusplantsoen" });
    await rol(db, zaak.uuid, "medewerker", { identificatie: "behandelaar1", achternaam: "Hortus" }, "behandelaar");
    expect(ids(await zoek("hortusplantsoen"))).toEqual([zaak.uuid]);
    await db.delete(zrcZaak).where(eq(zrcZaak.uuid, zaak.uuid));
    const over = await selectRows(db, sql`select 1 from zoek_index where sleutel = ${zaak.uuid}`);
    expect(over).toHaveLength(0);
  });

  it("taken follow inserts and updates", async () => {
    const zaak = await maakZaak(db, { zaaktype: ZT_A, omschrijving: "Omgevingsvergunning schuur" });
    const id = await maakTaak(zaak, { toelichting: "Vraag de brandweer om advies" });
    expect(ids(await zoek("brandweer", { soort: "taak" }))).toEqual([id]);
    await db.update(taak).set({ toelichting: "Vraag de politie om advies" }).where(eq(taak.id, id));
    expect(ids(await zoek("brandweer", { soort: "taak" }))).toEqual([]);
    expect(ids(await zoek("politie", { soort: "taak" }))).toEqual([id]);
    await db.delete(taak).where(eq(taak.id, id));
    expect(ids(await zoek("politie", { soort: "taak" }))).toEqual([]);
  });

  it("documenten: title and metadata of the latest version, through their zaak", async () => {
    const zaak = await maakZaak(db, { zaaktype: ZT_A, omschrijving: "Verbouwing woonboot" });
    const doc = await maakDocument(zaak.uuid, { titel: "Bouwtekening woonboot", beschrijving: "Plattegrond", auteur: "Pietersen", creatiedatum: "2026-02-03" });
    expect(ids(await zoek("bouwtekening", { soort: "document" }))).toEqual([doc]);
    expect(ids(await zoek("pietersen", { soort: "document" }))).toEqual([doc]);
    // A new version with another title: the old one is no longer found.
    await db.transaction(async (tx) => {
      await tx.insert(drcInformatieobjectVersie).values({ informatieobjectUuid: doc, versie: 2, beginRegistratie: new Date(), gegevens: { titel: "Constructieberekening", auteur: "Pietersen" } });
      await tx.update(drcInformatieobject).set({ versie: 2 }).where(eq(drcInformatieobject.uuid, doc));
    });
    expect(ids(await zoek("bouwtekening", { soort: "document" }))).toEqual([]);
    expect(ids(await zoek("constructieberekening", { soort: "document" }))).toEqual([doc]);
    // A document without a local zaak has nobody to read it.
    await maakDocument(null, { titel: "Losse constructieberekening" });
    expect(ids(await zoek("constructieberekening", { soort: "document" }))).toEqual([doc]);
  });
});

describe("Dutch stemming and the query syntax", () => {
  let bouw: string;
  let kap: string;
  let bouwKap: string;

  beforeAll(async () => {
    bouw = (await maakZaak(db, { zaaktype: ZT_B, omschrijving: "Bouwvergunning aanbouw Keizersgracht", toelichting: "Nieuwe serre" })).uuid;
    kap = (await maakZaak(db, { zaaktype: ZT_B, omschrijving: "Kapvergunning iep Keizersgracht" })).uuid;
    bouwKap = (await maakZaak(db, { zaaktype: ZT_B, omschrijving: "Vergunning voor bouwen en kappen Prinsengracht" })).uuid;
  });

  it("'vergunningen' finds 'vergunning' (and the other way round)", async () => {
    expect(ids(await zoek("vergunningen"))).toContain(bouwKap);
    expect(ids(await zoek("kappen"))).toContain(bouwKap);
    expect(ids(await zoek("bouwen"))).toContain(bouwKap);
  });

  it("AND, OR, NOT, phrases and prefixes", async () => {
    expect(ids(await zoek("keizersgracht"))).toEqual([bouw, kap].sort());
    expect(ids(await zoek("keizersgracht serre"))).toEqual([bouw]);
    expect(ids(await zoek("keizersgracht AND serre"))).toEqual([bouw]);
    expect(ids(await zoek("serre OR prinsengracht"))).toEqual([bouw, bouwKap].sort());
    expect(ids(await zoek("keizersgracht NOT serre"))).toEqual([kap]);
    expect(ids(await zoek("keizersgracht -serre"))).toEqual([kap]);
    expect(ids(await zoek('"iep keizersgracht"'))).toEqual([kap]);
    expect(ids(await zoek('"keizersgracht iep"'))).toEqual([]);
    expect(ids(await zoek("keizers*"))).toEqual([bouw, kap].sort());
    expect(ids(await zoek("(serre OR iep) keizersgracht"))).toEqual([bouw, kap].sort());
  });

  it("hostile input is just text", async () => {
    for (const q of ["'; drop table zoek_index; --", "a:* & !", "\\'", "<->", "de het een"]) {
      await expect(zoek(q)).resolves.toBeDefined();
    }
    const [n] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from zoek_index`);
    expect(Number(n?.n)).toBeGreaterThan(0);
  });
});

describe("read rights in the query", () => {
  let zaakA: { uuid: string; identificatie: string };
  let zaakB: { uuid: string; identificatie: string };

  beforeAll(async () => {
    zaakA = await maakZaak(db, { zaaktype: ZT_A, omschrijving: "Geheime horecavergunning Damrak", startdatum: "2025-05-01" });
    await rol(db, zaakA.uuid, "organisatorische_eenheid", { identificatie: "groep-a", naam: "Team Vergunningen" }, "behandelaar");
    await rol(db, zaakA.uuid, "medewerker", { identificatie: "behandelaar1", achternaam: "Alfa" }, "behandelaar");
    await zetStatus(zaakA.uuid, ST_BEHANDELING);
    await maakTaak(zaakA, { toelichting: "Horecavergunning Damrak controleren", groep: "Team Vergunningen" });
    await maakDocument(zaakA.uuid, { titel: "Horecavergunning Damrak aanvraag" });

    zaakB = await maakZaak(db, { zaaktype: ZT_B, omschrijving: "Horecavergunning terras Rokin", startdatum: "2026-01-15" });
    await rol(db, zaakB.uuid, "organisatorische_eenheid", { identificatie: "groep-b", naam: "Team Sociaal" }, "behandelaar");
    await zetStatus(zaakB.uuid, ST_INTAKE);
  });

  it("a zaak of an unreadable zaaktype never shows: not in results, counts or facets", async () => {
    const alleen = await zoek("horecavergunning", { leesbaar: [ZT_B] });
    expect(ids(alleen)).toEqual([zaakB.uuid]);
    expect(alleen.count).toBe(1);
    expect(alleen.aantallen).toEqual({ zaak: 1, taak: 0, document: 0 });
    expect(alleen.facetten.zaaktype).toEqual([{ waarde: ZT_B, aantal: 1 }]);
    expect(alleen.facetten.groep).toEqual([{ waarde: "Team Sociaal", aantal: 1 }]);
    expect(alleen.facetten.behandelaar).toEqual([]);
    expect(alleen.facetten.status).toEqual([{ waarde: ST_INTAKE, aantal: 1 }]);
    expect(alleen.facetten.jaar).toEqual([{ waarde: "2026", aantal: 1 }]);
    // Its taken and documenten neither.
    expect((await zoek("horecavergunning", { leesbaar: [ZT_B], soort: "taak" })).rijen).toEqual([]);
    expect((await zoek("horecavergunning", { leesbaar: [ZT_B], soort: "document" })).rijen).toEqual([]);
    // Even when asked for by name or filter.
    expect((await zoek(zaakA.identificatie, { leesbaar: [ZT_B] })).count).toBe(0);
    expect((await zoek("horecavergunning", { leesbaar: [ZT_B], filters: { zaaktype: [ZT_A] } })).count).toBe(0);
    expect((await zoek("horecavergunning", { leesbaar: [] })).aantallen).toEqual({ zaak: 0, taak: 0, document: 0 });
  });

  it("with the right, the zaak, its taak and document are found", async () => {
    const alle = await zoek("horecavergunning", { leesbaar: [ZT_A, ZT_B] });
    expect(ids(alle)).toEqual([zaakA.uuid, zaakB.uuid].sort());
    expect(alle.aantallen).toEqual({ zaak: 2, taak: 1, document: 1 });
    expect(alle.facetten.behandelaar).toEqual([{ waarde: "Alfa", aantal: 1 }]);
  });

  it("facet counts apply every other filter, and a facet's own filter leaves its counts alone", async () => {
    const gefilterd = await zoek("horecavergunning", { filters: { groep: ["Team Vergunningen"] } });
    expect(ids(gefilterd)).toEqual([zaakA.uuid]);
    // The groep facet still shows both groups (its own filter is not applied to it) ...
    expect(gefilterd.facetten.groep?.map((f) => f.waarde).sort()).toEqual(["Team Sociaal", "Team Vergunningen"]);
    // ... the others only what the groep filter leaves.
    expect(gefilterd.facetten.status).toEqual([{ waarde: ST_BEHANDELING, aantal: 1 }]);
    expect(gefilterd.facetten.jaar).toEqual([{ waarde: "2025", aantal: 1 }]);
    expect((await zoek("horecavergunning", { filters: { jaar: [2026] } })).rijen.map((r) => r.sleutel)).toEqual([zaakB.uuid]);
    expect((await zoek("horecavergunning", { datumVan: "2026-01-01", datumTot: "2026-12-31" })).rijen.map((r) => r.sleutel)).toEqual([zaakB.uuid]);
    expect((await zoek("horecavergunning", { filters: { status: [ST_BEHANDELING] } })).rijen.map((r) => r.sleutel)).toEqual([zaakA.uuid]);
  });
});
