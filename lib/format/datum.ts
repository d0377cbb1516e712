import { AppError } from "@/lib/errors";

/**
 * Dates in the UI are always dd-MM-yyyy (and HH:mm, 24-hour) in Europe/Amsterdam, whatever the
 * time zone of the server or the browser, so a zaak shows the same date for everyone.
 */
export const TIJDZONE = "Europe/Amsterdam";

/** Input: a Date, an ISO 8601 date-time with zone (`Z` or `±hh:mm`), or a calendar date `yyyy-MM-dd`. */
export type DatumInvoer = Date | string;

const KALENDERDATUM = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time without a zone would be read in the machine's local zone; refuse it rather than guess.
const DATUMTIJD_MET_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

const datumFormatter = new Intl.DateTimeFormat("nl-NL", {
  timeZone: TIJDZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

const datumTijdFormatter = new Intl.DateTimeFormat("nl-NL", {
  timeZone: TIJDZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  // h23: midnight is 00:00, never 24:00.
  hourCycle: "h23",
});

function onderdelen(formatter: Intl.DateTimeFormat, moment: Date): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const deel of formatter.formatToParts(moment)) {
    if (deel.type !== "literal") uit[deel.type] = deel.value;
  }
  return uit;
}

function naarMoment(invoer: DatumInvoer): Date {
  if (invoer instanceof Date) {
    if (Number.isNaN(invoer.getTime())) throw AppError.invalid("Ongeldige datum.");
    return invoer;
  }
  if (!DATUMTIJD_MET_ZONE.test(invoer)) {
    throw AppError.invalid(`Ongeldige datum-tijd: "${invoer}" (verwacht ISO 8601 met tijdzone).`);
  }
  const moment = new Date(invoer);
  if (Number.isNaN(moment.getTime())) throw AppError.invalid(`Ongeldige datum-tijd: "${invoer}".`);
  return moment;
}

/** Checks that a calendar date really exists (no 2026-02-30). */
function geldigeKalenderdatum(jaar: number, maand: number, dag: number): boolean {
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  return d.getUTCFullYear() === jaar && d.getUTCMonth() === maand - 1 && d.getUTCDate() === dag;
}

/**
 * `dd-MM-yyyy` in Europe/Amsterdam. A calendar date (`yyyy-MM-dd`, as in ZGW date fields) has no
 * time zone and is shown as-is.
 */
export function formatDatum(invoer: DatumInvoer): string {
  if (typeof invoer === "string") {
    const kalender = KALENDERDATUM.exec(invoer);
    if (kalender) {
      const [, jaar = "", maand = "", dag = ""] = kalender;
      if (!geldigeKalenderdatum(Number(jaar), Number(maand), Number(dag))) {
        throw AppError.invalid(`Ongeldige datum: "${invoer}".`);
      }
      return `${dag}-${maand}-${jaar}`;
    }
  }
  const d = onderdelen(datumFormatter, naarMoment(invoer));
  return `${d.day}-${d.month}-${d.year}`;
}

/** `dd-MM-yyyy HH:mm` (24-hour) in Europe/Amsterdam. Needs a moment in time, not a calendar date. */
export function formatDatumTijd(invoer: DatumInvoer): string {
  const d = onderdelen(datumTijdFormatter, naarMoment(invoer));
  return `${d.day}-${d.month}-${d.year} ${d.hour}:${d.minute}`;
}
