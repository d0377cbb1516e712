import { count, sql } from "drizzle-orm";
import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
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
});
