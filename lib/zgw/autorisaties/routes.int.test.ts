import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE, GET as lees, PATCH, PUT } from "@/app/autorisaties/api/v1/applicaties/[uuid]/route";
import { GET as consumer } from "@/app/autorisaties/api/v1/applicaties/consumer/route";
import { GET as lijst, POST as maak } from "@/app/autorisaties/api/v1/applicaties/route";
import { GET as oasJsonGET } from "@/app/autorisaties/api/v1/openapi.json/route";
import { GET as oasYamlGET } from "@/app/autorisaties/api/v1/openapi.yaml/route";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import { maakZgwJwt } from "../auth/jwt";
import { oasBestandPad } from "../oas";
import { koppelTestOmgeving, TEST_PUBLIC_URL, zgwAanroeper } from "../testing/zgw-test";
import { bewaarApplicatie } from "./opslag";
import { registreerApplicatie } from "./registratie";

const BEHEER_SECRET = "beheer-secret-0123456789";
const LEZER_SECRET = "lezer-secret-0123456789";
const ZAAK_SECRET = "zaak-secret-0123456789";
const ZAAKTYPE = "https://zac.test.example/catalogi/api/v1/zaaktypen/3c5b2f4e-1f0b-4a4e-9d43-0a4b8f1c2d3e";

