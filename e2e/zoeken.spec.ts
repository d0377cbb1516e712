import { expect, test, type APIRequestContext } from "@playwright/test";
import { DOMEIN_A, DOMEIN_B } from "@/lib/demo/domeinen";
import type { ZoekAntwoord } from "@/lib/zoeken/contract";
import { idpVan } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { alsGebruiker } from "./support/zaakafhandeling";

/**
 * Issue #8 "Search": read rights are applied in the search query. "dakkapel" occurs only in
 * domain-A zaken of the demo data (Omgevingsvergunning), "Bouwtekening" only in their documents.
 * behandelaar2 (domain B) never sees them, not even in counts or facets; behandelaar1 finds them.
 */

const DOMEIN_A_ZAAKTYPEN: readonly string[] = DOMEIN_A.zaaktypen;
const DOMEIN_B_ZAAKTYPEN: readonly string[] = DOMEIN_B.zaaktypen;

async function zoekApi(request: APIRequestContext, params: Record<string, string>): Promise<ZoekAntwoord> {
  const antwoord = await request.get(`/api/zoeken?${new URLSearchParams(params)}`);
  expect(antwoord.status(), `zoeken ${JSON.stringify(params)}`).toBe(200);
  return (await antwoord.json()) as ZoekAntwoord;
}

test.describe("zoeken", () => {
  test("behandelaar2 (domein B) never sees a domain-A zaak, not in results, counts or facets", async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const page = await alsGebruiker(browser, idpVan(testInfo), "behandelaar2", "/zoeken?q=dakkapel");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zoeken");
    await expect(page.getByTestId("zoeken-aantal")).toHaveText('Geen zaken gevonden voor "dakkapel".', { timeout: 30_000 });
    for (const naam of ["Zaken", "Taken", "Documenten"]) await expect(page.getByRole("tab", { name: new RegExp(`^${naam}\\s*\\(0\\)$`) })).toBeVisible();
    const filters = page.getByRole("region", { name: "Filters" });
    for (const zt of DOMEIN_A_ZAAKTYPEN) await expect(filters.getByText(zt)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The proxy's answer itself: nothing of domain A in counts or facets.
    const dakkapel = await zoekApi(page.request, { q: "dakkapel" });
    expect(dakkapel.count).toBe(0);
    expect(dakkapel.aantallen).toEqual({ zaak: 0, taak: 0, document: 0 });
    expect(Object.values(dakkapel.facetten).flat()).toEqual([]);
    const documenten = await zoekApi(page.request, { q: "bouwtekening", type: "document" });
    expect(documenten.aantallen.document).toBe(0);
    expect(documenten.resultaten).toEqual([]);

    // Browsing everything: only domain-B zaaktypen in the results and the zaaktype facet.
    const alles = await zoekApi(page.request, { q: "aanvraag", pageSize: "50" });
    expect(alles.count, "de demodata heeft domein-B-zaken met 'aanvraag'").toBeGreaterThan(0);
    expect(alles.resultaten.every((r) => DOMEIN_B_ZAAKTYPEN.includes(r.zaaktype))).toBe(true);
    const zaaktypen = (alles.facetten.zaaktype ?? []).map((f) => f.label);
    expect(zaaktypen.length).toBeGreaterThan(0);
    expect(zaaktypen.every((z) => DOMEIN_B_ZAAKTYPEN.includes(z))).toBe(true);
    expect((alles.facetten.zaaktype ?? []).reduce((n, f) => n + f.aantal, 0)).toBe(alles.count);

    // Asking for a domain-A zaaktype by filter gives nothing either.
    const gefilterd = await zoekApi(page.request, { q: "aanvraag", zaaktype: DOMEIN_A_ZAAKTYPEN[0] ?? "" });
    expect(gefilterd.count).toBe(0);
    await page.context().close();
  });

  test("behandelaar1 (domein A) finds the zaken, filters by facet and pages", async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const page = await alsGebruiker(browser, idpVan(testInfo), "behandelaar1", "/zoeken");
    await expect(page.getByText("Typ een zoekterm om te beginnen.")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("searchbox", { name: "Zoekterm" }).fill("dakkapel");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=dakkapel/);
    await expect(page.getByTestId("zoeken-aantal")).toContainText("gevonden", { timeout: 30_000 });
    const api = await zoekApi(page.request, { q: "dakkapel" });
    expect(api.count, "de demodata heeft dakkapel-zaken in domein A").toBeGreaterThan(0);
    expect(api.resultaten.every((r) => r.zaaktype === "Omgevingsvergunning")).toBe(true);
    await expect(page.getByRole("tab", { name: new RegExp(`^Zaken\\s*\\(${api.aantallen.zaak}\\)$`) })).toBeVisible();
    await expect(page.getByTestId("zoeken-resultaten").getByRole("listitem").first()).toContainText("dakkapel");
    await expectNoAxeViolations(page);

    // A facet checkbox filters and lands in the URL; its count matches the result count.
    const facet = page.locator('fieldset[data-facet="zaaktype"]');
    await facet.getByRole("checkbox", { name: /Omgevingsvergunning/ }).click();
    await expect(page).toHaveURL(/zaaktype=Omgevingsvergunning/);
    await expect(facet.getByRole("checkbox", { name: /Omgevingsvergunning/ })).toBeChecked();
    await expect(page.getByTestId("zoeken-aantal")).toContainText(`${api.count} `);

    // Documenten: the domain-A document titles.
    await page.getByRole("tab", { name: /Documenten/ }).click();
    await expect(page).toHaveURL(/type=document/);
    await page.getByRole("searchbox", { name: "Zoekterm" }).fill("bouwtekening");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page.getByTestId("zoeken-resultaten").getByRole("listitem").first()).toContainText("Bouwtekening", { timeout: 30_000 });
    await expectNoAxeViolations(page);

    // Stemming and operators through the proxy.
    const meervoud = await zoekApi(page.request, { q: "dakkapels" });
    expect(meervoud.count).toBe(api.count);
    const zonder = await zoekApi(page.request, { q: "dakkapel -dakkapel" });
    expect(zonder.count).toBe(0);
    const prefix = await zoekApi(page.request, { q: "dakkap*" });
    expect(prefix.count).toBe(api.count);
    await page.context().close();
  });
});
