import { expect, test } from "@playwright/test";
import { DEMO_NIET_INGERICHT_ZAAKTYPE, DOMEIN_A } from "@/lib/demo/domeinen";
import { idpVan } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { alsGebruiker, vandaag, verwachtResultaat } from "./support/zaakafhandeling";

/**
 * Issue 8, zaakafhandelparameters (acceptance item 4): beheerder1 takes the demo zaaktype that
 * has no parameters from "niet ingericht" to usable in the UI, behandelaar1 cannot change them
 * through the API, and a zaak of that type gets the configured standaardgroep; its taak starten
 * offers only the enabled taaktype with the configured doorlooptijd. axe on every page.
 */

const ZAAKTYPE = DEMO_NIET_INGERICHT_ZAAKTYPE.omschrijving;
const GROEP = "behandelaars-vergunningen";
const API = `/api/beheer/zaakafhandelparameters/${encodeURIComponent(ZAAKTYPE)}`;

function plusDagen(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

test.describe("zaakafhandelparameters", () => {
  test("beheerder1 makes a zaaktype usable; behandelaar1 may not change it and starts a zaak with its standaardgroep", async ({ browser }, testInfo) => {
    test.setTimeout(240_000);
    const beheerder = await alsGebruiker(browser, idpVan(testInfo), "beheerder1", "/beheer");

    // Beheer start page links to both pages.
    await expect(beheerder.getByRole("link", { name: "Inrichtingscheck" })).toBeVisible();
    await expectNoAxeViolations(beheerder);
    await beheerder.getByRole("link", { name: "Inrichtingscheck" }).click();
    await expect(beheerder.getByRole("heading", { level: 1 })).toHaveText("Inrichtingscheck");
    const item = beheerder.getByTestId("inrichting-zaaktype").filter({ has: beheerder.getByRole("heading", { name: ZAAKTYPE }) });
    await expect(item).toContainText("Niet ingericht", { timeout: 30_000 });
    await expect(item).toContainText("Er zijn nog geen zaakafhandelparameters vastgelegd.");
    await expect(item).toContainText("Kies een standaardgroep");
    // The seeded demo zaaktypen are usable.
    const demo = beheerder.getByTestId("inrichting-zaaktype").filter({ has: beheerder.getByRole("heading", { name: DOMEIN_A.zaaktypen[0] }) });
    await expect(demo).toContainText("In gebruik");
    await expectNoAxeViolations(beheerder);

    // The form: "in gebruik" without the rest gives Dutch messages next to the fields.
    await item.getByRole("link", { name: `Zaakafhandelparameters van ${ZAAKTYPE}` }).click();
    await expect(beheerder.getByRole("heading", { level: 1 })).toHaveText(`Zaakafhandelparameters: ${ZAAKTYPE}`);
    await expect(beheerder.getByText("Dit zaaktype heeft nog geen zaakafhandelparameters.")).toBeVisible();
    await expectNoAxeViolations(beheerder);
    await beheerder.getByLabel("In gebruik").check();
    await beheerder.getByRole("button", { name: "Opslaan" }).click();
    await expect(beheerder.getByLabel("Standaardgroep")).toHaveAttribute("aria-invalid", "true");
    await expect(beheerder.getByText("Kies een standaardgroep: nieuwe zaken komen bij deze groep.").last()).toBeVisible();
    await expect(beheerder.getByText("Zet minstens één soort taak aan.").last()).toBeVisible();
    await expect(beheerder.getByRole("alert").filter({ hasText: "3 velden zijn niet goed ingevuld" })).toBeVisible();
    await expectNoAxeViolations(beheerder);

    // Fill in what is needed and save.
    await beheerder.getByLabel("Standaardgroep").selectOption(GROEP);
    await beheerder.getByLabel("Resultaattype bij niet-ontvankelijk").selectOption("Geweigerd");
    await beheerder.getByLabel("Advies intern", { exact: true }).check();
    await beheerder.getByLabel("Doorlooptijd advies intern (dagen)").fill("7");
    await beheerder.getByRole("button", { name: "Opslaan" }).click();
    await verwachtResultaat(beheerder, `De zaakafhandelparameters van ${ZAAKTYPE} zijn opgeslagen.`);
    await expect(beheerder.getByText("Status:", { exact: true }).locator("..")).toContainText("In gebruik");
    await expectNoAxeViolations(beheerder);

    // The overview shows it as usable with its group.
    await beheerder.goto("/beheer/zaakafhandelparameters");
    const rij = beheerder.getByRole("row", { name: new RegExp(ZAAKTYPE) });
    await expect(rij).toContainText("In gebruik", { timeout: 30_000 });
    await expect(rij).toContainText(GROEP);
    await expectNoAxeViolations(beheerder);

    // behandelaar1 calls the API directly: 403 problem+json, nothing changed.
    const behandelaar = await alsGebruiker(browser, idpVan(testInfo), "behandelaar1", "/zaken/starten");
    for (const antwoord of [await behandelaar.request.put(API, { data: { inGebruik: false } }), await behandelaar.request.get(API)]) {
      expect(antwoord.status()).toBe(403);
      expect(antwoord.headers()["content-type"]).toContain("application/problem+json");
    }
    const na = (await (await beheerder.request.get(API)).json()) as { parameters: { inGebruik: boolean; standaardGroep: string } };
    expect(na.parameters).toMatchObject({ inGebruik: true, standaardGroep: GROEP });

    // Zaak starten: the zaaktype is offered and its standaardgroep is prefilled and assigned.
    await expect(behandelaar.getByRole("heading", { level: 1 })).toHaveText("Zaak starten");
    await behandelaar.getByLabel("Zaaktype").selectOption({ label: ZAAKTYPE });
    await expect(behandelaar.getByLabel("Groep")).toHaveValue(GROEP);
    await expectNoAxeViolations(behandelaar);
    const omschrijving = `E2E melding ${Date.now()}`;
    await behandelaar.getByLabel("Omschrijving").fill(omschrijving);
    await behandelaar.getByRole("button", { name: "Zaak starten" }).click();
    await behandelaar.waitForURL(/\/zaken\/[0-9a-f-]{36}$/);
    await verwachtResultaat(behandelaar, "is gestart");
    await expect(behandelaar.getByText(ZAAKTYPE).first()).toBeVisible();
    await expect(behandelaar.locator("dt:text-is('Groep') + dd").first()).toHaveText(GROEP);
    await expectNoAxeViolations(behandelaar);

    // Taak starten: only the enabled taaktype, streefdatum = today + its doorlooptijd.
    await behandelaar.getByRole("tab", { name: /Taken/ }).click();
    await behandelaar.getByRole("button", { name: "Taak starten" }).click();
    const dialoog = behandelaar.getByRole("dialog", { name: "Taak starten" });
    const soort = dialoog.getByLabel("Soort taak");
    await expect(soort.locator("option")).toHaveText(["Maak een keuze", "Advies intern"]);
    await soort.selectOption("advies_intern");
    await expect(dialoog.getByLabel("Streefdatum")).toHaveValue(plusDagen(vandaag(), 7));
    await expectNoAxeViolations(behandelaar);

    await behandelaar.context().close();
    await beheerder.context().close();
  });
});
