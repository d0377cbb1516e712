import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/** The menu as rendered: each section, with its werklijsten indented under it (components/shell/navigatie.ts). */
const NAVIGATIE = [
  { label: "Dashboard", href: "/" },
  { label: "Zaken", href: "/zaken" },
  { label: "Mijn zaken", href: "/zaken/mijn" },
  { label: "Afgehandelde zaken", href: "/zaken/afgehandeld" },
  { label: "Zaak starten", href: "/zaken/starten" },
  { label: "Taken", href: "/taken" },
  { label: "Mijn taken", href: "/taken/mijn" },
  { label: "Documenten", href: "/documenten" },
  { label: "Ontkoppelde documenten", href: "/documenten/ontkoppeld" },
  { label: "Zoeken", href: "/zoeken" },
  { label: "Beheer", href: "/beheer" },
] as const;

/** Each page the menu leads to, with its real h1 and title (werklijsten have their own names). */
const PAGINAS = [
  { label: "Zaken", href: "/zaken", kop: "Zaken-werkvoorraad" },
  { label: "Mijn zaken", href: "/zaken/mijn", kop: "Mijn zaken" },
  { label: "Afgehandelde zaken", href: "/zaken/afgehandeld", kop: "Afgehandelde zaken" },
  { label: "Zaak starten", href: "/zaken/starten", kop: "Zaak starten" },
  { label: "Taken", href: "/taken", kop: "Taken-werkvoorraad" },
  { label: "Mijn taken", href: "/taken/mijn", kop: "Mijn taken" },
  { label: "Documenten", href: "/documenten", kop: "Inbox documenten" },
  { label: "Ontkoppelde documenten", href: "/documenten/ontkoppeld", kop: "Ontkoppelde documenten" },
  { label: "Zoeken", href: "/zoeken", kop: "Zoeken" },
  { label: "Beheer", href: "/beheer", kop: "Beheer" },
] as const;

/** The top-level sections (their link stays un-current on a sub-page of another section). */
const SECTIES = ["/", "/zaken", "/taken", "/documenten", "/zoeken", "/beheer"];

test.describe("home page", () => {
  test("shows the Dutch welcome heading, title and lang", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page).toHaveTitle("Zaakafhandelcomponent");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welkom bij de zaakafhandelcomponent");
    await expect(page.getByRole("banner").getByRole("link", { name: "Zaakafhandelcomponent" })).toHaveAttribute("href", "/");
    // Logged in as beheerder1 (the "inloggen" set-up project of playwright.config.ts).
    await expect(page.getByRole("banner")).toContainText("Bert Beheerder");
  });

  test("skip link is the first tab stop and moves focus to main", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Naar hoofdinhoud" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    await expect(page.getByRole("main")).toHaveAttribute("id", "hoofdinhoud");
  });

  test("keyboard focus is clearly visible", async ({ page }) => {
    await page.goto("/");
    // Skip link, app name, the logout button, then the first menu item.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const dashboard = page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Dashboard" });
    await expect(dashboard).toBeFocused();
    const outline = await dashboard.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).toBe("solid");
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test("main navigation lists the sections and their werklijsten, with Dashboard current", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
    const links = nav.getByRole("link");
    await expect(links).toHaveText(NAVIGATIE.map((n) => n.label));
    for (const item of NAVIGATIE) {
      const link = nav.getByRole("link", { name: item.label, exact: true });
      await expect(link).toHaveAttribute("href", item.href);
      // Sub-links sit in a nested list under their section.
      if (!SECTIES.includes(item.href)) await expect(nav.locator("ul ul").getByRole("link", { name: item.label, exact: true })).toHaveCount(1);
      if (item.href === "/") await expect(link).toHaveAttribute("aria-current", "page");
      else await expect(link).not.toHaveAttribute("aria-current", /.*/);
    }
  });

  test("has no horizontal overflow at 1024x768 and keeps the menu usable", async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto("/");
    const maten = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(maten.scrollWidth).toBeLessThanOrEqual(maten.clientWidth);
    const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
    for (const item of NAVIGATIE) {
      await expect(nav.getByRole("link", { name: item.label, exact: true })).toBeInViewport();
    }
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  });

  test("has no axe violations (WCAG 2.2 AA)", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("has no axe violations at 1024x768", async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("section pages", () => {
  for (const item of PAGINAS) {
    test(`${item.label}: reachable from the menu, marked current, no axe violations`, async ({ page }) => {
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
      await nav.getByRole("link", { name: item.label, exact: true }).click();
      await expect(page).toHaveURL(item.href);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(item.kop);
      await expect(page).toHaveTitle(`${item.kop} | Zaakafhandelcomponent`);
      if ("inAanbouw" in item) await expect(page.getByRole("main")).toContainText("Deze pagina is nog in aanbouw.");
      else await expect(page.getByRole("main")).not.toContainText("Deze pagina is nog in aanbouw.");
      // Only the link of this page is current (a sub-page does not mark its section too).
      await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
      await expect(nav.getByRole("link", { name: item.label, exact: true })).toHaveAttribute("aria-current", "page");
      await expect(nav.getByRole("link", { name: "Dashboard", exact: true })).not.toHaveAttribute("aria-current", /.*/);
      // Let werklijsten finish loading (no "Laden" busy region left) before axe looks at the page.
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

    test(`${item.label}: direct load returns 200`, async ({ page }) => {
      const response = await page.goto(item.href);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(item.kop);
    });
  }
});

test("unknown page shows the Dutch 404 inside the shell", async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await expect(page.getByRole("navigation", { name: "Hoofdnavigatie" })).toBeVisible();
  await expectNoAxeViolations(page);
});
