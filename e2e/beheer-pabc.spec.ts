import { expect, test, type APIRequestContext } from "@playwright/test";
import { idpVan } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { alsGebruiker, verwachtResultaat } from "./support/zaakafhandeling";

/**
 * Issue 8, beheer of the built-in PABC. The mappings decide every demo user's rights, so this
 * suite only ADDS a functional role that no demo user has (plus its mapping) and removes both
 * again; it never changes existing data.
 */

interface Overzicht {
  functioneleRollen: { id: string; naam: string }[];
  mappings: { id: string; functioneleRol: { naam: string } }[];
}

/** Removes what the test created, also when it failed halfway. */
async function ruimOp(request: APIRequestContext, rolNaam: string) {
  const antwoord = await request.get("/api/beheer/pabc");
  if (antwoord.status() !== 200) return;
  const o = (await antwoord.json()) as Overzicht;
  for (const m of o.mappings.filter((m) => m.functioneleRol.naam === rolNaam)) await request.delete(`/api/beheer/pabc/mappings/${m.id}`);
  for (const r of o.functioneleRollen.filter((r) => r.naam === rolNaam)) await request.delete(`/api/beheer/pabc/functionele-rollen/${r.id}`);
}

test.describe("PABC-beheer", () => {
  test("beheerder1 adds a functional role and a mapping and sees it listed", async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const rol = `zac_e2e_${Date.now().toString(36)}`;
    const page = await alsGebruiker(browser, idpVan(testInfo), "beheerder1", "/beheer");
    try {
      await page.getByRole("link", { name: "Rollen en rechten (PABC)" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rollen en rechten (PABC)");
      await expect(page.getByText("bij de volgende keer inloggen")).toBeVisible();
      await expectNoAxeViolations(page);

      // A new functional role.
      await page.getByRole("link", { name: "Functionele rollen" }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Functionele rollen");
      await expect(page.locator("tr", { hasText: "zac_raadpleger" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByTestId("functionele-rol-toevoegen").click();
      const rolDialoog = page.locator("dialog[open]");
      await rolDialoog.getByLabel("Naam").fill("met spatie");
      await rolDialoog.getByRole("button", { name: "Opslaan" }).click();
      await expect(rolDialoog.getByText("Een functionele rol heeft geen spaties (zoals in Keycloak).")).toBeVisible();
      await expectNoAxeViolations(page);
      await rolDialoog.getByLabel("Naam").fill(rol);
      await rolDialoog.getByRole("button", { name: "Opslaan" }).click();
      await verwachtResultaat(page, "De functionele rol is toegevoegd.");
      await expect(page.locator("tr", { hasText: rol })).toBeVisible();

      // A mapping for it, opened and filled with the keyboard.
      await page.getByRole("link", { name: "Mappings" }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mappings");
      await expect(page.locator("tr", { hasText: "zac_coordinator_vergunningen" }).first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByTestId("mapping-toevoegen").focus();
      await page.keyboard.press("Enter");
      const dialoog = page.locator("dialog[open]");
      await expect(dialoog.getByLabel("Functionele rol")).toBeFocused();
      await dialoog.getByRole("button", { name: "Opslaan" }).click();
      await expect(dialoog.getByText("Dit veld is verplicht.").first()).toBeVisible();
      await dialoog.getByLabel("Functionele rol").selectOption({ label: rol });
      await dialoog.getByLabel("Applicatierol").selectOption({ label: "raadpleger" });
      await dialoog.getByLabel("Geldt voor").selectOption({ label: "Zaaktypen van één domein" });
      await dialoog.getByRole("button", { name: "Opslaan" }).click();
      await expect(dialoog.getByText("Kies een domein.")).toBeVisible();
      await dialoog.getByLabel("Domein").selectOption({ label: "Vergunningen" });
      await expectNoAxeViolations(page);
      await dialoog.getByRole("button", { name: "Opslaan" }).click();
      await verwachtResultaat(page, "De mapping is toegevoegd.");
      const rij = page.locator("tr", { hasText: rol });
      await expect(rij).toContainText("raadpleger");
      await expect(rij).toContainText("Domein Vergunningen");
      await expectNoAxeViolations(page);

      // A domain in use cannot be deleted: the Dutch 409 shows in the confirmation dialog.
      await page.getByRole("link", { name: "Domeinen" }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Domeinen");
      await page.locator("tr", { hasText: "Demodomein vergunningen" }).getByRole("button", { name: "Verwijderen" }).click();
      const bevestig = page.locator("dialog[open]");
      await expect(bevestig.getByText("Weet je zeker dat je het domein Vergunningen wilt verwijderen?")).toBeVisible();
      await bevestig.getByRole("button", { name: "Verwijderen" }).click();
      await expect(bevestig.getByRole("alert")).toContainText(/Het domein "Vergunningen" wordt nog gebruikt in \d+ mappings\./);
      await expectNoAxeViolations(page);
      await bevestig.getByRole("button", { name: "Annuleren" }).click();
      await expect(page.locator("dialog[open]")).toHaveCount(0);

      // Clean up through the UI: the mapping (confirmed), then the role.
      await page.getByRole("link", { name: "Mappings" }).first().click();
      await page.locator("tr", { hasText: rol }).getByRole("button", { name: "Verwijderen" }).click();
      await page.locator("dialog[open]").getByRole("button", { name: "Verwijderen" }).click();
      await verwachtResultaat(page, "is verwijderd.");
      await expect(page.locator("tr", { hasText: rol })).toHaveCount(0);
      await page.getByRole("link", { name: "Functionele rollen" }).first().click();
      await page.locator("tr", { hasText: rol }).getByRole("button", { name: "Verwijderen" }).click();
      await page.locator("dialog[open]").getByRole("button", { name: "Verwijderen" }).click();
      await expect(page.locator("tr", { hasText: rol })).toHaveCount(0);
    } finally {
      await ruimOp(page.request, rol);
      await page.context().close();
    }
  });

  test("behandelaar1 gets 403 on the page and the API", async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const page = await alsGebruiker(browser, idpVan(testInfo), "behandelaar1", "/");
    try {
      const pagina = await page.goto("/beheer/pabc/mappings");
      expect(pagina?.status()).toBe(403);
      await expect(page.getByTestId("mapping-toevoegen")).toHaveCount(0);
      await expectNoAxeViolations(page);

      const lezen = await page.request.get("/api/beheer/pabc");
      expect(lezen.status()).toBe(403);
      expect(lezen.headers()["content-type"]).toContain("application/problem+json");
      const schrijven = await page.request.post("/api/beheer/pabc/functionele-rollen", { data: { naam: "zac_stiekem" } });
      expect(schrijven.status()).toBe(403);
    } finally {
      await page.context().close();
    }
  });
});
