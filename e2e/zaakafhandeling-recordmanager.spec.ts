import { expect, test, type Page } from "@playwright/test";
import { idpVan } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { alsGebruiker, kiesEersteOptie, verwachtResultaat, werklijstRijen } from "./support/zaakafhandeling";

/**
 * Issue 7, role suite "recordmanager": recordmanager1 reopens a closed zaak. When the demo data
 * has no closed zaak, the suite first closes one through the proxy (as recordmanager1, who may).
 */
async function geslotenZaak(page: Page): Promise<{ uuid: string; identificatie: string }> {
  const gesloten = await werklijstRijen(page.request, "afgehandelde-zaken", { pageSize: "10" });
  if (gesloten.rijen[0]) return gesloten.rijen[0];
  const open = await werklijstRijen(page.request, "zaken-werkvoorraad", { pageSize: "10" });
  const zaak = open.rijen[0];
  expect(zaak, "er is geen zaak om af te handelen").toBeDefined();
  const opties = (await (await page.request.get(`/api/zaken/${zaak!.uuid}/opties`)).json()) as { resultaattypen: { url: string }[] };
  const afhandelen = await page.request.post(`/api/zaken/${zaak!.uuid}/afhandelen`, { data: { resultaattype: opties.resultaattypen[0]?.url } });
  expect(afhandelen.status()).toBeLessThan(300);
  return zaak!;
}

test.describe("recordmanager1", () => {
  test("reopens a closed zaak", async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const page = await alsGebruiker(browser, idpVan(testInfo), "recordmanager1", "/zaken/afgehandeld");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afgehandelde zaken");
    await expectNoAxeViolations(page);
    const zaak = await geslotenZaak(page);

    await page.goto(`/zaken/${zaak.uuid}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Zaak ${zaak.identificatie}`);
    await expect(page.getByTestId("zaak-status")).toContainText("afgehandeld");
    // Closed: afhandelen is absent, heropenen is offered.
    await expect(page.getByRole("button", { name: "Afhandelen", exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Heropenen" }).click();
    const dialoog = page.getByRole("dialog", { name: "Zaak heropenen" });
    await dialoog.getByRole("button", { name: "Heropenen" }).click();
    await expect(dialoog.getByLabel("Reden")).toHaveAttribute("aria-invalid", "true");
    await expect(dialoog.getByText("Dit veld is verplicht.")).toBeVisible();
    await expectNoAxeViolations(page);
    await dialoog.getByLabel("Reden").fill("Bezwaar gegrond verklaard");
    await dialoog.getByRole("button", { name: "Heropenen" }).click();
    await verwachtResultaat(page, "is heropend");
    await expect(page.getByTestId("zaak-status")).not.toContainText("afgehandeld");
    await expect(page.getByRole("button", { name: "Heropenen" })).toHaveCount(0);
    // A reopened zaak may not be verlengd or opgeschort (matrix), so those stay absent.
    await expect(page.getByRole("button", { name: "Verlengen", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Opschorten", exact: true })).toHaveCount(0);
    await page.getByRole("tab", { name: "Historie" }).click();
    await expect(page.getByRole("tabpanel")).toContainText("Roos Recordmanager");
    await expectNoAxeViolations(page);

    // And close it again, so the data stays as it was for other suites.
    await page.getByRole("button", { name: "Afhandelen", exact: true }).click();
    await kiesEersteOptie(page, "Resultaat");
    await page.getByRole("dialog", { name: "Zaak afhandelen" }).getByRole("button", { name: "Afhandelen" }).click();
    await verwachtResultaat(page, "is afgehandeld");
    await page.context().close();
  });
});
