import { expect, test, type Page } from "@playwright/test";
import { idpVan } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { alsGebruiker, werklijstRijen } from "./support/zaakafhandeling";

/**
 * Issue 8: the personal dashboard (cards added, removed, reordered with the keyboard, stored per
 * user) and signaleringen (coordinator1 assigns a zaak to behandelaar1 through the proxy; it shows
 * on behandelaar1's dashboard with the dot on the home link). axe on every page visited.
 */

async function kaartVolgorde(page: Page): Promise<string[]> {
  return page.locator("[data-kaart]").evaluateAll((els) => els.map((e) => e.getAttribute("data-kaart") ?? ""));
}

async function wachtTotGeladen(page: Page) {
  await expect(page.getByText(/laden…/i)).toHaveCount(0, { timeout: 30_000 });
}

test.describe("dashboard", () => {
  test("a card can be added, removed and reordered with the keyboard, and the layout survives a reload", async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const page = await alsGebruiker(browser, idpVan(testInfo), "raadpleger1", "/");
    // Start from the default layout (the user's own row).
    const standaard = ["mijn-zaken", "mijn-taken", "zaak_op_naam", "taak_op_naam", "zaak_document_toegevoegd"];
    expect((await page.request.put("/api/dashboard", { data: { kaarten: standaard } })).status()).toBe(200);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welkom bij de zaakafhandelcomponent");
    await expect.poll(() => kaartVolgorde(page)).toEqual(standaard);
    await wachtTotGeladen(page);
    await expectNoAxeViolations(page);

    // Remove "Mijn taken".
    await page.getByRole("button", { name: "Mijn taken verwijderen", exact: true }).click();
    await expect.poll(() => kaartVolgorde(page)).toEqual(["mijn-zaken", "zaak_op_naam", "taak_op_naam", "zaak_document_toegevoegd"]);
    await expect(page.getByRole("status").filter({ hasText: "Mijn taken is van je dashboard gehaald." })).toBeAttached();

    // Add "Mijn taken die verlopen": it comes last.
    await page.getByLabel("Kaart", { exact: true }).selectOption({ label: "Mijn taken die verlopen" });
    await page.getByRole("button", { name: "Toevoegen" }).click();
    await expect.poll(() => kaartVolgorde(page)).toEqual(["mijn-zaken", "zaak_op_naam", "taak_op_naam", "zaak_document_toegevoegd", "taak_verlopend"]);

    // Move it up twice with the keyboard; focus stays on the moved card's button.
    const omhoog = page.getByRole("button", { name: "Mijn taken die verlopen naar boven" });
    await omhoog.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => kaartVolgorde(page)).toEqual(["mijn-zaken", "zaak_op_naam", "taak_op_naam", "taak_verlopend", "zaak_document_toegevoegd"]);
    await expect(omhoog).toBeFocused();
    await page.keyboard.press("Enter");
    const verwacht = ["mijn-zaken", "zaak_op_naam", "taak_verlopend", "taak_op_naam", "zaak_document_toegevoegd"];
    await expect.poll(() => kaartVolgorde(page)).toEqual(verwacht);
    await expect(page.getByRole("status").filter({ hasText: "Mijn taken die verlopen staat nu op plaats 3 van 5." })).toBeAttached();
    // And one down with a click.
    const eind = ["mijn-zaken", "taak_verlopend", "zaak_op_naam", "taak_op_naam", "zaak_document_toegevoegd"];
    // The save of exactly this layout (saves run one at a time, in click order).
    const opgeslagen = page.waitForResponse(
      (r) => r.url().endsWith("/api/dashboard") && r.request().method() === "PUT" && JSON.stringify((r.request().postDataJSON() as { kaarten: string[] }).kaarten) === JSON.stringify(eind),
    );
    await page.getByRole("button", { name: "Zaken op mijn naam naar beneden" }).click();
    expect((await opgeslagen).status()).toBe(200);
    await expect.poll(() => kaartVolgorde(page)).toEqual(eind);
    await expect(page.getByRole("button", { name: "Mijn zaken naar boven", exact: true })).toBeDisabled();

    // Stored per user: a reload shows the same order.
    await page.reload();
    await expect.poll(() => kaartVolgorde(page)).toEqual(eind);
    await wachtTotGeladen(page);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  test("a zaak assigned by coordinator1 shows on behandelaar1's dashboard, with the dot on the home link until seen", async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const coordinator = await alsGebruiker(browser, idpVan(testInfo), "coordinator1", "/zaken");
    // A domain-A zaak not assigned to behandelaar1 yet; from the end of the list, away from other suites' zaken.
    const { rijen } = await werklijstRijen(coordinator.request, "zaken-werkvoorraad", { sort: "identificatie", order: "desc", pageSize: "50" });
    const zaak = rijen.find((r) => r.magToekennen && (r as { behandelaarId?: string | null }).behandelaarId !== "behandelaar1");
    expect(zaak, "een zaak die coordinator1 aan behandelaar1 kan toekennen").toBeDefined();
    const toegekend = await coordinator.request.post(`/api/zaken/${zaak!.uuid}/toekennen`, { data: { groep: null, behandelaar: "behandelaar1", reden: "E2E signalering" } });
    expect(toegekend.status()).toBe(204);
    await coordinator.context().close();

    const page = await alsGebruiker(browser, idpVan(testInfo), "behandelaar1", "/zaken/mijn");
    const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
    // Make sure the card is on the dashboard (the default layout has it).
    expect((await page.request.get("/api/dashboard")).status()).toBe(200);
    const stip = nav.getByTestId("nieuw-stip");
    await expect(stip).toBeVisible({ timeout: 30_000 });
    await expect(nav.getByRole("link", { name: /Dashboard\s*,\s*nieuwe signaleringen/ })).toBeVisible();
    await wachtTotGeladen(page);
    await expectNoAxeViolations(page);

    await nav.getByRole("link", { name: /^Dashboard/ }).click();
    await expect(page).toHaveURL("/");
    const kaart = page.locator('[data-kaart="zaak_op_naam"]');
    const item = kaart.getByRole("listitem").filter({ hasText: zaak!.identificatie });
    await expect(item).toBeVisible({ timeout: 30_000 });
    await expect(item).toContainText("Nieuw");
    await expect(item.getByRole("link", { name: zaak!.identificatie })).toHaveAttribute("href", `/zaken/${zaak!.uuid}`);
    // Shown = seen: the dot goes away.
    await expect(stip).toHaveCount(0, { timeout: 15_000 });
    await wachtTotGeladen(page);
    await expectNoAxeViolations(page);

    // After a reload the signalering is still there, no longer new.
    await page.reload();
    await expect(kaart.getByRole("listitem").filter({ hasText: zaak!.identificatie })).toBeVisible({ timeout: 30_000 });
    await expect(kaart.getByRole("listitem").filter({ hasText: zaak!.identificatie })).not.toContainText("Nieuw");
    await expect(stip).toHaveCount(0);
    await page.context().close();
  });

  test("the signaleringen settings can be changed and are kept", async ({ browser }, testInfo) => {
    const page = await alsGebruiker(browser, idpVan(testInfo), "raadpleger1", "/instellingen/signaleringen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Signaleringen instellen");
    const vinkje = page.getByRole("checkbox", { name: "Taken op mijn naam op dashboard" });
    await expect(vinkje).toBeChecked();
    // No SMTP in the e2e app: e-mail is offered disabled, with the reason.
    await expect(page.getByRole("checkbox", { name: "Taken op mijn naam per e-mail" })).toBeDisabled();
    await expect(page.getByText("E-mail is op deze omgeving niet ingesteld")).toBeVisible();
    await expectNoAxeViolations(page);
    await vinkje.uncheck();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Je instellingen zijn opgeslagen." })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Taken op mijn naam op dashboard" })).not.toBeChecked();
    await page.getByRole("checkbox", { name: "Taken op mijn naam op dashboard" }).check();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Je instellingen zijn opgeslagen." })).toBeVisible();
    await page.context().close();
  });
});
