import { expect, test } from "@playwright/test";
import { DOMEIN_A, DOMEIN_B } from "@/lib/demo/domeinen";
import { idpVan } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { alsGebruiker, kiesEersteOptie, vandaag, verwachtResultaat, werklijstRijen } from "./support/zaakafhandeling";

/**
 * Issue 7, role suite "behandelaar": behandelaar1 (domain A, Vergunningen) does a zaak end to end
 * in the browser, and cannot open a domain-B zaak by URL. axe runs on every page visited.
 */

// A 1-page PDF (valid structure; small enough to inline).
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test.describe("behandelaar1", () => {
  test("starts a zaak, uploads a document, starts and finishes a taak, records a besluit and closes the zaak", async ({ browser }, testInfo) => {
    test.setTimeout(240_000);
    const page = await alsGebruiker(browser, idpVan(testInfo), "behandelaar1", "/zaken");

    // Werkvoorraad: a real list with a count and sortable headers.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaken-werkvoorraad");
    await expect(page.getByTestId("aantal-resultaten")).toContainText("gevonden", { timeout: 30_000 });
    await expectNoAxeViolations(page);

    // Zaak starten (only zaaktypen of domain A are offered).
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Zaak starten" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaak starten");
    const zaaktype = page.getByLabel("Zaaktype");
    const aangeboden = await zaaktype.locator("option").allTextContents();
    for (const b of DOMEIN_B.zaaktypen) expect(aangeboden).not.toContain(b);
    await zaaktype.selectOption({ label: DOMEIN_A.zaaktypen[0] });
    // Submitting empty required fields gives Dutch messages next to the fields.
    await page.getByRole("button", { name: "Zaak starten" }).click();
    await expect(page.getByLabel("Omschrijving")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    const omschrijving = `E2E dakkapel ${Date.now()}`;
    await page.getByLabel("Omschrijving").fill(omschrijving);
    await page.getByLabel("Soort initiator").selectOption("persoon");
    await page.getByLabel("BSN").fill("999993653");
    await page.getByLabel("Naam", { exact: true }).fill("Jan Jansen");
    await page.getByRole("button", { name: "Zaak starten" }).click();
    await page.waitForURL(/\/zaken\/[0-9a-f-]{36}$/);
    await verwachtResultaat(page, "is gestart");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Zaak ");
    await expect(page.getByText(omschrijving).first()).toBeVisible();
    const zaakUrl = page.url();
    await expectNoAxeViolations(page);

    // Toekennen aan mij.
    await page.getByRole("button", { name: "Toekennen", exact: true }).click();
    const toekennen = page.getByRole("dialog");
    await expect(toekennen.getByLabel("Aan mij")).toBeFocused();
    await expectNoAxeViolations(page);
    await toekennen.getByRole("button", { name: "Toekennen" }).click();
    await verwachtResultaat(page, "aan jou toegekend");
    await expect(page.getByTestId("zaak-behandelaar")).toHaveText("Bas Behandelaar");

    // Document uploaden (bestandsdelen + voortgang).
    await page.getByRole("tab", { name: /Documenten/ }).click();
    await page.getByRole("button", { name: "Document toevoegen" }).click();
    const upload = page.getByRole("dialog", { name: "Document toevoegen" });
    await upload.locator('input[type="file"]').setInputFiles({ name: "aanvraag.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect(upload.getByTestId("gekozen-bestand")).toContainText("aanvraag.pdf");
    await kiesEersteOptie(page, "Documenttype");
    await expectNoAxeViolations(page);
    await upload.getByRole("button", { name: "Uploaden" }).click();
    await verwachtResultaat(page, "is toegevoegd");
    await expect(page.getByRole("tabpanel").getByRole("link", { name: "aanvraag" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Document detail with inline preview.
    await page.getByRole("tabpanel").getByRole("link", { name: "aanvraag" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("aanvraag");
    await expect(page.getByRole("link", { name: "Downloaden" })).toBeVisible();
    await expectNoAxeViolations(page, { exclude: ["iframe"] });
    await page.goto(zaakUrl);

    // Taak starten (advies intern) and afronden.
    await page.getByRole("tab", { name: /Taken/ }).click();
    await page.getByRole("button", { name: "Taak starten" }).click();
    const taakDialoog = page.getByRole("dialog", { name: "Taak starten" });
    await taakDialoog.getByLabel("Soort taak").selectOption("advies_intern");
    await taakDialoog.getByRole("button", { name: "Taak starten" }).click();
    await expect(taakDialoog.getByLabel("Adviesvraag")).toHaveAttribute("aria-invalid", "true");
    await taakDialoog.getByLabel("Adviesvraag").fill("Past de dakkapel binnen het bestemmingsplan?");
    await expectNoAxeViolations(page);
    await taakDialoog.getByRole("button", { name: "Taak starten" }).click();
    await verwachtResultaat(page, "is gestart");
    await page.getByRole("tabpanel").getByRole("link", { name: /Advies intern/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Advies intern");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Afronden" }).click();
    const afronden = page.getByRole("dialog", { name: "Taak afronden" });
    await afronden.getByLabel("Advies", { exact: false }).first().selectOption("positief");
    await afronden.getByRole("button", { name: "Afronden" }).click();
    await verwachtResultaat(page, "is afgerond");
    await expect(page.getByTestId("taak-status")).toContainText("Afgerond");
    await page.goto(zaakUrl);

    // Out of intake: the policy grants "vastleggen besluit" only when the zaak is open, not in
    // intake and its zaaktype has besluittypen. The zaak loads client-side, so wait for it before
    // looking for the button (an instant isVisible() would skip this step on a page still loading).
    await expect(page.getByTestId("zaak-status")).toBeVisible();
    await expect(page.getByRole("tab", { name: /Besluiten/ })).toBeVisible();
    await page.getByRole("tab", { name: /Besluiten/ }).click();
    await expect(page.getByRole("tabpanel")).toBeVisible();
    // Still in intake: the button is absent.
    await expect(page.getByRole("button", { name: "Besluit vastleggen" })).toHaveCount(0);
    await page.getByRole("button", { name: "Status wijzigen" }).click();
    const statusDialoog = page.getByRole("dialog", { name: "Status wijzigen" });
    await statusDialoog.getByLabel("Nieuwe status").selectOption({ label: "In behandeling" });
    await statusDialoog.getByRole("button", { name: "Opslaan" }).click();
    await verwachtResultaat(page, "status is gewijzigd");
    await expect(page.getByTestId("zaak-status")).toContainText("In behandeling");

    // Besluit vastleggen.
    await page.getByRole("tab", { name: /Besluiten/ }).click();
    await page.getByRole("button", { name: "Besluit vastleggen" }).click();
    const besluit = page.getByRole("dialog", { name: "Besluit vastleggen" });
    await kiesEersteOptie(page, "Besluittype");
    await besluit.getByLabel("Besluitdatum").fill(vandaag());
    await besluit.getByLabel("Ingangsdatum").fill(vandaag());
    await expectNoAxeViolations(page);
    await besluit.getByRole("button", { name: "Opslaan" }).click();
    await verwachtResultaat(page, "besluit is vastgelegd");
    await expect(page.getByRole("tabpanel").getByRole("row")).toHaveCount(2);

    // Afhandelen.
    await page.getByRole("button", { name: "Afhandelen" }).click();
    const afhandelen = page.getByRole("dialog", { name: "Zaak afhandelen" });
    await kiesEersteOptie(page, "Resultaat");
    await afhandelen.getByRole("button", { name: "Afhandelen" }).click();
    await verwachtResultaat(page, "is afgehandeld");
    await expect(page.getByTestId("zaak-status")).toContainText("afgehandeld");
    // Closed: the behandelaar's open-zaak actions are gone (absent, not disabled).
    for (const naam of ["Afhandelen", "Opschorten", "Toekennen", "Gegevens wijzigen"]) {
      await expect(page.getByRole("button", { name: naam, exact: true })).toHaveCount(0);
    }
    await page.getByRole("tab", { name: "Historie" }).click();
    await expect(page.getByRole("tabpanel").getByRole("row").nth(1)).toBeVisible();
    await expectNoAxeViolations(page);

    // The zaak is in Afgehandelde zaken.
    await page.goto("/zaken/afgehandeld");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afgehandelde zaken");
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  test("cannot open a zaak of domain B by URL (page and proxy)", async ({ browser }, testInfo) => {
    // beheerder1 (reads every zaaktype) finds a domain-B zaak through the proxy, in a session of
    // its own: the project's stored session may be minutes old by now.
    const beheerder = await alsGebruiker(browser, idpVan(testInfo), "beheerder1", "/");
    const { rijen } = await werklijstRijen(beheerder.request, "zaken-werkvoorraad", { zaaktype: [...DOMEIN_B.zaaktypen], pageSize: "10" });
    await beheerder.context().close();
    expect(rijen.length, "de demodata heeft open zaken van domein B").toBeGreaterThan(0);
    const zaak = rijen[0]!;
    const page = await alsGebruiker(browser, idpVan(testInfo), "behandelaar1", "/");
    const api = await page.request.get(`/api/zaken/${zaak.uuid}`);
    expect(api.status()).toBe(403);
    expect(api.headers()["content-type"]).toMatch(/^application\/problem\+json/);
    const body = JSON.stringify(await api.json());
    expect(body).not.toContain(zaak.identificatie);

    await page.goto(`/zaken/${zaak.uuid}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang tot deze zaak");
    await expect(page.getByText(zaak.identificatie)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Nor does it appear in any of the behandelaar's lists.
    const eigen = await werklijstRijen(page.request, "zaken-werkvoorraad", { identificatie: zaak.identificatie });
    expect(eigen.rijen.map((r) => r.uuid)).not.toContain(zaak.uuid);
    await page.context().close();
  });
});
