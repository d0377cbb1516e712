import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as klantcontact from "@/app/zaken/api/v1/klantcontacten/[uuid]/route";
import * as klantcontacten from "@/app/zaken/api/v1/klantcontacten/route";
import * as rol from "@/app/zaken/api/v1/rollen/[uuid]/route";
import * as rollen from "@/app/zaken/api/v1/rollen/route";
import * as zaakobject from "@/app/zaken/api/v1/zaakobjecten/[uuid]/route";
import * as zaakobjecten from "@/app/zaken/api/v1/zaakobjecten/route";
import * as zaakeigenschap from "@/app/zaken/api/v1/zaken/[uuid]/zaakeigenschappen/[zaakeigenschap_uuid]/route";
import * as zaakeigenschappen from "@/app/zaken/api/v1/zaken/[uuid]/zaakeigenschappen/route";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { zgwAudittrail, zgwNotificatieUitgaand } from "@/lib/zgw/gebeurtenissen";
import { rolCondities, zaakHeeftRol } from "./api";
import { zrcRol } from "./schema";
import { relatieResources } from "./representaties";
import { zrcStatus, zrcZaak } from "../schema";
import { autorisatie, testClient } from "../../catalogi/testing/fixtures";
import { koppelTestOmgeving, zgwAanroeper } from "../../testing/zgw-test";
import { maakCatalogi, maakZaak, uuidVan, ZRC, type ZaaktypeSet } from "./testing/omgeving";

