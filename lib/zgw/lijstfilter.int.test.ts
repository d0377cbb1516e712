import { count, sql } from "drizzle-orm";
import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { PAGINA_GROOTTE, pagineer, paginaVenster } from "./pagination";
import { Autorisatiecontext, parseScopeExpressie, type ConsumerAutorisatie } from "./scopes";
import { VERTROUWELIJKHEIDAANDUIDINGEN } from "./vertrouwelijkheid";

// A stand-in for a future object table (zaken, documenten): type URL + confidentiality.
const object = pgTable("zgw_test_object", {
  id: integer("id").primaryKey(),
  type: text("type").notNull(),
  vertrouwelijkheidaanduiding: text("vertrouwelijkheidaanduiding").notNull(),
});

const A = "https://zac.example/catalogi/api/v1/zaaktypen/a";
const B = "https://zac.example/catalogi/api/v1/zaaktypen/b";
const C = "https://zac.example/catalogi/api/v1/zaaktypen/c";

describe(`lijstfilter van de Autorisatiecontext op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase();
    await test.handle.db.execute(sql`create table zgw_test_object (id integer primary key, type text not null, vertrouwelijkheidaanduiding text not null)`);
    let id = 0;
    const rijen = [A, B, C].flatMap((type) => VERTROUWELIJKHEIDAANDUIDINGEN.map((v) => ({ id: ++id, type, vertrouwelijkheidaanduiding: v })));
    await test.handle.db.insert(object).values(rijen);
  });
  afterAll(async () => {
    await test?.dispose();
  });

  const zichtbaar = async (autorisaties: ConsumerAutorisatie[], expressie: string, alles = false) => {
    const ctx = new Autorisatiecontext(
      { clientId: "c", applicatie: { uuid: "u", label: "l", heeftAlleAutorisaties: alles }, autorisaties, gebruiker: { id: "", weergave: "" } },
      "zrc",
    );
    const filter = ctx.lijstFilter(parseScopeExpressie(expressie), { type: object.type, vertrouwelijkheidaanduiding: object.vertrouwelijkheidaanduiding });
    const rijen = await test.handle.db.select().from(object).where(filter).orderBy(object.id);
    const [{ n } = { n: 0 }] = await test.handle.db.select({ n: count() }).from(object).where(filter);
    // The count comes from the same filter in the query: paging never sees hidden rows.
    expect(Number(n)).toBe(rijen.length);
    return rijen.map((r) => `${r.type.slice(-1)}:${r.vertrouwelijkheidaanduiding}`);
  };

  it("toont alleen geautoriseerde zaaktypen tot en met de max. vertrouwelijkheid", async () => {
    const rijen = await zichtbaar(
      [
        { component: "zrc", scopes: ["zaken.lezen"], zaaktype: A, maxVertrouwelijkheidaanduiding: "beperkt_openbaar" },
        { component: "zrc", scopes: ["zaken.lezen"], zaaktype: B, maxVertrouwelijkheidaanduiding: "openbaar" },
        // Another component's autorisatie for C does not count.
        { component: "drc", scopes: ["zaken.lezen"], informatieobjecttype: C, maxVertrouwelijkheidaanduiding: "zeer_geheim" },
      ],
      "zaken.lezen",
    );
    expect(rijen).toEqual(["a:openbaar", "a:beperkt_openbaar", "b:openbaar"]);
  });

  it("neemt per niveau de vereniging van scopes van autorisaties die dat niveau dekken", async () => {
    const autorisaties: ConsumerAutorisatie[] = [
      { component: "zrc", scopes: ["zaken.lezen"], zaaktype: A, maxVertrouwelijkheidaanduiding: "geheim" },
      { component: "zrc", scopes: ["zaken.bijwerken"], zaaktype: A, maxVertrouwelijkheidaanduiding: "intern" },
    ];
    expect(await zichtbaar(autorisaties, "zaken.lezen & zaken.bijwerken")).toEqual(["a:openbaar", "a:beperkt_openbaar", "a:intern"]);
    expect(await zichtbaar(autorisaties, "(zaken.bijwerken | zaken.geforceerd-bijwerken)")).toHaveLength(3);
    expect(await zichtbaar(autorisaties, "zaken.verwijderen")).toEqual([]);
  });

  it("filtert niet met heeftAlleAutorisaties en toont niets zonder autorisaties", async () => {
    expect(await zichtbaar([], "zaken.lezen", true)).toHaveLength(24);
    expect(await zichtbaar([], "zaken.lezen")).toEqual([]);
  });

  it("fills the first page of a limited client with its own objects only (the filter is in the query, not after paging)", async () => {
    // 250 more objects, interleaved with objects of a type this client may not see (every
    // fifth), so that filtering after paging would leave the first page short.
    const extra = Array.from({ length: 250 }, (_, i) => ({
      id: 1000 + i,
      type: i % 5 === 0 ? A : B,
      vertrouwelijkheidaanduiding: i % 10 === 0 ? "geheim" : "openbaar",
    }));
    await test.handle.db.insert(object).values(extra);
    try {
      const ctx = new Autorisatiecontext(
        {
          clientId: "c",
          applicatie: { uuid: "u", label: "l", heeftAlleAutorisaties: false },
          autorisaties: [{ component: "zrc", scopes: ["zaken.lezen"], zaaktype: B, maxVertrouwelijkheidaanduiding: "openbaar" }],
          gebruiker: { id: "", weergave: "" },
        },
        "zrc",
      );
      const filter = ctx.lijstFilter(parseScopeExpressie("zaken.lezen"), { type: object.type, vertrouwelijkheidaanduiding: object.vertrouwelijkheidaanduiding });
      const { offset, limit } = paginaVenster(1);
      const rijen = await test.handle.db.select().from(object).where(filter).orderBy(object.id).limit(limit).offset(offset);
      const [{ n } = { n: 0 }] = await test.handle.db.select({ n: count() }).from(object).where(filter);
      // Visible: type B and openbaar = the 1 seeded row + 200 of the extra rows.
      expect(Number(n)).toBe(201);
      const pagina = pagineer(new URL("https://zac.example/zaken/api/v1/zaken"), 1, Number(n), rijen);
      expect(pagina.results).toHaveLength(PAGINA_GROOTTE);
      expect(pagina.results.every((r) => r.type === B && r.vertrouwelijkheidaanduiding === "openbaar")).toBe(true);
      expect(pagina.count).toBe(201);
      expect(pagina.next).toContain("page=2");
    } finally {
      await test.handle.db.execute(sql`delete from zgw_test_object where id >= 1000`);
    }
  });
});
