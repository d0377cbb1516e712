import { expect, type Page, type TestInfo } from "@playwright/test";

/** Which identity provider a project's app uses (set in playwright.config.ts project metadata). */
export type Idp = "ingebouwd" | "keycloak";

export function idpVan(testInfo: TestInfo): Idp {
  return testInfo.project.metadata.idp === "keycloak" ? "keycloak" : "ingebouwd";
}

/** The demo users of the realm file; password = username. Roles as the header shows them. */
export const DEMO_GEBRUIKERS = [
  { gebruiker: "raadpleger1", naam: "Rianne Raadpleger", rollen: "raadpleger" },
  { gebruiker: "behandelaar1", naam: "Bas Behandelaar", rollen: "behandelaar" },
  { gebruiker: "behandelaar2", naam: "Bente Behandelaar", rollen: "behandelaar" },
  { gebruiker: "coordinator1", naam: "Cor Coördinator", rollen: "behandelaar, coordinator" },
  { gebruiker: "recordmanager1", naam: "Roos Recordmanager", rollen: "recordmanager" },
  { gebruiker: "beheerder1", naam: "Bert Beheerder", rollen: "beheerder" },
] as const;

/** Fills in the login form of the identity provider the browser was sent to. */
export async function vulInlogformulier(page: Page, idp: Idp, gebruiker: string, wachtwoord = gebruiker): Promise<void> {
  await expect(page).toHaveURL(/\/realms\/zaakafhandelcomponent\//);
  if (idp === "keycloak") {
    await page.locator("#username").fill(gebruiker);
    await page.locator("#password").fill(wachtwoord);
    await page.locator("#kc-login").click();
  } else {
    await page.getByLabel("Gebruikersnaam").fill(gebruiker);
    await page.getByLabel("Wachtwoord").fill(wachtwoord);
    await page.getByRole("button", { name: "Inloggen" }).click();
  }
}

/** Opens `pad` in the app, logs in at the identity provider and waits until back in the app. */
export async function logIn(page: Page, idp: Idp, gebruiker: string, pad = "/"): Promise<void> {
  await page.goto(pad);
  await vulInlogformulier(page, idp, gebruiker);
  await page.waitForURL((url) => !url.pathname.startsWith("/realms/") && !url.pathname.startsWith("/api/auth/"));
}

export interface SessieInfo {
  gebruiker?: { id: string; naam: string };
  rollen?: string[];
  tokenVerlooptOp?: number;
}

/** The session as the browser may see it (no tokens). */
export async function sessie(page: Page): Promise<SessieInfo> {
  const antwoord = await page.request.get("/api/auth/session");
  expect(antwoord.ok()).toBe(true);
  return ((await antwoord.json()) ?? {}) as SessieInfo;
}