describe(`Zaken API 1.5.1: rollen, zaakobjecten, zaakeigenschappen, klantcontacten op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  const zgw = zgwAanroeper("zaken");
  let beheer: string;
  let lezerOpenbaar: string;
  let schrijverA: string;
  let forceerder: string;
  let a: ZaaktypeSet;
  let b: ZaaktypeSet;
  let zaakA: { uuid: string; url: string };
  let zaakGeheim: { uuid: string; url: string };
  let zaakB: { uuid: string; url: string };
  let zaakGesloten: { uuid: string; url: string };

  beforeAll(async () => {
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    const db = test.handle.db;
    beheer = await testClient(db, "beheer", "alle");
    ({ a, b } = await maakCatalogi(beheer));
    lezerOpenbaar = await testClient(db, "lezer-openbaar", [autorisatie("zrc", ["zaken.lezen"], { zaaktype: a.url, maxVertrouwelijkheidaanduiding: "openbaar" })]);
    schrijverA = await testClient(db, "schrijver-a", [
      autorisatie("zrc", ["zaken.lezen", "zaken.bijwerken"], { zaaktype: a.url, maxVertrouwelijkheidaanduiding: "geheim" }),
    ]);
    forceerder = await testClient(db, "forceerder", [
      autorisatie("zrc", ["zaken.lezen", "zaken.bijwerken", "zaken.geforceerd-bijwerken"], { zaaktype: a.url, maxVertrouwelijkheidaanduiding: "geheim" }),
    ]);
    zaakA = await maakZaak(db, a);
    zaakGeheim = await maakZaak(db, a, { vertrouwelijkheidaanduiding: "geheim" });
    zaakB = await maakZaak(db, b);
    zaakGesloten = await maakZaak(db, a, { einddatum: "2025-04-01" });
  });
  afterAll(async () => {
    herstel?.();
    await test?.dispose();
  });
  afterEach(() => vi.unstubAllEnvs());

  const bsnRol = (zaak: string, roltype: string, bsn: string, extra: Record<string, unknown> = {}) => ({
    zaak,
    betrokkeneType: "natuurlijk_persoon",
    roltype,
    roltoelichting: "Aanvrager van de vergunning",
    betrokkeneIdentificatie: { inpBsn: bsn, geslachtsnaam: "Jansen", voorvoegselGeslachtsnaam: "", voorletters: "J", voornamen: "Jan" },
    ...extra,
  });
  const medewerkerRol = (zaak: string, roltype: string, identificatie: string) => ({
    zaak,
    betrokkeneType: "medewerker",
    roltype,
    roltoelichting: "Behandelt de zaak",
    betrokkeneIdentificatie: { identificatie, achternaam: "de Vries", voorletters: "A" },
  });
  const maakRol = (body: unknown, token = beheer) => zgw.roep(rollen.POST, "POST", "/rollen", { token, body });
  const lijst = (query: string, token = beheer) => zgw.roep(rollen.GET, "GET", `/rollen${query}`, { token });

  describe("rollen", () => {
    it("zrc-019: een rol met een roltype van het zaaktype -> 201, omschrijving(Generiek) uit het roltype", async () => {
      const { response, body } = await maakRol(bsnRol(zaakA.url, a.initiator, "111222333"));
      expect(response.status).toBe(201);
      expect(response.headers.get("Location")).toBe(body.url);
      expect(body).toMatchObject({
        zaak: zaakA.url,
        roltype: a.initiator,
        omschrijving: "Aanvrager",
        omschrijvingGeneriek: "initiator",
        betrokkeneType: "natuurlijk_persoon",
        indicatieMachtiging: "",
        statussen: [],
        betrokkeneIdentificatie: { inpBsn: "111222333", geslachtsnaam: "Jansen", anpIdentificatie: "", verblijfsadres: null },
      });
      expect(body.url.startsWith(`${ZRC}/rollen/`)).toBe(true);
      const detail = await zgw.roep(rol.GET, "GET", `/rollen/${uuidVan(body.url)}`, { token: beheer, params: { uuid: uuidVan(body.url) } });
      expect(detail.body).toEqual(body);
      expect(detail.response.headers.get("ETag")).toBeTruthy();
    });

    it("zrc-019: een roltype van een ander zaaktype -> 400 zaaktype-mismatch", async () => {
      const { response, body } = await maakRol(bsnRol(zaakA.url, b.initiator, "999888777"));
      expect(response.status).toBe(400);
      expect(body.invalidParams[0]).toMatchObject({ name: "nonFieldErrors", code: "zaaktype-mismatch" });
    });

    it("een tweede initiator -> 400 max-occurences; een rol zonder betrokkene(Identificatie) -> 400 invalid-betrokkene", async () => {
      const tweede = await maakRol(bsnRol(zaakA.url, a.initiator, "123123123"));
      expect(tweede.response.status).toBe(400);
      expect(tweede.body.invalidParams[0]).toMatchObject({ name: "roltype", code: "max-occurences" });
      const zonder = await maakRol({ zaak: zaakA.url, betrokkeneType: "medewerker", roltype: a.behandelaar, roltoelichting: "x" });
      expect(zonder.body.invalidParams[0].code).toBe("invalid-betrokkene");
    });

    it("betrokkeneIdentificatie wordt gevalideerd volgens het betrokkeneType (OAS)", async () => {
      const { response, body } = await maakRol(bsnRol(zaakA.url, a.behandelaar, "1234567890"));
      expect(response.status).toBe(400);
      expect(body.invalidParams.map((p: { name: string }) => p.name)).toEqual(["betrokkeneIdentificatie.inpBsn"]);
      const vestiging = await maakRol({
        zaak: zaakA.url,
        betrokkeneType: "vestiging",
        roltype: a.behandelaar,
        roltoelichting: "x",
        betrokkeneIdentificatie: { vestigingsNummer: "000012345678", handelsnaam: ["Bakkerij"], verblijfsadres: { aoaIdentificatie: "1" } },
      });
      expect(vestiging.response.status).toBe(400);
      expect(vestiging.body.invalidParams.map((p: { name: string }) => p.name)).toContain("betrokkeneIdentificatie.verblijfsadres.aoaHuisnummer");
    });

    it("filtert op betrokkeneIdentificatie, betrokkeneType en omschrijvingGeneriek; onbekende parameter -> 400", async () => {
      await maakRol(medewerkerRol(zaakA.url, a.behandelaar, "mw-42"));
      await maakRol(medewerkerRol(zaakB.url, b.behandelaar, "mw-43"));
      const bsn = await lijst("?betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=111222333");
      expect(bsn.body.count).toBe(1);
      expect(bsn.body.results[0].zaak).toBe(zaakA.url);
      const mw = await lijst("?betrokkeneIdentificatie__medewerker__identificatie=mw-43");
      expect(mw.body.results.map((r: { zaak: string }) => r.zaak)).toEqual([zaakB.url]);
      // The medewerker filter does not match an organisatorische eenheid with the same identificatie.
      expect((await lijst("?betrokkeneIdentificatie__organisatorischeEenheid__identificatie=mw-43")).body.count).toBe(0);
      expect((await lijst(`?zaak=${zaakA.url}&omschrijvingGeneriek=behandelaar`)).body.count).toBe(1);
      expect((await lijst(`?betrokkeneType=medewerker`)).body.count).toBe(2);
      const fout = await lijst("?betrokkeneIdentificatie__natuurlijkPersoon__bsn=1");
      expect(fout.response.status).toBe(400);
      expect(fout.body.invalidParams[0].code).toBe("unknown-parameters");
      expect((await lijst("?betrokkeneType=koning")).response.status).toBe(400);
    });

    it("zrc-006: de lijst toont alleen rollen van zaken binnen de autorisatie; detail daarbuiten -> 403", async () => {
      const geheim = await maakRol(medewerkerRol(zaakGeheim.url, a.behandelaar, "mw-geheim"));
      const alle = await lijst("?betrokkeneType=medewerker", lezerOpenbaar);
      expect(alle.body.results.map((r: { zaak: string }) => r.zaak)).toEqual([zaakA.url]);
      const u = uuidVan(geheim.body.url);
      expect((await zgw.roep(rol.GET, "GET", `/rollen/${u}`, { token: lezerOpenbaar, params: { uuid: u } })).response.status).toBe(403);
      expect((await zgw.roep(rol.GET, "GET", `/rollen/${u}`, { token: schrijverA, params: { uuid: u } })).response.status).toBe(200);
      // Writing needs zaken.bijwerken for that zaaktype.
      expect((await maakRol(medewerkerRol(zaakA.url, a.behandelaar, "mw-x"), lezerOpenbaar)).response.status).toBe(403);
      expect((await maakRol(medewerkerRol(zaakB.url, b.behandelaar, "mw-x"), schrijverA)).response.status).toBe(403);
    });

    it("zrc-007: een rol bij een afgesloten zaak alleen met zaken.geforceerd-bijwerken", async () => {
      const zonder = await maakRol(medewerkerRol(zaakGesloten.url, a.behandelaar, "mw-1"), schrijverA);
      expect(zonder.response.status).toBe(403);
      const met = await maakRol(medewerkerRol(zaakGesloten.url, a.behandelaar, "mw-1"), forceerder);
      expect(met.response.status).toBe(201);
      const u = uuidVan(met.body.url);
      expect((await zgw.roep(rol.DELETE, "DELETE", `/rollen/${u}`, { token: schrijverA, params: { uuid: u } })).response.status).toBe(403);
      expect((await zgw.roep(rol.DELETE, "DELETE", `/rollen/${u}`, { token: forceerder, params: { uuid: u } })).response.status).toBe(204);
    });

    it("verwijderen -> 204, audit trail op de zaak en notificaties create/destroy (GUIDE 6)", async () => {
      vi.stubEnv("NOTIFICATIES_API_URL", "https://nrc.test.example/api/v1");
      const zaak = await maakZaak(test.handle.db, a);
      const gemaakt = await maakRol(medewerkerRol(zaak.url, a.behandelaar, "mw-9"), schrijverA);
      const u = uuidVan(gemaakt.body.url);
      const weg = await zgw.roep(rol.DELETE, "DELETE", `/rollen/${u}`, { token: schrijverA, params: { uuid: u }, headers: { "X-Audit-Toelichting": "Dubbel" } });
      expect(weg.response.status).toBe(204);
      expect((await zgw.roep(rol.GET, "GET", `/rollen/${u}`, { token: beheer, params: { uuid: u } })).response.status).toBe(404);
      const audit = await test.handle.db.select().from(zgwAudittrail).where(eq(zgwAudittrail.hoofdObjectUuid, zaak.uuid)).orderBy(zgwAudittrail.volgorde);
      expect(audit.map((r) => [r.resource, r.actie, r.resultaat, r.bron])).toEqual([
        ["rol", "create", 201, "zrc"],
        ["rol", "destroy", 204, "zrc"],
      ]);
      expect(audit[1]!.toelichting).toBe("Dubbel");
      const meldingen = await test.handle.db.select().from(zgwNotificatieUitgaand).where(eq(zgwNotificatieUitgaand.hoofdObject, zaak.url));
      expect(meldingen.map((m) => [m.bericht.resource, m.bericht.actie])).toEqual([
        ["rol", "create"],
        ["rol", "destroy"],
      ]);
      expect(meldingen[0]!.bericht.kenmerken).toEqual({ bronorganisatie: "002220647", zaaktype: a.url, vertrouwelijkheidaanduiding: "openbaar" });
    });

    it("Rol.statussen: de statussen die deze rol zette (Status.gezetdoor)", async () => {
      const zaak = await maakZaak(test.handle.db, a);
      const { body } = await maakRol(medewerkerRol(zaak.url, a.behandelaar, "mw-status"));
      const statusUuid = randomUUID();
      await test.handle.db.insert(zrcStatus).values({
        uuid: statusUuid,
        zaakUuid: zaak.uuid,
        statustypeUrl: "https://ztc.example/statustypen/1",
        datumStatusGezet: new Date("2025-03-02T10:00:00Z"),
        gegevens: { gezetdoor: body.url },
      });
      const u = uuidVan(body.url);
      expect((await zgw.roep(rol.GET, "GET", `/rollen/${u}`, { token: beheer, params: { uuid: u } })).body.statussen).toEqual([`${ZRC}/statussen/${statusUuid}`]);
    });

    it("de betrokkeneIdentificatie-filters gebruiken hun (partiële expressie-)index", async () => {
      const db = test.handle.db;
      const plan = async (filter: Parameters<typeof rolCondities>[0], index: string) => {
        await db.execute(sql`set enable_seqscan = off`);
        try {
          const res = await db.execute(sql`explain select ${zrcRol.uuid} from ${zrcRol} where ${and(...rolCondities(filter))}`);
          const rijen = ((res as unknown as { rows?: Array<Record<string, string>> }).rows ?? (res as unknown as Array<Record<string, string>>));
          const tekst = rijen.map((r) => Object.values(r).join(" ")).join("\n");
          expect(tekst).toContain(index);
        } finally {
          await db.execute(sql`set enable_seqscan = on`);
        }
      };
      await plan({ identificatie: { natuurlijkPersoon__inpBsn: "111222333" } }, "zrc_rol_np_bsn_idx");
      await plan({ identificatie: { medewerker__identificatie: "mw-42" } }, "zrc_rol_medewerker_idx");
      await plan({ identificatie: { vestiging__vestigingsNummer: "1" } }, "zrc_rol_vestiging_idx");
      await plan({ identificatie: { nietNatuurlijkPersoon__innNnpId: "1" } }, "zrc_rol_nnp_id_idx");
      await plan({ identificatie: { organisatorischeEenheid__identificatie: "1" } }, "zrc_rol_oe_idx");
    });

    it("zaakHeeftRol: het zaken-filter rol__betrokkeneIdentificatie__* in één query", async () => {
      const db = test.handle.db;
      const zaken = await db
        .select({ uuid: zrcZaak.uuid })
        .from(zrcZaak)
        .where(and(zaakHeeftRol(zrcZaak.uuid, { identificatie: { natuurlijkPersoon__inpBsn: "111222333" } })));
      expect(zaken.map((z) => z.uuid)).toEqual([zaakA.uuid]);
      expect(zaakHeeftRol(zrcZaak.uuid, {})).toBeUndefined();
    });
  });

  describe("zaakobjecten", () => {
    const adres = { identificatie: "0363200000123456", wplWoonplaatsNaam: "Amsterdam", gorOpenbareRuimteNaam: "Dam", huisnummer: 1 };
    const maakZo = (body: unknown, token = beheer) => zgw.roep(zaakobjecten.POST, "POST", "/zaakobjecten", { token, body });

    it("objectIdentificatie volgens het objectType -> 201; zonder object of identificatie -> 400 invalid-zaakobject", async () => {
      const { response, body } = await maakZo({ zaak: zaakA.url, objectType: "adres", zaakobjecttype: a.zaakobjecttype, objectIdentificatie: adres, relatieomschrijving: "Bouwlocatie" });
      expect(response.status).toBe(201);
      expect(body).toMatchObject({ objectType: "adres", zaakobjecttype: a.zaakobjecttype, objectIdentificatie: { ...adres, huisletter: "", postcode: "" }, relatieomschrijving: "Bouwlocatie" });
      const fout = await maakZo({ zaak: zaakA.url, objectType: "adres" });
      expect(fout.body.invalidParams[0].code).toBe("invalid-zaakobject");
      const onvolledig = await maakZo({ zaak: zaakA.url, objectType: "adres", objectIdentificatie: { identificatie: "1" } });
      expect(onvolledig.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
        "objectIdentificatie.gorOpenbareRuimteNaam",
        "objectIdentificatie.huisnummer",
        "objectIdentificatie.wplWoonplaatsNaam",
      ]);
    });

    it("overige: objectTypeOverige verplicht, en alleen bij overige", async () => {
      const zonder = await maakZo({ zaak: zaakA.url, objectType: "overige", object: "https://objecten.example.nl/api/v2/objects/1" });
      expect(zonder.body.invalidParams[0].code).toBe("missing-object-type-overige");
      const verkeerd = await maakZo({ zaak: zaakA.url, objectType: "pand", objectTypeOverige: "boom", object: "https://bag.example.nl/panden/1" });
      expect(verkeerd.body.invalidParams[0].code).toBe("invalid-object-type-overige-usage");
      const goed = await maakZo({ zaak: zaakA.url, objectType: "overige", objectTypeOverige: "boom", objectIdentificatie: { overigeData: { soort: "eik" } } });
      expect(goed.response.status).toBe(201);
      expect(goed.body.objectIdentificatie).toEqual({ overigeData: { soort: "eik" } });
    });

    it("een zaakobjecttype van een ander zaaktype -> 400 zaaktype-mismatch", async () => {
      const { body } = await maakZo({ zaak: zaakA.url, objectType: "pand", object: "https://bag.example.nl/panden/2", zaakobjecttype: b.zaakobjecttype });
      expect(body.invalidParams[0].code).toBe("zaaktype-mismatch");
    });

    it("PATCH/PUT: zaak, object en objectType zijn onveranderlijk; relatieomschrijving en objectIdentificatie niet", async () => {
      const { body } = await maakZo({ zaak: zaakA.url, objectType: "pand", object: "https://bag.example.nl/panden/3" });
      const u = uuidVan(body.url);
      const type = await zgw.roep(zaakobject.PATCH, "PATCH", `/zaakobjecten/${u}`, { token: beheer, params: { uuid: u }, body: { objectType: "adres" } });
      expect(type.body.invalidParams[0]).toMatchObject({ name: "objectType", code: "wijzigen-niet-toegelaten" });
      const zaak = await zgw.roep(zaakobject.PATCH, "PATCH", `/zaakobjecten/${u}`, { token: beheer, params: { uuid: u }, body: { zaak: zaakB.url } });
      expect(zaak.body.invalidParams[0]).toMatchObject({ name: "zaak", code: "wijzigen-niet-toegelaten" });
      const ok = await zgw.roep(zaakobject.PATCH, "PATCH", `/zaakobjecten/${u}`, { token: beheer, params: { uuid: u }, body: { relatieomschrijving: "Gesloopt pand", objectType: "pand" } });
      expect(ok.response.status).toBe(200);
      expect(ok.body.relatieomschrijving).toBe("Gesloopt pand");
      const put = await zgw.roep(zaakobject.PUT, "PUT", `/zaakobjecten/${u}`, {
        token: beheer,
        params: { uuid: u },
        body: { zaak: zaakA.url, objectType: "pand", object: "https://bag.example.nl/panden/3", objectIdentificatie: { identificatie: "0363100012345678" } },
      });
      expect(put.response.status).toBe(200);
      expect(put.body).toMatchObject({ relatieomschrijving: "", objectIdentificatie: { identificatie: "0363100012345678" } });
    });

    it("lijst: filter objectType en zaak, gepagineerd en binnen de autorisatie", async () => {
      await maakZo({ zaak: zaakGeheim.url, objectType: "pand", object: "https://bag.example.nl/panden/9" });
      const panden = await zgw.roep(zaakobjecten.GET, "GET", `/zaakobjecten?objectType=pand&object=${encodeURIComponent("https://bag.example.nl/panden/9")}`, { token: beheer });
      expect(panden.body.count).toBe(1);
      const openbaar = await zgw.roep(zaakobjecten.GET, "GET", `/zaakobjecten?objectType=pand`, { token: lezerOpenbaar });
      expect(openbaar.body.results.every((r: { zaak: string }) => r.zaak === zaakA.url)).toBe(true);
      expect(openbaar.body.results.length).toBeGreaterThan(0);
    });
  });

  describe("zaakeigenschappen", () => {
    const pad = (zaak: string) => `/zaken/${zaak}/zaakeigenschappen`;

    it("zrc-018: een eigenschap van het zaaktype -> 201 met naam; van een ander zaaktype -> 400", async () => {
      const goed = await zgw.roep(zaakeigenschappen.POST, "POST", pad(zaakA.uuid), {
        token: schrijverA,
        params: { uuid: zaakA.uuid },
        body: { zaak: zaakA.url, eigenschap: a.eigenschap, waarde: "AB-12-CD" },
      });
      expect(goed.response.status).toBe(201);
      expect(goed.body).toMatchObject({ zaak: zaakA.url, eigenschap: a.eigenschap, naam: "Kenteken", waarde: "AB-12-CD" });
      expect(goed.body.url).toBe(`${ZRC}/zaken/${zaakA.uuid}/zaakeigenschappen/${goed.body.uuid}`);
      const fout = await zgw.roep(zaakeigenschappen.POST, "POST", pad(zaakA.uuid), {
        token: beheer,
        params: { uuid: zaakA.uuid },
        body: { zaak: zaakA.url, eigenschap: b.eigenschap, waarde: "x" },
      });
      expect(fout.body.invalidParams[0].code).toBe("zaaktype-mismatch");
    });

    it("alleen waarde mag wijzigen; lijst en HEAD", async () => {
      const { body } = await zgw.roep(zaakeigenschappen.POST, "POST", pad(zaakA.uuid), {
        token: beheer,
        params: { uuid: zaakA.uuid },
        body: { zaak: zaakA.url, eigenschap: a.eigenschap, waarde: "1" },
      });
      const params = { uuid: zaakA.uuid, zaakeigenschap_uuid: body.uuid };
      const p = `${pad(zaakA.uuid)}/${body.uuid}`;
      const waarde = await zgw.roep(zaakeigenschap.PATCH, "PATCH", p, { token: beheer, params, body: { waarde: "2" } });
      expect(waarde.body.waarde).toBe("2");
      const eigenschap = await zgw.roep(zaakeigenschap.PATCH, "PATCH", p, { token: beheer, params, body: { eigenschap: b.eigenschap } });
      expect(eigenschap.body.invalidParams[0]).toMatchObject({ name: "eigenschap", code: "wijzigen-niet-toegelaten" });
      const put = await zgw.roep(zaakeigenschap.PUT, "PUT", p, { token: beheer, params, body: { zaak: zaakA.url, eigenschap: a.eigenschap, waarde: "3" } });
      expect(put.body.waarde).toBe("3");
      expect((await zgw.roep(zaakeigenschap.HEAD, "HEAD", p, { token: beheer, params })).response.headers.get("ETag")).toBeTruthy();
      const alle = await zgw.roep(zaakeigenschappen.GET, "GET", pad(zaakA.uuid), { token: lezerOpenbaar, params: { uuid: zaakA.uuid } });
      expect(alle.body.map((e: { waarde: string }) => e.waarde)).toContain("3");
      // Another zaak's path does not show it.
      expect((await zgw.roep(zaakeigenschap.GET, "GET", p, { token: beheer, params: { ...params, uuid: zaakB.uuid } })).response.status).toBe(404);
      expect((await zgw.roep(zaakeigenschappen.GET, "GET", pad(zaakGeheim.uuid), { token: lezerOpenbaar, params: { uuid: zaakGeheim.uuid } })).response.status).toBe(403);
      expect((await zgw.roep(zaakeigenschap.DELETE, "DELETE", p, { token: beheer, params })).response.status).toBe(204);
    });
  });

  describe("klantcontacten", () => {
    it("maakt een klantcontact met gegenereerde identificatie; datumtijd in de toekomst -> 400", async () => {
      const { response, body } = await zgw.roep(klantcontacten.POST, "POST", "/klantcontacten", {
        token: beheer,
        body: { zaak: zaakA.url, datumtijd: "2025-03-02T10:00:00+01:00", kanaal: "telefoon", onderwerp: "Vraag" },
      });
      expect(response.status).toBe(201);
      expect(body.identificatie).toMatch(/^KC\d{12}$/);
      expect(body.datumtijd).toBe("2025-03-02T09:00:00.000Z");
      const u = uuidVan(body.url);
      expect((await zgw.roep(klantcontact.GET, "GET", `/klantcontacten/${u}`, { token: beheer, params: { uuid: u } })).body).toEqual(body);
      const toekomst = await zgw.roep(klantcontacten.POST, "POST", "/klantcontacten", { token: beheer, body: { zaak: zaakA.url, datumtijd: "2999-01-01T00:00:00Z" } });
      expect(toekomst.body.invalidParams[0]).toMatchObject({ name: "datumtijd", code: "date-in-future" });
      const lijst = await zgw.roep(klantcontacten.GET, "GET", `/klantcontacten?zaak=${zaakA.url}`, { token: lezerOpenbaar });
      expect(lijst.body.count).toBe(1);
    });
  });

  it("relatieResources: de relaties van een batch zaken, per zaak, zoals GET ze toont", async () => {
    const per = await relatieResources(test.handle.db, ZRC, "rol", [zaakA.uuid, zaakB.uuid, zaakGesloten.uuid]);
    expect(per.get(zaakA.uuid)!.map((r) => r.omschrijving)).toEqual(["Aanvrager", "Behandelaar"]);
    expect(per.get(zaakB.uuid)!.length).toBe(1);
    expect(per.has(zaakGesloten.uuid)).toBe(false);
    const u = uuidVan(String(per.get(zaakA.uuid)![0]!.url));
    expect((await zgw.roep(rol.GET, "GET", `/rollen/${u}`, { token: beheer, params: { uuid: u } })).body).toEqual(per.get(zaakA.uuid)![0]);
    const eigenschappen = await relatieResources(test.handle.db, ZRC, "zaakeigenschap", [zaakA.uuid]);
    expect(eigenschappen.get(zaakA.uuid)!.every((e) => e.naam === "Kenteken")).toBe(true);
  });
});
