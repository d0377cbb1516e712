import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { logIn, type Idp } from "./auth";

/**
 * Helpers for the case-handling suites (issue 7): a fresh browser context per demo user, and
 * calls to the app's own proxy endpoints (never a ZGW API) to find test data.
 */

export async function alsGebruiker(browser: Browser, idp: Idp, gebruiker: string, pad = "/"): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await logIn(page, idp, gebruiker, pad);
  return page;
}

export interface ZaakRijE2E {
  uuid: string;
  identificatie: string;
  zaaktype: string;
  magToekennen: boolean;
}

/** Rows of a werklijst through the proxy, as the given page's user. */
export async function werklijstRijen(request: APIRequestContext, lijst: string, query: Record<string, string | string[]> = {}): Promise<{ count: number; rijen: ZaakRijE2E[] }> {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const w of Array.isArray(v) ? v : [v]) p.append(k, w);
  const antwoord = await request.get(`/api/werklijsten/${lijst}${p.size ? `?${p}` : ""}`);
  expect(antwoord.status(), `werklijst ${lijst}`).toBe(200);
  return (await antwoord.json()) as { count: number; rijen: ZaakRijE2E[] };
}

/** Today's calendar date in Europe/Amsterdam (yyyy-MM-dd), for date inputs. */
export function vandaag(): string {
  const d = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date());
  const w = (t: string) => d.find((p) => p.type === t)?.value ?? "";
  return `${w("year")}-${w("month")}-${w("day")}`;
}

/** Picks the first real option (not the "Maak een keuze" placeholder) of a select. */
export async function kiesEersteOptie(page: Page, label: string | RegExp, binnen = page.locator("dialog[open]")): Promise<string> {
  const select = binnen.getByLabel(label);
  await expect(select.locator("option").nth(1)).toBeAttached();
  const waarde = await select.locator("option").nth(1).getAttribute("value");
  await select.selectOption(waarde ?? "");
  return waarde ?? "";
}

/** Expects the page-wide result message (role=status) to contain `tekst`. */
export async function verwachtResultaat(page: Page, tekst: string | RegExp): Promise<void> {
  await expect(page.getByTestId("resultaatmelding")).toContainText(tekst);
}

/** The names of the buttons zaak actions may carry (for the raadpleger's "nothing offered"). */
export const ACTIE_KNOPPEN = [
  "Toekennen",
  "Status wijzigen",
  "Gegevens wijzigen",
  "Opschorten",
  "Hervatten",
  "Verlengen",
  "Doorlooptijd wijzigen",
  "Afhandelen",
  "Afbreken",
  "Heropenen",
  "Initiator toevoegen",
  "Betrokkene toevoegen",
  "Document toevoegen",
  "Besluit vastleggen",
  "Taak starten",
  "Notitie toevoegen",
  "Zaak koppelen",
  "Ken aan mij toe",
  "Verwijderen",
  "Ontkoppelen",
  "Wijzigen",
  "Intrekken",
] as const;
