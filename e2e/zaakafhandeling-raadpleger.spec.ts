import { expect, test } from "@playwright/test";
import { idpVan } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { ACTIE_KNOPPEN, alsGebruiker, werklijstRijen } from "./support/zaakafhandeling";

/**
 * Issue 7, role suite "raadpleger": raadpleger1 reads zaken but is offered no action anywhere
 * (absent, not disabled), and the proxy refuses the actions with 403 without changing anything.
 */
test.describe("raadpleger1", () => {
  test("sees werklijsten and a zaak, but no action", async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const page = await alsGebruiker(browser, idpVan(testInfo), "raadpleger1", "/zaken");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaken-werkvoorraad");
    await expect(page.getByTestId("aantal-resultaten")).toContainText("gevonden", { timeout: 30_000 });
    await expect(page.getByRole("button", { name: /Ken .* aan mij toe/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    const { rijen } = await werklijstRijen(page.request, "zaken-werkvoorraad", { pageSize: "10" });
    expect(rijen.length, "de demodata heeft open zaken voor raadpleger1").toBeGreaterThan(0);
    expect(rijen.every((r) => r.magToekennen === false)).toBe(true);
    const zaak = rijen[0]!;

    await page.goto(`/zaken/${zaak.uuid}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Zaak ${zaak.identificatie}`);
    await expect(page.getByTestId("zaak-acties")).toHaveCount(0);
    await expectNoAxeViolations(page);
    const main = page.getByRole("main");
    for (const tab of await page.getByRole("tab").all()) {
      await tab.click();
      await expect(page.getByRole("tabpanel")).toBeVisible();
      for (const naam of ACTIE_KNOPPEN) await expect(main.getByRole("button", { name: naam, exact: true })).toHaveCount(0);
    }
    await expectNoAxeViolations(page);

    // BSNs are masked in the proxy's answer, not only on screen.
    const detail = await page.request.get(`/api/zaken/${zaak.uuid}`);
    expect(detail.status()).toBe(200);
    const json = (await detail.json()) as { rechten: Record<string, boolean>; rollen: { betrokkeneType: string; identificatie: string | null }[] };
    expect(Object.entries(json.rechten).filter(([recht, ja]) => ja && recht !== "lezen").map(([r]) => r)).toEqual([]);
    for (const rol of json.rollen.filter((r) => r.betrokkeneType === "natuurlijk_persoon" && r.identificatie)) {
      expect(rol.identificatie).toMatch(/^\*+\d{4}$/);
    }

    // Zaak starten offers nothing to start.
    await page.goto("/zaken/starten");
    await expect(page.getByText("Je mag geen zaken starten.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Zaak starten" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Taken en documenten: nothing to assign.
    await page.goto("/taken");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Taken-werkvoorraad");
    await expect(page.getByTestId("aantal-resultaten")).toContainText("gevonden", { timeout: 30_000 });
    await expect(page.getByRole("button", { name: /aan mij toe/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  test("gets 403 problem+json from the proxy for actions, and nothing changes", async ({ browser }, testInfo) => {
    const page = await alsGebruiker(browser, idpVan(testInfo), "raadpleger1", "/");
    const { rijen } = await werklijstRijen(page.request, "zaken-werkvoorraad", { pageSize: "10" });
    expect(rijen.length, "de demodata heeft open zaken voor raadpleger1").toBeGreaterThan(0);
    const zaak = rijen[0]!;
    const voor = await (await page.request.get(`/api/zaken/${zaak.uuid}`)).json();

    const pogingen: { method: "POST" | "PATCH"; pad: string; data: unknown }[] = [
      { method: "POST", pad: `/api/zaken/${zaak.uuid}/toekennen`, data: { aanMij: true } },
      { method: "PATCH", pad: `/api/zaken/${zaak.uuid}`, data: { omschrijving: "gewijzigd door raadpleger", reden: "test" } },
      { method: "POST", pad: `/api/zaken/${zaak.uuid}/opschorten`, data: { reden: "test", duurDagen: 5 } },
      { method: "POST", pad: `/api/zaken/${zaak.uuid}/notities`, data: { tekst: "notitie van raadpleger" } },
      { method: "POST", pad: `/api/zaken/${zaak.uuid}/taken`, data: { gegevens: { taaktype: "advies_intern", vraag: "?" } } },
    ];
    for (const p of pogingen) {
      const antwoord = await page.request.fetch(p.pad, { method: p.method, data: p.data });
      expect(antwoord.status(), `${p.method} ${p.pad}`).toBe(403);
      expect(antwoord.headers()["content-type"]).toMatch(/^application\/problem\+json/);
    }
    const na = await (await page.request.get(`/api/zaken/${zaak.uuid}`)).json();
    expect(na).toEqual(voor);
    await page.context().close();
  });
});
