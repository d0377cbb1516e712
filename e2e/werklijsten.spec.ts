import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/**
 * The werklijsten as beheerder1 (this project's logged-in user): every list page renders with a
 * count, sorting with aria-sort, filters in the URL, the column picker, page size and saved
 * searches; axe on every page.
 */
const LIJSTEN = [
  { pad: "/zaken", titel: "Zaken-werkvoorraad" },
  { pad: "/zaken/mijn", titel: "Mijn zaken" },
  { pad: "/zaken/afgehandeld", titel: "Afgehandelde zaken" },
  { pad: "/taken", titel: "Taken-werkvoorraad" },
  { pad: "/taken/mijn", titel: "Mijn taken" },
  { pad: "/documenten", titel: "Inbox documenten" },
  { pad: "/documenten/ontkoppeld", titel: "Ontkoppelde documenten" },
] as const;

test.describe("werklijsten", () => {
  for (const l of LIJSTEN) {
    test(`${l.titel}: renders with a count, no axe violations`, async ({ page }) => {
      await page.goto(l.pad);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.titel);
      await expect(page.getByTestId("aantal-resultaten")).toContainText("gevonden");
      await expect(page.getByRole("table")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("sorting sets aria-sort and the URL; the URL restores the view", async ({ page }) => {
    await page.goto("/zaken");
    await expect(page.getByTestId("aantal-resultaten")).toContainText("gevonden");
    const kop = page.getByRole("columnheader", { name: /Zaak/ }).first();
    await kop.getByRole("button").click();
    await expect(page).toHaveURL(/sort=identificatie/);
    await expect(kop).toHaveAttribute("aria-sort", "ascending");
    await kop.getByRole("button").click();
    await expect(page).toHaveURL(/order=desc/);
    await expect(kop).toHaveAttribute("aria-sort", "descending");
    const gedeeld = page.url();
    await page.goto("/");
    await page.goto(gedeeld);
    await expect(page.getByRole("columnheader", { name: /Zaak/ }).first()).toHaveAttribute("aria-sort", "descending");
  });

  test("a text filter goes into the URL and narrows the list; an unknown value shows the empty state", async ({ page }) => {
    await page.goto("/zaken");
    await page.getByRole("button", { name: /^Filters/ }).click();
    await page.getByRole("searchbox", { name: "Zaak" }).fill("bestaat-zeker-niet-0000");
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await expect(page).toHaveURL(/identificatie=bestaat-zeker-niet-0000/);
    await expect(page.getByTestId("aantal-resultaten")).toContainText("0 zaken gevonden");
    await expect(page.getByTestId("lege-lijst")).toContainText("Pas je filters aan");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Filters wissen" }).click();
    await expect(page).not.toHaveURL(/identificatie=/);
  });

  test("page size is remembered per user and list", async ({ page }) => {
    await page.goto("/taken");
    await page.getByLabel("Per pagina").selectOption("10");
    await expect(page).toHaveURL(/pageSize=10/);
    await page.goto("/taken");
    await expect(page.getByLabel("Per pagina")).toHaveValue("10");
    await page.getByLabel("Per pagina").selectOption("25");
  });

  test("the column picker hides a column and keeps it hidden", async ({ page }) => {
    await page.goto("/zaken");
    await expect(page.getByRole("columnheader", { name: "Groep" })).toBeVisible();
    await page.getByRole("button", { name: "Kolommen" }).click();
    // The choice is saved in the background; reload only after the server has it.
    const opgeslagen = page.waitForResponse((r) => r.url().endsWith("/api/werklijsten/zaken-werkvoorraad/instellingen") && r.request().method() === "PUT");
    await page.getByRole("checkbox", { name: "Groep" }).uncheck();
    await expect(page.getByRole("columnheader", { name: "Groep" })).toHaveCount(0);
    expect((await opgeslagen).status()).toBe(200);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaken-werkvoorraad");
    await expect(page.getByRole("columnheader", { name: "Groep" })).toHaveCount(0);
    await page.getByRole("button", { name: "Kolommen" }).click();
    await page.getByRole("button", { name: "Standaard herstellen" }).click();
    await expect(page.getByRole("columnheader", { name: "Groep" })).toBeVisible();
  });

  test("a saved search is offered again and restores its filters", async ({ page }) => {
    await page.goto("/zaken?sort=startdatum&order=asc");
    const naam = `Oudste eerst ${Date.now()}`;
    await page.getByRole("button", { name: "Zoekopdracht opslaan" }).click();
    await page.getByRole("dialog").getByLabel("Naam").fill(naam);
    await page.getByRole("dialog").getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByTestId("resultaatmelding")).toContainText("is opgeslagen");
    await page.goto("/zaken");
    await page.getByLabel("Zoekopdracht").selectOption({ label: naam });
    await expect(page).toHaveURL(/sort=startdatum/);
    await page.getByRole("button", { name: "Zoekopdracht verwijderen" }).click();
    await expect(page.getByTestId("resultaatmelding")).toContainText("verwijderd");
  });
});
