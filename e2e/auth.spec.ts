import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { DEMO_GEBRUIKERS, idpVan, logIn, sessie, vulInlogformulier } from "./support/auth";
import { KEYCLOAK_ISSUER, zetToegangstokenLevensduur } from "./support/keycloak";

// Every test starts logged out (other projects may share a logged-in storage state).
test.use({ storageState: { cookies: [], origins: [] } });

test.describe("login", () => {
  test("a page without session sends the browser to the identity provider's login", async ({ page }, testInfo) => {
    await page.goto("/zaken");
    await expect(page).toHaveURL(/\/realms\/zaakafhandelcomponent\/.*/);
    if (idpVan(testInfo) === "ingebouwd") {
      await expect(page.locator("html")).toHaveAttribute("lang", "nl");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen");
      await expectNoAxeViolations(page);
    } else {
      await expect(page.locator("#username")).toBeVisible();
    }
  });

  test("an API call without session gets 401 problem+json", async ({ request }) => {
    const antwoord = await request.get("/api/zaken");
    expect(antwoord.status()).toBe(401);
    expect(antwoord.headers()["content-type"]).toContain("application/problem+json");
    expect(await antwoord.json()).toMatchObject({ status: 401, code: "not_authenticated" });
  });

  test("a wrong password is refused and the user stays on the login page", async ({ page }, testInfo) => {
    const idp = idpVan(testInfo);
    await page.goto("/");
    await vulInlogformulier(page, idp, "behandelaar1", "fout-wachtwoord");
    await expect(page).toHaveURL(/\/realms\/zaakafhandelcomponent\//);
    if (idp === "ingebouwd") await expect(page.getByRole("alert")).toContainText("Onjuiste gebruikersnaam of wachtwoord");
  });

  for (const demo of DEMO_GEBRUIKERS) {
    test(`${demo.gebruiker} logs in and sees name and roles`, async ({ page }, testInfo) => {
      await logIn(page, idpVan(testInfo), demo.gebruiker, "/zaken");
      await expect(page).toHaveURL(/\/zaken$/);
      const banner = page.getByRole("banner");
      await expect(banner.getByTestId("gebruiker-naam")).toHaveText(`Ingelogd als ${demo.naam}`);
      await expect(banner.getByTestId("gebruiker-rollen")).toHaveText(`Rollen: ${demo.rollen}`);
      const s = await sessie(page);
      expect(s.gebruiker?.id).toBe(demo.gebruiker);
      // The browser sees user fields, never tokens.
      expect(JSON.stringify(s)).not.toMatch(/eyJ|refresh|idToken/i);
      const cookies = await page.context().cookies();
      const sessieCookie = cookies.find((c) => c.name.includes("session-token"));
      expect(sessieCookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    });
  }

  test("geenrechten1 logs in but gets the Dutch 403 page, and 403 on API calls", async ({ page }, testInfo) => {
    await logIn(page, idpVan(testInfo), "geenrechten1");
    const antwoord = await page.goto("/zaken");
    expect(antwoord?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expect(page.getByRole("main")).toContainText("voor geen enkel zaaktype een rol");
    await expect(page.getByRole("banner").getByTestId("gebruiker-naam")).toContainText("Gijs Geenrechten");
    await expectNoAxeViolations(page);
    const api = await page.request.get("/api/zaken");
    expect(api.status()).toBe(403);
    expect(api.headers()["content-type"]).toContain("application/problem+json");
    expect(await api.json()).toMatchObject({ status: 403, code: "permission_denied", reden: "geen-leesrol" });
  });

  test("domeinbehandelaar1 has no functional roles, so in PABC mode no access", async ({ page }, testInfo) => {
    await logIn(page, idpVan(testInfo), "domeinbehandelaar1");
    const antwoord = await page.goto("/");
    expect(antwoord?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  });

  test("beheer needs the beheerder right", async ({ page, browser }, testInfo) => {
    const idp = idpVan(testInfo);
    await logIn(page, idp, "behandelaar1");
    const geweigerd = await page.goto("/beheer");
    expect(geweigerd?.status()).toBe(403);
    await expect(page.getByRole("main")).toContainText("Beheer is alleen voor functioneel beheerders");

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const beheerder = await context.newPage();
    await logIn(beheerder, idp, "beheerder1");
    const toegestaan = await beheerder.goto("/beheer");
    expect(toegestaan?.status()).toBe(200);
    await expect(beheerder.getByRole("heading", { level: 1 })).toHaveText("Beheer");
    await context.close();
  });
});

test.describe("logout", () => {
  test("ends the session at the identity provider too: a new visit asks to log in again", async ({ page }, testInfo) => {
    const idp = idpVan(testInfo);
    await logIn(page, idp, "raadpleger1");
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/uitgelogd$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Je bent uitgelogd");
    expect((await sessie(page)).gebruiker).toBeUndefined();
    // Without the IdP logout, the IdP's own session would log us in again silently.
    await page.goto("/");
    await expect(page).toHaveURL(/\/realms\/zaakafhandelcomponent\//);
    if (idp === "keycloak") await expect(page.locator("#username")).toBeVisible();
    else await expect(page.getByLabel("Gebruikersnaam")).toBeVisible();
  });
});

test.describe("token refresh", () => {
  test("an expired access token is refreshed without the user noticing", async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const idp = idpVan(testInfo);
    // The built-in provider of this project issues 20 s tokens (ZAC_IDP_ACCESS_TOKEN_TTL);
    // Keycloak gets the same lifetime through its admin API for this test.
    if (idp === "keycloak") await zetToegangstokenLevensduur(20);
    try {
      await logIn(page, idp, "behandelaar1");
      const voor = (await sessie(page)).tokenVerlooptOp;
      expect(voor).toBeGreaterThan(0);
      expect(voor! - Date.now() / 1000).toBeLessThanOrEqual(25);
      // Wait until the access token has expired.
      await page.waitForTimeout(Math.max(0, (voor! + 2) * 1000 - Date.now()));
      const antwoord = await page.goto("/taken");
      expect(antwoord?.status()).toBe(200);
      await expect(page).toHaveURL(/\/taken$/);
      await expect(page.getByRole("banner").getByTestId("gebruiker-naam")).toHaveText("Ingelogd als Bas Behandelaar");
      const na = (await sessie(page)).tokenVerlooptOp;
      expect(na).toBeGreaterThan(voor!);
      expect(na! * 1000).toBeGreaterThan(Date.now());
      // A second expiry, now on an API call: the built-in provider returns the same refresh
      // token, which must reach it again (not a cached outcome of the first refresh), and the
      // route handlers must be able to refresh after other routes (the logout) did discovery.
      await page.waitForTimeout(Math.max(0, (na! + 2) * 1000 - Date.now()));
      const api = await page.request.get("/api/werklijsten/mijn-zaken");
      expect(api.status()).toBe(200);
      const daarna = (await sessie(page)).tokenVerlooptOp;
      expect(daarna).toBeGreaterThan(na!);
      expect(daarna! * 1000).toBeGreaterThan(Date.now());
    } finally {
      if (idp === "keycloak") await zetToegangstokenLevensduur(300);
    }
  });
});

test.describe("Keycloak admin client", () => {
  test("lists groups, members and the groups of a role with a client-credentials token", async ({}, testInfo) => {
    test.skip(idpVan(testInfo) !== "keycloak", "against the built-in provider this is a unit test (lib/auth/ingebouwde-idp)");
    const { createKeycloakAdminClient } = await import("../lib/auth/keycloak-admin");
    const { authInstellingen } = await import("../lib/auth/instellingen");
    const { parseConfig } = await import("../lib/config");
    const realm = (await import("../lib/auth/realm")).demoRealm();
    const secret = (id: string) => realm.clients.find((c) => c.clientId === id)?.secret ?? "";
    const admin = createKeycloakAdminClient(
      authInstellingen(
        parseConfig({
          KEYCLOAK_ISSUER: KEYCLOAK_ISSUER,
          KEYCLOAK_CLIENT_SECRET: secret("zaakafhandelcomponent"),
          KEYCLOAK_ADMIN_CLIENT_SECRET: secret("zaakafhandelcomponent-admin"),
        }),
      ),
    );
    const groepen = await admin.groepen();
    expect(groepen.map((g) => g.naam)).toEqual(expect.arrayContaining(["raadplegers", "behandelaars-vergunningen", "geen-rechten"]));
    const vergunningen = groepen.find((g) => g.naam === "behandelaars-vergunningen");
    expect((await admin.groepLeden(vergunningen?.id ?? "")).map((u) => u.gebruikersnaam)).toEqual(["behandelaar1"]);
    expect((await admin.groepenMetRol("zac_beheerder")).map((g) => g.naam)).toEqual(["beheerders"]);
  });
});
