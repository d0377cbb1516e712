import { test as setup } from "@playwright/test";
import { logIn } from "./auth";

/**
 * Logs in once as beheerder1 (via the built-in provider) and saves the session, so the other
 * end-to-end tests of the "chromium" project open pages as a logged-in user with every right.
 */
export const INGELOGD_BESTAND = ".cache/e2e-auth/beheerder1.json";

setup("inloggen als beheerder1", async ({ page }) => {
  await logIn(page, "ingebouwd", "beheerder1");
  await page.context().storageState({ path: INGELOGD_BESTAND });
});
