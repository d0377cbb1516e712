import { expect, test } from "@playwright/test";
import { idpVan } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { alsGebruiker, verwachtResultaat, werklijstRijen } from "./support/zaakafhandeling";

/**
 * Issue 8 "Coordinators": bulk verdelen. coordinator1 verdeelt 25 zaken to a groep and a
 * medewerker in one opdracht (a background job) and sees the progress and the result per item,
 * also after a reload; behandelaar1 has no verdelen option and a direct POST gets 403.
 * axe on every page visited.
 */
test.describe("verdelen", () => {
  test("coordinator1 verdeelt 25 zaken aan een groep en een medewerker en ziet voortgang en resultaat", async ({ browser }, testInfo) => {
    test.setTimeout(240_000);
    const page = await alsGebruiker(browser, idpVan(testInfo), "coordinator1", "/zaken?pageSize=25");
    await expect(page.getByTestId("aantal-resultaten")).toContainText("gevonden", { timeout: 30_000 });
    // The demo data must give coordinator1 enough open zaken.
    const { count } = await werklijstRijen(page.request, "zaken-werkvoorraad", { pageSize: "10" });
    expect(count).toBeGreaterThanOrEqual(25);
    await expect(page.getByRole("checkbox", { name: /^Selecteer zaak / })).toHaveCount(25);
    await expectNoAxeViolations(page);

    // "Select all on this page", then the offer to take all N the filter matches (not taken here).
    await page.getByRole("checkbox", { name: "Selecteer alle regels op deze pagina" }).check();
    await expect(page.getByTestId("selectie-aantal")).toHaveText("25 zaken geselecteerd.");
    await page.getByRole("button", { name: `Selecteer alle ${count} zaken die aan het filter voldoen` }).click();
    await expect(page.getByTestId("selectie-aantal")).toHaveText(`Alle ${count} zaken die aan het filter voldoen zijn geselecteerd.`);
    await page.getByRole("checkbox", { name: "Selecteer alle regels op deze pagina" }).uncheck();
    await expect(page.getByTestId("selectie-aantal")).toContainText("Selecteer zaken");
    await page.getByRole("checkbox", { name: "Selecteer alle regels op deze pagina" }).check();
    await expect(page.getByTestId("selectie-aantal")).toHaveText("25 zaken geselecteerd.");
    // A zaak from the shown page (its checkbox names it).
    const eersteLabel = await page.getByRole("checkbox", { name: /^Selecteer zaak / }).first().getAttribute("aria-label");
    const eersteId = (eersteLabel ?? "").replace("Selecteer zaak ", "");

    // Verdelen: groep (only groups authorised for every selected zaaktype), medewerker, reden (required).
    await page.getByRole("button", { name: "Verdelen", exact: true }).click();
    const dialoog = page.getByRole("dialog");
    await expect(dialoog.getByRole("heading", { name: "25 zaken verdelen" })).toBeVisible();
    const groep = dialoog.getByLabel(/^Groep/);
    await expect(groep.locator("option[value='behandelaars-vergunningen']")).toBeAttached();
    await expect(groep.locator("option[value='behandelaars-sociaal']")).toHaveCount(0);
    await groep.selectOption("behandelaars-vergunningen");
    const medewerker = dialoog.getByLabel(/^Medewerker/);
    await expect(medewerker.locator("option[value='behandelaar1']")).toBeAttached();
    await medewerker.selectOption("behandelaar1");
    await dialoog.getByRole("button", { name: "Verdelen" }).click();
    await expect(dialoog.getByLabel(/^Reden/)).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    const reden = `E2E herverdeling ${Date.now()}`;
    await dialoog.getByLabel(/^Reden/).fill(reden);
    await dialoog.getByRole("button", { name: "Verdelen" }).click();
    await verwachtResultaat(page, "Verdelen van 25 zaken is gestart");

    // Progress from the server (polled), then the result.
    const opdracht = page.getByTestId("verdeel-opdracht").filter({ hasText: reden });
    await expect(opdracht).toContainText("Verdelen van 25 zaken naar groep behandelaars-vergunningen en medewerker behandelaar1");
    await expect(opdracht.getByRole("progressbar")).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(opdracht.getByTestId("verdeel-stand")).toContainText("Klaar: 25 gelukt, 0 overgeslagen, 0 mislukt", { timeout: 120_000 });

    // The progress area survives a reload; the result per item.
    await page.reload();
    const naReload = page.getByTestId("verdeel-opdracht").filter({ hasText: reden });
    await expect(naReload.getByTestId("verdeel-stand")).toContainText("Klaar: 25 gelukt");
    await naReload.getByRole("button", { name: "Toon resultaat per regel" }).click();
    await expect(naReload.getByTestId("verdeel-item")).toHaveCount(25);
    await expect(naReload.getByTestId("verdeel-item").first()).toContainText("Gelukt");
    await expectNoAxeViolations(page);

    // The zaken now have the groep and medewerker; the reden is in each zaak's historie.
    const na = await werklijstRijen(page.request, "zaken-werkvoorraad", { identificatie: eersteId });
    const eerste = na.rijen[0]!;
    expect(eerste).toMatchObject({ identificatie: eersteId, behandelaarId: "behandelaar1" });
    // A zaak that already had this groep and medewerker (e.g. made by another suite) is "gelukt"
    // without a write, so look for the reden in the historie of the zaken of the verdeelde page.
    const pagina = await werklijstRijen(page.request, "zaken-werkvoorraad", { sort: "startdatum", order: "desc", pageSize: "25" });
    let metReden = 0;
    for (const rij of pagina.rijen) {
      const historie = await page.request.get(`/api/zaken/${rij.uuid}/historie`);
      expect(historie.status()).toBe(200);
      if (JSON.stringify(await historie.json()).includes(reden)) metReden++;
    }
    expect(metReden).toBeGreaterThan(0);
    await page.context().close();
  });

  test("behandelaar1 heeft geen verdeeloptie en een directe POST krijgt 403", async ({ browser }, testInfo) => {
    const page = await alsGebruiker(browser, idpVan(testInfo), "behandelaar1", "/zaken");
    await expect(page.getByTestId("aantal-resultaten")).toContainText("gevonden", { timeout: 30_000 });
    await expect(page.getByRole("table")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Selecteer alle regels op deze pagina" })).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: /^Selecteer zaak / })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Verdelen", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Vrijgeven", exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto("/taken");
    await expect(page.getByTestId("aantal-resultaten")).toContainText("gevonden", { timeout: 30_000 });
    await expect(page.getByRole("checkbox", { name: "Selecteer alle regels op deze pagina" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Verdelen", exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);

    const { rijen } = await werklijstRijen(page.request, "zaken-werkvoorraad", { pageSize: "10" });
    const antwoord = await page.request.post("/api/verdelen", {
      data: { actie: "verdelen", lijst: "zaken-werkvoorraad", selectie: { ids: rijen.map((r) => r.uuid) }, groep: "behandelaars-vergunningen", reden: "mag niet" },
    });
    expect(antwoord.status()).toBe(403);
    expect(antwoord.headers()["content-type"]).toContain("application/problem+json");
    expect(await antwoord.json()).toMatchObject({ recht: "werklijst.zaken_taken_verdelen" });
    const alle = await page.request.post("/api/verdelen", { data: { actie: "vrijgeven", lijst: "taken-werkvoorraad", selectie: { filter: "" }, reden: "mag niet" } });
    expect(alle.status()).toBe(403);
    // Nothing was started for this user.
    expect(await (await page.request.get("/api/verdelen")).json()).toEqual([]);
    await page.context().close();
  });
});
