import { expect, test } from "@playwright/test";
import { logIn } from "./support/auth";

// Runs in the "domeinmodus" project: the app with IAM_MODUS=domein and the built-in provider.
test.use({ storageState: { cookies: [], origins: [] } });

test("domain-role mode: domeinbehandelaar1 logs in with client roles and the system role", async ({ page }) => {
  await logIn(page, "ingebouwd", "domeinbehandelaar1", "/zaken");
  const antwoord = await page.goto("/zaken");
  expect(antwoord?.status()).toBe(200);
  await expect(page.getByRole("banner").getByTestId("gebruiker-naam")).toHaveText("Ingelogd als Dewi Domeinbehandelaar");
  await expect(page.getByRole("banner").getByTestId("gebruiker-rollen")).toHaveText("Rollen: behandelaar");
});

test("domain-role mode: a user without client roles gets the 403 page", async ({ page }) => {
  await logIn(page, "ingebouwd", "behandelaar1");
  const antwoord = await page.goto("/zaken");
  expect(antwoord?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
});
