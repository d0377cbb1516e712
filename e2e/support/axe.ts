import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type AxeResultaten = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One readable block per violation: rule, impact, help link and the offending elements. */
export function beschrijfOvertredingen(overtredingen: AxeResultaten["violations"]): string {
  return overtredingen
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`)
        .join("\n");
      return `[${v.impact ?? "?"}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join("\n\n");
}

export async function expectNoAxeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const resultaten = await builder.analyze();
  const overtredingen = resultaten.violations;
  expect(
    overtredingen.map((v) => v.id),
    `axe vond ${overtredingen.length} overtreding(en) op ${page.url()}:\n\n${beschrijfOvertredingen(overtredingen)}`,
  ).toEqual([]);
}