describe(`Autorisaties API 1.0.0 op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let herstel: () => void;
  const zgw = zgwAanroeper("autorisaties");
  let beheer: string;
  let lezer: string;

  beforeAll(async () => {
    test = await createTestDatabase();
    herstel = koppelTestOmgeving(test.handle);
    await registreerApplicatie(test.handle.db, { clientId: "beheer", secret: BEHEER_SECRET, alleAutorisaties: true });
    // A reader: only autorisaties.lezen on the AC.
    await registreerApplicatie(test.handle.db, { clientId: "lezer", secret: LEZER_SECRET, label: "Lezer" });
    beheer = await maakZgwJwt("beheer", BEHEER_SECRET, { userId: "u1", userRepresentation: "Beheerder" });
    const { body: gevonden } = await zgw.roep(consumer, "GET", "/applicaties/consumer?clientId=lezer", { token: beheer });
    const lezerUuid = String(gevonden[0].url).split("/").pop()!;
    const { response } = await zgw.roep(PATCH, "PATCH", `/applicaties/${lezerUuid}`, {
      token: beheer,
      params: { uuid: lezerUuid },
      body: { autorisaties: [{ component: "ac", scopes: ["autorisaties.lezen"] }] },
    });
    expect(response.status).toBe(200);
    lezer = await maakZgwJwt("lezer", LEZER_SECRET);
  });
  afterAll(async () => {
    herstel?.();
    await test?.dispose();
  });

  const nieuw = (clientIds: string[], extra: Record<string, unknown> = { heeftAlleAutorisaties: true }) => ({
    clientIds,
    label: `Applicatie ${clientIds.join(",")}`,
    ...extra,
  });

  describe("OAS-documenten", () => {
    it("serveert de normatieve YAML ongewijzigd, met API-version", async () => {
      const response = await oasYamlGET(new Request("http://localhost/autorisaties/api/v1/openapi.yaml"), { params: Promise.resolve({}) });
      expect(response.status).toBe(200);
      expect(response.headers.get("API-version")).toBe("1.0.0");
      expect(await response.text()).toBe(await readFile(oasBestandPad("autorisaties"), "utf8"));
    });

    it("serveert dezelfde OAS als JSON", async () => {
      const response = await oasJsonGET(new Request("http://localhost/autorisaties/api/v1/openapi.json"), { params: Promise.resolve({}) });
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(response.headers.get("API-version")).toBe("1.0.0");
      const doc = (await response.json()) as { info: { version: string }; paths: Record<string, unknown> };
      expect(doc.info.version).toBe("1.0.0");
      expect(Object.keys(doc.paths)).toEqual(["/applicaties", "/applicaties/consumer", "/applicaties/{uuid}"]);
    });
  });

  describe("JWT-authenticatie (GUIDE §3.1)", () => {
    const codeBij = async (headers: Record<string, string>) => {
      const { response, body } = await zgw.roep(lijst, "GET", "/applicaties", { headers });
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      return body.code as string;
    };

    it("accepteert een geldig token en zet API-version", async () => {
      const { response } = await zgw.roep(lijst, "GET", "/applicaties", { token: beheer });
      expect(response.status).toBe(200);
      expect(response.headers.get("API-version")).toBe("1.0.0");
    });

    it("weigert zonder token", async () => {
      expect(await codeBij({})).toBe("not_authenticated");
    });

    it("weigert een onleesbaar token", async () => {
      expect(await codeBij({ Authorization: "Bearer dit-is-geen-jwt" })).toBe("jwt-decode-error");
    });

    it("weigert een token zonder client_id", async () => {
      const token = await maakZgwJwt("", BEHEER_SECRET);
      expect(await codeBij({ Authorization: `Bearer ${token}` })).toBe("missing-client-identifier");
    });

    it("weigert een onbekende client id", async () => {
      const token = await maakZgwJwt("onbekend", BEHEER_SECRET);
      expect(await codeBij({ Authorization: `Bearer ${token}` })).toBe("invalid-client-identifier");
    });

    it("weigert een token met het verkeerde secret", async () => {
      const token = await maakZgwJwt("beheer", "een-ander-secret-0123456789");
      expect(await codeBij({ Authorization: `Bearer ${token}` })).toBe("invalid-jwt-signature");
    });

    it("weigert een verlopen token (iat + 1 uur)", async () => {
      const token = await maakZgwJwt("beheer", BEHEER_SECRET, { iat: Math.floor(Date.now() / 1000) - 3601 });
      expect(await codeBij({ Authorization: `Bearer ${token}` })).toBe("jwt-expired");
    });
  });

  describe("scopes uit de OAS-security", () => {
    it("laat autorisaties.lezen lezen maar niet aanmaken", async () => {
      expect((await zgw.roep(lijst, "GET", "/applicaties", { token: lezer })).response.status).toBe(200);
      const { response, body } = await zgw.roep(maak, "POST", "/applicaties", { token: lezer, body: nieuw(["x-lezer"]) });
      expect(response.status).toBe(403);
      expect(body.code).toBe("permission_denied");
    });

    it("geeft een client zonder ac-autorisaties geen toegang", async () => {
      await registreerApplicatie(test.handle.db, { clientId: "zaken-app", secret: ZAAK_SECRET });
      const { body: gevonden } = await zgw.roep(consumer, "GET", "/applicaties/consumer?clientId=zaken-app", { token: beheer });
      const uuid = String(gevonden[0].url).split("/").pop()!;
      await zgw.roep(PATCH, "PATCH", `/applicaties/${uuid}`, {
        token: beheer,
        params: { uuid },
        body: { autorisaties: [{ component: "zrc", scopes: ["zaken.lezen"], zaaktype: ZAAKTYPE, maxVertrouwelijkheidaanduiding: "openbaar" }] },
      });
      const token = await maakZgwJwt("zaken-app", ZAAK_SECRET);
      expect((await zgw.roep(lijst, "GET", "/applicaties", { token })).response.status).toBe(403);
    });

    it("past een wijziging van autorisaties bij het volgende verzoek toe", async () => {
      await registreerApplicatie(test.handle.db, { clientId: "wissel", secret: "wissel-secret-0123456789", alleAutorisaties: true });
      const token = await maakZgwJwt("wissel", "wissel-secret-0123456789");
      expect((await zgw.roep(lijst, "GET", "/applicaties", { token })).response.status).toBe(200);
      const { body } = await zgw.roep(consumer, "GET", "/applicaties/consumer?clientId=wissel", { token: beheer });
      const uuid = String(body[0].url).split("/").pop()!;
      const gewijzigd = await zgw.roep(PATCH, "PATCH", `/applicaties/${uuid}`, {
        token: beheer,
        params: { uuid },
        body: { heeftAlleAutorisaties: false, autorisaties: [{ component: "ztc", scopes: ["catalogi.lezen"] }] },
      });
      expect(gewijzigd.response.status).toBe(200);
      expect((await zgw.roep(lijst, "GET", "/applicaties", { token })).response.status).toBe(403);
    });
  });

  describe("aanmaken, lezen, wijzigen, verwijderen", () => {
    it("maakt een applicatie aan (201, Location) en leest haar terug", async () => {
      const { response, body } = await zgw.roep(maak, "POST", "/applicaties", {
        token: beheer,
        body: {
          clientIds: ["crud-1", "crud-2"],
          label: "CRUD",
          autorisaties: [
            { component: "zrc", scopes: ["zaken.lezen", "zaken.bijwerken"], zaaktype: ZAAKTYPE, maxVertrouwelijkheidaanduiding: "intern" },
            { component: "ztc", scopes: ["catalogi.lezen"], zaaktype: ZAAKTYPE },
            { component: "brc", scopes: ["besluiten.lezen"], besluittype: "https://zac.test.example/catalogi/api/v1/besluittypen/1" },
          ],
        },
      });
      expect(response.status).toBe(201);
      expect(body.url).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/autorisaties/api/v1/applicaties/[0-9a-f-]{36}$`));
      expect(response.headers.get("Location")).toBe(body.url);
      expect(body).toMatchObject({ clientIds: ["crud-1", "crud-2"], label: "CRUD", heeftAlleAutorisaties: false });
      expect(body.autorisaties).toEqual([
        {
          component: "zrc",
          componentWeergave: "Zaakregistratiecomponent",
          scopes: ["zaken.lezen", "zaken.bijwerken"],
          zaaktype: ZAAKTYPE,
          maxVertrouwelijkheidaanduiding: "intern",
        },
        // Only the fields of the component: a ztc autorisatie has no zaaktype.
        { component: "ztc", componentWeergave: "Zaaktypecatalogus", scopes: ["catalogi.lezen"] },
        {
          component: "brc",
          componentWeergave: "Besluitregistratiecomponent",
          scopes: ["besluiten.lezen"],
          besluittype: "https://zac.test.example/catalogi/api/v1/besluittypen/1",
        },
      ]);
      const uuid = String(body.url).split("/").pop()!;
      const gelezen = await zgw.roep(lees, "GET", `/applicaties/${uuid}`, { token: lezer, params: { uuid } });
      expect(gelezen.response.status).toBe(200);
      expect(gelezen.body).toEqual(body);
    });

    it("vervangt met PUT en wijzigt deels met PATCH", async () => {
      const { body } = await zgw.roep(maak, "POST", "/applicaties", { token: beheer, body: nieuw(["wijzig-1"]) });
      const uuid = String(body.url).split("/").pop()!;
      const put = await zgw.roep(PUT, "PUT", `/applicaties/${uuid}`, {
        token: beheer,
        params: { uuid },
        body: { clientIds: ["wijzig-1", "wijzig-2"], label: "Vervangen", autorisaties: [{ component: "nrc", scopes: ["notificaties.consumeren"] }] },
      });
      expect(put.response.status).toBe(200);
      expect(put.body).toMatchObject({ clientIds: ["wijzig-1", "wijzig-2"], label: "Vervangen", heeftAlleAutorisaties: false });
      const patch = await zgw.roep(PATCH, "PATCH", `/applicaties/${uuid}`, { token: beheer, params: { uuid }, body: { label: "Alleen label" } });
      expect(patch.response.status).toBe(200);
      expect(patch.body.label).toBe("Alleen label");
      expect(patch.body.autorisaties).toEqual(put.body.autorisaties);
    });

    it("verwijdert (204) en geeft daarna 404", async () => {
      const { body } = await zgw.roep(maak, "POST", "/applicaties", { token: beheer, body: nieuw(["weg-1"]) });
      const uuid = String(body.url).split("/").pop()!;
      const weg = await zgw.roep(DELETE, "DELETE", `/applicaties/${uuid}`, { token: beheer, params: { uuid } });
      expect(weg.response.status).toBe(204);
      expect(weg.response.headers.get("API-version")).toBe("1.0.0");
      expect((await zgw.roep(lees, "GET", `/applicaties/${uuid}`, { token: beheer, params: { uuid } })).response.status).toBe(404);
      expect((await zgw.roep(DELETE, "DELETE", `/applicaties/${uuid}`, { token: beheer, params: { uuid } })).response.status).toBe(404);
      // The client id is free again after the applicatie is gone.
      expect((await zgw.roep(maak, "POST", "/applicaties", { token: beheer, body: nieuw(["weg-1"]) })).response.status).toBe(201);
    });

    it("geeft 404 voor een onbekende of misvormde uuid", async () => {
      for (const uuid of ["0b6c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e", "geen-uuid"]) {
        const { response, body } = await zgw.roep(lees, "GET", `/applicaties/${uuid}`, { token: beheer, params: { uuid } });
        expect(response.status).toBe(404);
        expect(body.code).toBe("not_found");
      }
      const put = await zgw.roep(PUT, "PUT", "/applicaties/0b6c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e", {
        token: beheer,
        params: { uuid: "0b6c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e" },
        body: nieuw(["nergens"]),
      });
      expect(put.response.status).toBe(404);
    });

    it("valideert de invoer volgens de OAS (invalidParams met veldpaden)", async () => {
      const { response, body } = await zgw.roep(maak, "POST", "/applicaties", {
        token: beheer,
        body: { clientIds: ["x".repeat(51)], autorisaties: [{ component: "xyz", scopes: [] }] },
      });
      expect(response.status).toBe(400);
      const namen = body.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`);
      expect(namen).toEqual(expect.arrayContaining(["clientIds.0:invalid", "label:required", "autorisaties.0.component:invalid"]));
    });

    it("weigert ander mediatype (415) en onleesbare JSON (400)", async () => {
      const tekst = await zgw.roep(maak, "POST", "/applicaties", { token: beheer, body: "label=x", headers: { "Content-Type": "text/plain" } });
      expect(tekst.response.status).toBe(415);
      const kapot = await zgw.roep(maak, "POST", "/applicaties", { token: beheer, body: "{kapot" });
      expect(kapot.response.status).toBe(400);
    });

    it("beantwoordt HEAD met de headers van GET, zonder body", async () => {
      const { response, body } = await zgw.roep(lijst, "HEAD", "/applicaties", { token: beheer, oas: false });
      expect(response.status).toBe(200);
      expect(response.headers.get("API-version")).toBe("1.0.0");
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(body).toBeUndefined();
    });

    it("geeft 406 als de client geen JSON accepteert", async () => {
      const { response } = await zgw.roep(lijst, "GET", "/applicaties", { token: beheer, headers: { Accept: "text/html" } });
      expect(response.status).toBe(406);
    });

    it("geeft nooit een secret terug", async () => {
      const { body } = await zgw.roep(lijst, "GET", "/applicaties", { token: beheer });
      const tekst = JSON.stringify(body);
      for (const secret of [BEHEER_SECRET, LEZER_SECRET, ZAAK_SECRET]) expect(tekst).not.toContain(secret);
      expect(tekst).not.toMatch(/secret/i);
    });
  });

  describe("ac-001: een client id hoort bij precies één applicatie", () => {
    it("staat unieke client ids toe", async () => {
      const { response } = await zgw.roep(maak, "POST", "/applicaties", { token: beheer, body: nieuw(["uniek-a", "uniek-b"]) });
      expect(response.status).toBe(201);
    });

    it("weigert een client id van een andere applicatie bij aanmaken en bij wijzigen", async () => {
      const dubbel = await zgw.roep(maak, "POST", "/applicaties", { token: beheer, body: nieuw(["uniek-b", "uniek-c"]) });
      expect(dubbel.response.status).toBe(400);
      expect(dubbel.body.invalidParams).toEqual([expect.objectContaining({ name: "clientIds", code: "clientId-exists" })]);

      const { body } = await zgw.roep(maak, "POST", "/applicaties", { token: beheer, body: nieuw(["uniek-d"]) });
      const uuid = String(body.url).split("/").pop()!;
      const patch = await zgw.roep(PATCH, "PATCH", `/applicaties/${uuid}`, { token: beheer, params: { uuid }, body: { clientIds: ["uniek-d", "uniek-a"] } });
      expect(patch.response.status).toBe(400);
      expect(patch.body.invalidParams[0].code).toBe("clientId-exists");
      // Its own client ids may stay.
      const eigen = await zgw.roep(PUT, "PUT", `/applicaties/${uuid}`, { token: beheer, params: { uuid }, body: nieuw(["uniek-d"]) });
      expect(eigen.response.status).toBe(200);
    });
  });

  describe("ac-002: alle autorisaties óf een lijst autorisaties", () => {
    it("staat heeftAlleAutorisaties zonder autorisaties toe, en autorisaties zonder heeftAlleAutorisaties", async () => {
      expect((await zgw.roep(maak, "POST", "/applicaties", { token: beheer, body: nieuw(["ac002-a"]) })).response.status).toBe(201);
      const met = await zgw.roep(maak, "POST", "/applicaties", {
        token: beheer,
        body: nieuw(["ac002-b"], { autorisaties: [{ component: "ztc", scopes: ["catalogi.lezen"] }] }),
      });
      expect(met.response.status).toBe(201);
    });

    it("weigert beide tegelijk en geen van beide", async () => {
      const beide = await zgw.roep(maak, "POST", "/applicaties", {
        token: beheer,
        body: nieuw(["ac002-c"], { heeftAlleAutorisaties: true, autorisaties: [{ component: "ztc", scopes: ["catalogi.lezen"] }] }),
      });
      expect(beide.response.status).toBe(400);
      expect(beide.body.invalidParams).toEqual([expect.objectContaining({ name: "nonFieldErrors", code: "ambiguous-authorizations-specified" })]);
      for (const extra of [{}, { heeftAlleAutorisaties: false, autorisaties: [] }]) {
        const geen = await zgw.roep(maak, "POST", "/applicaties", { token: beheer, body: nieuw(["ac002-d"], extra) });
        expect(geen.response.status).toBe(400);
        expect(geen.body.invalidParams).toEqual([expect.objectContaining({ name: "nonFieldErrors", code: "missing-authorizations" })]);
      }
    });
  });

  describe("ac-003: getypeerde autorisaties hebben hun type en max. vertrouwelijkheid", () => {
    it("staat volledige zrc-, drc- en brc-autorisaties toe", async () => {
      const { response } = await zgw.roep(maak, "POST", "/applicaties", {
        token: beheer,
        body: nieuw(["ac003-a"], {
          autorisaties: [
            { component: "zrc", scopes: ["zaken.lezen"], zaaktype: ZAAKTYPE, maxVertrouwelijkheidaanduiding: "geheim" },
            { component: "drc", scopes: ["documenten.lezen"], informatieobjecttype: `${TEST_PUBLIC_URL}/iot/1`, maxVertrouwelijkheidaanduiding: "openbaar" },
            { component: "brc", scopes: ["besluiten.lezen"], besluittype: `${TEST_PUBLIC_URL}/bt/1` },
            // Without that API's scopes nothing is required.
            { component: "zrc", scopes: ["notificaties.consumeren"] },
          ],
        }),
      });
      expect(response.status).toBe(201);
    });

    it("weigert ontbrekende zaaktype/informatieobjecttype/besluittype en max. vertrouwelijkheid", async () => {
      const { response, body } = await zgw.roep(maak, "POST", "/applicaties", {
        token: beheer,
        body: nieuw(["ac003-b"], {
          autorisaties: [
            { component: "zrc", scopes: ["zaken.lezen"] },
            { component: "drc", scopes: ["documenten.lezen"], informatieobjecttype: `${TEST_PUBLIC_URL}/iot/1` },
            { component: "brc", scopes: ["besluiten.lezen"] },
          ],
        }),
      });
      expect(response.status).toBe(400);
      expect(body.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`).sort()).toEqual([
        "autorisaties.0.maxVertrouwelijkheidaanduiding:required",
        "autorisaties.0.zaaktype:required",
        "autorisaties.1.maxVertrouwelijkheidaanduiding:required",
        "autorisaties.2.besluittype:required",
      ]);
    });
  });

  describe("lijst, filter, paginering en query-parameters", () => {
    beforeAll(async () => {
      // 105 more applicaties, straight into the tables (faster than 105 POSTs).
      await test.handle.db.transaction(async (tx) => {
        for (let i = 0; i < 105; i++) {
          await bewaarApplicatie(tx, {
            uuid: crypto.randomUUID(),
            clientIds: [`bulk-${i}`, `bulk-extra-${i}`],
            label: `Bulk ${i}`,
            heeftAlleAutorisaties: true,
            autorisaties: [],
          });
        }
      });
    });

    it("pagineert per 100 met absolute next/previous", async () => {
      const eerste = await zgw.roep(lijst, "GET", "/applicaties", { token: beheer });
      expect(eerste.response.status).toBe(200);
      expect(eerste.body.count).toBeGreaterThan(105);
      expect(eerste.body.results).toHaveLength(100);
      expect(eerste.body.previous).toBeNull();
      expect(eerste.body.next).toBe(`${TEST_PUBLIC_URL}/autorisaties/api/v1/applicaties?page=2`);
      const tweede = await zgw.roep(lijst, "GET", "/applicaties?page=2", { token: beheer });
      expect(tweede.body.results.length).toBe(eerste.body.count - 100);
      expect(tweede.body.next).toBeNull();
      expect(tweede.body.previous).toBe(`${TEST_PUBLIC_URL}/autorisaties/api/v1/applicaties`);
      const urls = new Set([...eerste.body.results, ...tweede.body.results].map((a: { url: string }) => a.url));
      expect(urls.size).toBe(eerste.body.count);
    });

    it("filtert op clientIds (alle opgegeven ids)", async () => {
      const een = await zgw.roep(lijst, "GET", "/applicaties?clientIds=bulk-3", { token: beheer });
      expect(een.body.count).toBe(1);
      expect(een.body.results[0].clientIds).toEqual(["bulk-3", "bulk-extra-3"]);
      const twee = await zgw.roep(lijst, "GET", "/applicaties?clientIds=bulk-extra-3,bulk-3", { token: beheer });
      expect(twee.body.count).toBe(1);
      expect((await zgw.roep(lijst, "GET", "/applicaties?clientIds=bulk-3,bulk-4", { token: beheer })).body.count).toBe(0);
    });

    it("geeft 400 bij onbekende of ongeldige parameters en een niet-bestaande pagina", async () => {
      const onbekend = await zgw.roep(lijst, "GET", "/applicaties?label=x", { token: beheer });
      expect(onbekend.response.status).toBe(400);
      expect(onbekend.body.invalidParams).toEqual([expect.objectContaining({ name: "nonFieldErrors", code: "unknown-parameters" })]);
      const pagina = await zgw.roep(lijst, "GET", "/applicaties?page=nul", { token: beheer });
      expect(pagina.response.status).toBe(400);
      expect(pagina.body.invalidParams[0].name).toBe("page");
      const teVer = await zgw.roep(lijst, "GET", "/applicaties?page=9", { token: beheer });
      expect(teVer.response.status).toBe(400);
    });
  });

  describe("consumer", () => {
    it("geeft de applicatie van een client id, met autorisaties", async () => {
      const { response, body } = await zgw.roep(consumer, "GET", "/applicaties/consumer?clientId=lezer", { token: lezer });
      expect(response.status).toBe(200);
      expect(body).toHaveLength(1);
      expect(body[0]).toMatchObject({ clientIds: ["lezer"], label: "Lezer", autorisaties: [{ component: "ac", scopes: ["autorisaties.lezen"] }] });
    });

    it("geeft 404 voor een onbekende client id", async () => {
      const { response } = await zgw.roep(consumer, "GET", "/applicaties/consumer?clientId=niemand", { token: beheer });
      expect(response.status).toBe(404);
    });

    it("eist clientId (400, ValidatieFout)", async () => {
      const { response, body } = await zgw.roep(consumer, "GET", "/applicaties/consumer", { token: beheer, oas: false });
      expect(response.status).toBe(400);
      zgw.validator.controleerSchema("ValidatieFout", body);
      expect(body.invalidParams[0].name).toBe("clientId");
    });
  });
});
