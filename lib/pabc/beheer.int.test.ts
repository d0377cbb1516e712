import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing/test-database";
import {
  domeinToevoegen,
  domeinVerwijderen,
  domeinWijzigen,
  entiteitTypeToevoegen,
  entiteitTypeVerwijderen,
  entiteitTypeWijzigen,
  functioneleRolToevoegen,
  functioneleRolVerwijderen,
  functioneleRolWijzigen,
  mappingToevoegen,
  mappingVerwijderen,
  mappingWijzigen,
  pabcOverzicht,
  type PabcBeheerContext,
} from "./beheer";
import { databaseOpslag, datasetOmvang, herlaadDataset } from "./database";
import { demoPabcDataset } from "./seed";

// Runs in integration-pglite and integration-postgres: beheer of the built-in PABC on the demo dataset.
describe(`beheer van de ingebouwde PABC op ${process.env.ZAC_TEST_DB}`, () => {
  let test: TestDatabase;
  let ctx: PabcBeheerContext;

  beforeAll(async () => {
    test = await createTestDatabase();
    await herlaadDataset(test.handle.db, demoPabcDataset());
    ctx = { db: test.handle.db, extern: false };
  });
  afterAll(async () => {
    await test?.dispose();
  });

  const overzicht = () => pabcOverzicht(ctx);
  const domeinId = async (naam: string) => (await overzicht()).domeinen.find((d) => d.naam === naam)!.id;
  const typeId = async (naam: string) => (await overzicht()).entiteitTypen.find((e) => e.naam === naam)!.id;
  const appRolId = async (naam: string) => (await overzicht()).applicaties[0]!.rollen.find((r) => r.naam === naam)!.id;

  it("lists the demo dataset with usage counts", async () => {
    const o = await overzicht();
    expect(o.extern).toBe(false);
    expect(o.applicaties).toEqual([
      expect.objectContaining({ naam: "zaakafhandelcomponent", vast: true, rollen: expect.arrayContaining([expect.objectContaining({ naam: "behandelaar" })]) }),
    ]);
    expect(o.applicaties[0]!.rollen).toHaveLength(5);
    expect(o.functioneleRollen).toHaveLength(6);
    expect(o.functioneleRollen.find((r) => r.naam === "zac_coordinator_vergunningen")?.mappings).toBe(2);
    const vergunningen = o.domeinen.find((d) => d.naam === "Vergunningen")!;
    expect(vergunningen.entiteitTypen.map((e) => e.naam)).toEqual(["Evenementenvergunning", "Melding klein kansspel", "Omgevingsvergunning"]);
    expect(vergunningen.mappings).toBe(3);
    expect(o.mappings).toHaveLength(7);
    expect(o.mappings.filter((m) => m.bereik === "alle").map((m) => m.functioneleRol.naam).sort()).toEqual([
      "zac_beheerder",
      "zac_raadpleger",
      "zac_recordmanager",
    ]);
  });

  describe("functionele rollen", () => {
    it("adds a role and refuses a name that differs only in case (409, Dutch)", async () => {
      const { id } = await functioneleRolToevoegen(ctx, { naam: "zac_test_rol" });
      expect((await overzicht()).functioneleRollen.find((r) => r.id === id)).toMatchObject({ naam: "zac_test_rol", mappings: 0 });
      await expect(functioneleRolToevoegen(ctx, { naam: "ZAC_Test_Rol" })).rejects.toMatchObject({
        code: "conflict",
        detail: 'Er bestaat al een functionele rol met de naam "ZAC_Test_Rol".',
      });
      // Renaming to its own name (another case) is no conflict with itself.
      await functioneleRolWijzigen(ctx, id, { naam: "ZAC_test_rol" });
      await expect(functioneleRolWijzigen(ctx, id, { naam: "zac_raadpleger" })).rejects.toMatchObject({ code: "conflict" });
      await functioneleRolVerwijderen(ctx, id);
      expect((await overzicht()).functioneleRollen).toHaveLength(6);
    });

    it("refuses invalid names with Dutch field messages (400)", async () => {
      await expect(functioneleRolToevoegen(ctx, { naam: "  " })).rejects.toMatchObject({
        code: "invalid",
        invalidParams: [expect.objectContaining({ name: "naam", reason: "Vul een naam in." })],
      });
      await expect(functioneleRolToevoegen(ctx, { naam: "met spatie" })).rejects.toMatchObject({
        code: "invalid",
        invalidParams: [expect.objectContaining({ reason: "Een functionele rol heeft geen spaties (zoals in Keycloak)." })],
      });
    });

    it("refuses to delete a role that still has mappings", async () => {
      const rol = (await overzicht()).functioneleRollen.find((r) => r.naam === "zac_raadpleger")!;
      await expect(functioneleRolVerwijderen(ctx, rol.id)).rejects.toMatchObject({
        code: "conflict",
        detail: 'De functionele rol "zac_raadpleger" heeft nog 1 mapping. Verwijder die eerst.',
      });
      expect((await overzicht()).functioneleRollen).toHaveLength(6);
    });

    it("answers 404 for an unknown id", async () => {
      await expect(functioneleRolWijzigen(ctx, randomUUID(), { naam: "x_y" })).rejects.toMatchObject({ code: "not_found" });
      await expect(functioneleRolVerwijderen(ctx, randomUUID())).rejects.toMatchObject({ code: "not_found" });
    });
  });

  describe("mappings", () => {
    it("a new mapping grants the role on the domain's zaaktypen through the PABC API; duplicates are refused", async () => {
      const { id: rolId } = await functioneleRolToevoegen(ctx, { naam: "zac_mapping_test" });
      const invoer = { functioneleRolId: rolId, applicatieRolId: await appRolId("behandelaar"), bereik: "domein" as const, domeinId: await domeinId("Sociaal domein") };
      const { id } = await mappingToevoegen(ctx, invoer);

      const regels = await databaseOpslag(test.handle.db).rolRegels(["zac_mapping_test"]);
      expect(regels.map((r) => `${r.applicatieRol}:${r.entiteitType?.id}`).sort()).toEqual([
        "behandelaar:Bijzondere bijstand",
        "behandelaar:Schuldhulpverlening",
        "behandelaar:Wmo-maatwerkvoorziening",
      ]);
      expect((await overzicht()).mappings.find((m) => m.id === id)).toMatchObject({
        functioneleRol: { naam: "zac_mapping_test" },
        applicatieRol: { naam: "behandelaar", applicatie: "zaakafhandelcomponent" },
        bereik: "domein",
        domein: { naam: "Sociaal domein" },
      });

      await expect(mappingToevoegen(ctx, invoer)).rejects.toMatchObject({
        code: "conflict",
        detail: 'Deze mapping bestaat al: "zac_mapping_test" krijgt al de applicatierol "behandelaar" voor het domein "Sociaal domein".',
      });

      // Edit: all zaaktypen instead of one domain.
      await mappingWijzigen(ctx, id, { ...invoer, bereik: "alle", domeinId: undefined });
      expect(await databaseOpslag(test.handle.db).rolRegels(["zac_mapping_test"])).toHaveLength(6);

      await mappingVerwijderen(ctx, id);
      expect(await databaseOpslag(test.handle.db).rolRegels(["zac_mapping_test"])).toEqual([]);
      await functioneleRolVerwijderen(ctx, rolId);
      await expect(mappingVerwijderen(ctx, id)).rejects.toMatchObject({ code: "not_found" });
    });

    it("checks the scope and the references", async () => {
      const rol = (await overzicht()).functioneleRollen[0]!;
      const applicatieRolId = await appRolId("raadpleger");
      await expect(mappingToevoegen(ctx, { functioneleRolId: rol.id, applicatieRolId, bereik: "domein" })).rejects.toMatchObject({
        code: "invalid",
        invalidParams: [expect.objectContaining({ name: "domeinId", reason: "Kies een domein." })],
      });
      await expect(
        mappingToevoegen(ctx, { functioneleRolId: rol.id, applicatieRolId, bereik: "alle", domeinId: await domeinId("Vergunningen") }),
      ).rejects.toMatchObject({ code: "invalid", invalidParams: [expect.objectContaining({ name: "domeinId" })] });
      await expect(mappingToevoegen(ctx, { functioneleRolId: randomUUID(), applicatieRolId, bereik: "geen" })).rejects.toMatchObject({
        code: "invalid",
        invalidParams: [expect.objectContaining({ name: "functioneleRolId", reason: "Deze functionele rol bestaat niet (meer)." })],
      });
      expect((await overzicht()).mappings).toHaveLength(7);
    });
  });

  describe("domeinen", () => {
    it("adds, edits and deletes a domain with its zaaktypen; names are unique case-insensitively", async () => {
      const omgeving = await typeId("Omgevingsvergunning");
      const { id } = await domeinToevoegen(ctx, { naam: "Testdomein", omschrijving: "Voor de test", entiteitTypen: [omgeving, omgeving] });
      let domein = (await overzicht()).domeinen.find((d) => d.id === id)!;
      expect(domein.entiteitTypen.map((e) => e.naam)).toEqual(["Omgevingsvergunning"]);

      await expect(domeinToevoegen(ctx, { naam: "testDOMEIN" })).rejects.toMatchObject({
        code: "conflict",
        detail: 'Er bestaat al een domein met de naam "testDOMEIN".',
      });
      await expect(domeinWijzigen(ctx, id, { naam: "Vergunningen" })).rejects.toMatchObject({ code: "conflict" });

      await domeinWijzigen(ctx, id, { naam: "Testdomein 2", entiteitTypen: [await typeId("Schuldhulpverlening")] });
      domein = (await overzicht()).domeinen.find((d) => d.id === id)!;
      expect(domein).toMatchObject({ naam: "Testdomein 2", omschrijving: "" });
      expect(domein.entiteitTypen.map((e) => e.naam)).toEqual(["Schuldhulpverlening"]);

      await expect(domeinWijzigen(ctx, id, { naam: "Testdomein 2", entiteitTypen: [randomUUID()] })).rejects.toMatchObject({
        code: "invalid",
        invalidParams: [expect.objectContaining({ name: "entiteitTypen" })],
      });
      // The failed edit changed nothing (one transaction).
      expect((await overzicht()).domeinen.find((d) => d.id === id)!.entiteitTypen).toHaveLength(1);

      await domeinVerwijderen(ctx, id);
      expect((await overzicht()).domeinen).toHaveLength(2);
      await expect(domeinVerwijderen(ctx, id)).rejects.toMatchObject({ code: "not_found" });
    });

    it("refuses to delete a domain in use by mappings (409, Dutch) and keeps everything", async () => {
      const voor = await datasetOmvang(test.handle.db);
      await expect(domeinVerwijderen(ctx, await domeinId("Vergunningen"))).rejects.toMatchObject({
        code: "conflict",
        status: 409,
        detail: 'Het domein "Vergunningen" wordt nog gebruikt in 3 mappings. Verwijder of wijzig die eerst.',
      });
      expect(await datasetOmvang(test.handle.db)).toEqual(voor);
    });
  });

  describe("entiteittypen", () => {
    it("adds and edits a zaaktype; (type, omschrijving) is unique; one in a domain cannot be deleted", async () => {
      const { id } = await entiteitTypeToevoegen(ctx, { entiteitTypeId: "Testzaaktype", naam: "Testzaaktype" });
      expect((await overzicht()).entiteitTypen.find((e) => e.id === id)).toMatchObject({ type: "zaaktype", uri: null, domeinen: [] });
      await expect(entiteitTypeToevoegen(ctx, { entiteitTypeId: "omgevingsvergunning", naam: "Dubbel" })).rejects.toMatchObject({
        code: "conflict",
        detail: 'Er bestaat al een zaaktype met de omschrijving "omgevingsvergunning".',
      });
      await expect(entiteitTypeToevoegen(ctx, { entiteitTypeId: "X", naam: "X", uri: "geen-url" })).rejects.toMatchObject({
        code: "invalid",
        invalidParams: [expect.objectContaining({ name: "uri", reason: "Vul een geldige URL in (https://…)." })],
      });
      await entiteitTypeWijzigen(ctx, id, { entiteitTypeId: "Testzaaktype", naam: "Testzaaktype (nieuw)", uri: "https://example.org/zt/1" });
      expect((await overzicht()).entiteitTypen.find((e) => e.id === id)).toMatchObject({ naam: "Testzaaktype (nieuw)", uri: "https://example.org/zt/1" });

      const { id: domein } = await domeinToevoegen(ctx, { naam: "Met testzaaktype", entiteitTypen: [id] });
      await expect(entiteitTypeVerwijderen(ctx, id)).rejects.toMatchObject({
        code: "conflict",
        detail: 'Het zaaktype "Testzaaktype (nieuw)" hoort nog bij het domein "Met testzaaktype". Haal het daar eerst uit.',
      });
      await domeinVerwijderen(ctx, domein);
      await entiteitTypeVerwijderen(ctx, id);
      expect((await overzicht()).entiteitTypen).toHaveLength(6);
    });
  });

  it("with an external PABC shows nothing and changes nothing", async () => {
    const extern = { ...ctx, extern: true };
    expect(await pabcOverzicht(extern)).toEqual({ extern: true, applicaties: [], functioneleRollen: [], entiteitTypen: [], domeinen: [], mappings: [] });
    const voor = await datasetOmvang(test.handle.db);
    await expect(functioneleRolToevoegen(extern, { naam: "zac_extern" })).rejects.toMatchObject({ code: "conflict" });
    await expect(domeinVerwijderen(extern, await domeinId("Sociaal domein"))).rejects.toMatchObject({ code: "conflict" });
    expect(await datasetOmvang(test.handle.db)).toEqual(voor);
  });
});
