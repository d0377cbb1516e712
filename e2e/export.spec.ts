import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { idpVan } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { alsGebruiker, werklijstRijen } from "./support/zaakafhandeling";

/**
 * Issue 8: CSV export of the werklijsten. beheerder1 (the only demo role with
 * werklijst.zaken_taken_exporteren) downloads the Zaken-werkvoorraad for the current filter;
 * a user without the right sees no button and gets 403 from the endpoint. axe on every page.
 */
test.describe("export", () => {
  test("beheerder1 exporteert de Zaken-werkvoorraad als CSV (BOM, kop, rijen van het filter)", async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const page = await alsGebruiker(browser, idpVan(testInfo), "beheerder1", "/zaken?sort=identificatie");
    await expect(page.getByTestId("aantal-resultaten")).toContainText("gevonden", { timeout: 30_000 });
    const { count, rijen } = await werklijstRijen(page.request, "zaken-werkvoorraad", { sort: "identificatie", pageSize: "10" });
    expect(count).toBeGreaterThan(0);
    const eerste = rijen[0]!;
    const knop = page.getByRole("link", { name: "Exporteren (CSV)" });
    await expect(knop).toBeVisible();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent("download"), knop.click()]);
    expect(download.suggestedFilename()).toMatch(/^zaken-werkvoorraad-\d{2}-\d{2}-\d{4}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
    expect(regels[0]).toBe("Zaak;Zaaktype;Omschrijving;Status;Startdatum;Registratiedatum;Streefdatum;Fatale datum;Einddatum;Groep;Behandelaar;Opgeschort");
    // Every row of the list, in the list's order (sorted on identificatie); dates dd-MM-yyyy.
    expect(regels).toHaveLength(count + 1);
    const cellen = regels[1]!.split(";");
    expect(cellen[0]).toBe(eerste.identificatie);
    expect(cellen[1]).toBe(eerste.zaaktype);
    expect(cellen[4]).toMatch(/^\d{2}-\d{2}-\d{4}$/);

    // With a filter: the export holds only what the filter shows.
    const filter = await werklijstRijen(page.request, "zaken-werkvoorraad", { zaaktype: eerste.zaaktype, pageSize: "10" });
    const gefilterd = await page.request.get(`/api/werklijsten/zaken-werkvoorraad/export?zaaktype=${encodeURIComponent(eerste.zaaktype)}`);
    expect(gefilterd.status()).toBe(200);
    const filterRegels = (await gefilterd.text()).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(filterRegels).toHaveLength(filter.count + 1);
    expect(filterRegels.slice(1).every((r) => r.split(";")[1] === eerste.zaaktype)).toBe(true);
    await page.context().close();
  });

  test("behandelaar1 ziet geen exportknop en krijgt 403 van het eindpunt", async ({ browser }, testInfo) => {
    const page = await alsGebruiker(browser, idpVan(testInfo), "behandelaar1", "/zaken");
    await expect(page.getByTestId("aantal-resultaten")).toContainText("gevonden", { timeout: 30_000 });
    await expect(page.getByRole("link", { name: "Exporteren (CSV)" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    const antwoord = await page.request.get("/api/werklijsten/zaken-werkvoorraad/export");
    expect(antwoord.status()).toBe(403);
    expect(antwoord.headers()["content-type"]).toContain("application/problem+json");
    expect(((await antwoord.json()) as { recht?: string }).recht).toBe("werklijst.zaken_taken_exporteren");
    await page.context().close();
  });
});
