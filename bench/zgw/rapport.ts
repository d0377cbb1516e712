/** Figures of one endpoint at one concurrency. */
export interface Meting {
  eindpunt: string;
  verbindingen: number;
  perSeconde: number;
  totaal: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  fouten: number;
  niet2xx: number;
  /** Status and start of the body of the first non-2xx answer (for diagnosis). */
  eersteFout?: string;
}

/** Targets at 10 connections (issue #6): p95 in ms per kind of request. */
export const DOELEN: Record<string, number> = {
  "zaken-lijst": 100,
  "zaken-lijst-zaaktype": 100,
  "zaken-zoek-geometrie": 100,
  "rollen-betrokkene": 100,
  "zaak-detail": 25,
  "document-detail": 25,
  "zaak-aanmaken": 60,
  "status-aanmaken": 60,
  "document-aanmaken": 60,
};

/** Nearest-rank percentile of sorted values (0 for none). */
export function percentiel(gesorteerd: readonly number[], p: number): number {
  if (gesorteerd.length === 0) return 0;
  const rang = Math.ceil((p / 100) * gesorteerd.length);
  return gesorteerd[Math.min(gesorteerd.length, Math.max(1, rang)) - 1]!;
}

/** Whether a measurement at 10 connections meets its target (undefined at other concurrencies). */
export function haaltDoel(m: Meting): boolean | undefined {
  const doel = DOELEN[m.eindpunt];
  if (m.verbindingen !== 10 || doel === undefined) return undefined;
  return m.p95 <= doel && m.fouten === 0 && m.niet2xx === 0;
}

export function markdownTabel(metingen: readonly Meting[], info: { zaken: number; bouwtijd: number }): string {
  const regels = [
    `Dataset: ${info.zaken.toLocaleString("en-US")} zaken, documenten and besluiten (1 catalogus, 100 zaaktypen), built in ${info.bouwtijd.toFixed(0)} s.`,
    "",
    "| Endpoint | Conn. | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | target p95 @10 |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const m of metingen) {
    const doel = haaltDoel(m);
    const doelTekst = doel === undefined ? "" : `${doel ? "met" : "**missed**"} (${DOELEN[m.eindpunt]} ms)`;
    regels.push(
      `| ${m.eindpunt} | ${m.verbindingen} | ${m.perSeconde.toFixed(1)} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.fouten} | ${m.niet2xx} | ${doelTekst} |`,
    );
  }
  return `${regels.join("\n")}\n`;
}
