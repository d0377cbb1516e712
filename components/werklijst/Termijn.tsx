import { formatDatum } from "@/lib/format";
import type { DatumWaarschuwing } from "@/lib/zaakafhandeling/contract";

/** A date with its deadline warning as icon + text (never colour alone, WCAG 1.4.1). */
export function Termijn({ datum, waarschuwing, soort }: { datum: string | null; waarschuwing: DatumWaarschuwing; soort: "streefdatum" | "fatale datum" }) {
  if (!datum) return <span className="text-gray-700">—</span>;
  const naam = soort === "streefdatum" ? "Streefdatum" : "Fatale datum";
  return (
    <span className="inline-flex flex-col">
      <span>{veiligeDatum(datum)}</span>
      {waarschuwing === "verlopen" ? (
        <span className="inline-flex items-center gap-1 text-xs font-semibold text-red-800" data-testid="waarschuwing-verlopen">
          <span aria-hidden="true">⛔</span>
          {naam} verstreken
        </span>
      ) : waarschuwing === "bijna" ? (
        <span className="inline-flex items-center gap-1 text-xs font-semibold text-amber-900" data-testid="waarschuwing-bijna">
          <span aria-hidden="true">⚠</span>
          {naam} nadert
        </span>
      ) : null}
    </span>
  );
}

export function Datum({ waarde }: { waarde: string | null | undefined }) {
  if (!waarde) return <span className="text-gray-700">—</span>;
  return <>{veiligeDatum(waarde)}</>;
}

/** dd-MM-yyyy, or the raw value when it is not a date we can read (never a crash in a list). */
export function veiligeDatum(waarde: string): string {
  try {
    return formatDatum(waarde);
  } catch {
    return waarde;
  }
}
