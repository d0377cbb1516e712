/** Figures and the markdown table of the case-handling benchmark (issue #7). */
export { percentiel } from "../zgw/rapport";

export interface Meting {
  scenario: string;
  verbindingen: number;
  perSeconde: number;
  totaal: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  fouten: number;
  niet2xx: number;
  eersteFout?: string;
}

/** Issue #7 targets at 10 concurrent users: p95 in ms. The werklijst 200 ms, zaak detail 250 ms (each server request of the page). */
export const DOELEN: Record<string, number> = {
  werkvoorraad: 200,
  "werkvoorraad-alle-zaaktypen": 200,
  "zaak-detail-pagina": 250,
  "zaak-detail-api": 250,
  "zaak-opties-api": 250,
};

export function haaltDoel(m: Meting): boolean | undefined {
  const doel = DOELEN[m.scenario];
  if (m.verbindingen !== 10 || doel === undefined) return undefined;
  return m.p95 <= doel && m.fouten === 0 && m.niet2xx === 0;
}

export function markdownTabel(metingen: readonly Meting[]): string {
  const regels = [
    "| Scenario | Conn. | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | target p95 @10 |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const m of metingen) {
    const doel = haaltDoel(m);
    const tekst = doel === undefined ? "" : `${doel ? "met" : "**missed**"} (${DOELEN[m.scenario]} ms)`;
    regels.push(
      `| ${m.scenario} | ${m.verbindingen} | ${m.perSeconde.toFixed(1)} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.fouten} | ${m.niet2xx} | ${tekst} |`,
    );
  }
  return `${regels.join("\n")}\n`;
}
