/**
 * A streaming CSV writer for exports that open well in Dutch Excel/LibreOffice: `;` as
 * separator, UTF-8 with BOM (else Excel guesses Windows-1252), CRLF line ends and RFC 4180
 * quoting, dates as dd-MM-yyyy (Europe/Amsterdam). Cells that a spreadsheet would read as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'` (OWASP CSV injection).
 *
 * `exporteerCsv` pulls rows from an AsyncIterable only when the consumer reads (ReadableStream
 * `pull`), so memory stays flat however many rows there are: one text block (~64 kB) and
 * whatever page the source holds.
 */
import { formatDatum, formatDatumTijd } from "@/lib/format";

export type CsvWaarde = string | number | boolean | Date | null | undefined;

/** How a value is written: `datum` = dd-MM-yyyy, `datumtijd` = dd-MM-yyyy HH:mm (both Europe/Amsterdam). */
export type CsvSoort = "tekst" | "datum" | "datumtijd";

export interface CsvKolom<T> {
  titel: string;
  waarde: (rij: T) => CsvWaarde;
  soort?: CsvSoort;
}

export const CSV_SCHEIDING = ";";
export const CSV_BOM = "\uFEFF";
const REGELEINDE = "\r\n";
/** Characters a spreadsheet takes as the start of a formula (tab and CR included: some strip them first). */
const FORMULE_START = /^[=+\-@\t\r]/;
const MOET_QUOTEN = /[;"\r\n]/;

function datumTekst(waarde: string | Date, soort: "datum" | "datumtijd"): string {
  try {
    return soort === "datum" ? formatDatum(waarde) : formatDatumTijd(waarde);
  } catch {
    // A value the formatter does not know as a date: export what is there rather than abort the file.
    return waarde instanceof Date ? "" : waarde;
  }
}

/** The text of one value before escaping (numbers with a decimal comma, booleans ja/nee). */
export function csvTekst(waarde: CsvWaarde, soort: CsvSoort = "tekst"): string {
  if (waarde === null || waarde === undefined) return "";
  if (typeof waarde === "boolean") return waarde ? "ja" : "nee";
  if (typeof waarde === "number") return Number.isFinite(waarde) ? String(waarde).replace(".", ",") : "";
  if (waarde instanceof Date) return datumTekst(waarde, soort === "datumtijd" ? "datumtijd" : "datum");
  if (soort !== "tekst" && waarde !== "") return datumTekst(waarde, soort);
  return waarde;
}

/**
 * One cell: formula escaping, then RFC 4180 quoting. Numbers are not formula-escaped (a
 * negative number is data); text that merely looks like one is.
 */
export function csvCel(waarde: CsvWaarde, soort: CsvSoort = "tekst"): string {
  let tekst = csvTekst(waarde, soort);
  if (typeof waarde !== "number" && FORMULE_START.test(tekst)) tekst = `'${tekst}`;
  return MOET_QUOTEN.test(tekst) ? `"${tekst.replaceAll('"', '""')}"` : tekst;
}

export function csvRegel(cellen: readonly string[]): string {
  return cellen.join(CSV_SCHEIDING) + REGELEINDE;
}

export function csvKop<T>(kolommen: readonly CsvKolom<T>[]): string {
  return csvRegel(kolommen.map((k) => csvCel(k.titel)));
}

export function csvRij<T>(rij: T, kolommen: readonly CsvKolom<T>[]): string {
  return csvRegel(kolommen.map((k) => csvCel(k.waarde(rij), k.soort)));
}

export interface CsvOpties {
  /** Characters per enqueued chunk (default 64 kB): fewer, larger writes. */
  blokGrootte?: number;
  /** Called once when the stream ends (done, cancelled or failed), e.g. for logging. */
  bijEinde?: (uitkomst: { rijen: number; fout?: unknown; afgebroken?: boolean }) => void;
}

/**
 * The CSV file (BOM, header row, one line per row) as a byte stream that reads the rows only
 * as fast as the consumer takes the bytes. Cancelling the stream (client went away) closes the
 * row source (`return()`), so a database cursor or page loop stops too.
 */
export function exporteerCsv<T>(rijen: AsyncIterable<T>, kolommen: readonly CsvKolom<T>[], opties: CsvOpties = {}): ReadableStream<Uint8Array> {
  const blok = opties.blokGrootte ?? 64 * 1024;
  const encoder = new TextEncoder();
  let bron: AsyncIterator<T> | undefined;
  let kopGeschreven = false;
  let aantal = 0;
  let klaar = false;
  const einde = (uitkomst: { fout?: unknown; afgebroken?: boolean }) => {
    if (klaar) return;
    klaar = true;
    opties.bijEinde?.({ rijen: aantal, ...uitkomst });
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!kopGeschreven) {
            kopGeschreven = true;
            controller.enqueue(encoder.encode(CSV_BOM + csvKop(kolommen)));
            bron = rijen[Symbol.asyncIterator]();
            return;
          }
          let tekst = "";
          while (tekst.length < blok) {
            const volgende = await bron!.next();
            if (volgende.done) {
              if (tekst) controller.enqueue(encoder.encode(tekst));
              controller.close();
              einde({});
              return;
            }
            tekst += csvRij(volgende.value, kolommen);
            aantal++;
          }
          controller.enqueue(encoder.encode(tekst));
        } catch (fout) {
          einde({ fout });
          throw fout;
        }
      },
      async cancel() {
        einde({ afgebroken: true });
        await bron?.return?.();
      },
    },
    // One chunk ahead is enough: the next block is produced while this one is being sent.
    { highWaterMark: 1 },
  );
}

/**
 * Reads the first row before anything is sent, so a failure at the start (ZGW API down, bad
 * filter) still becomes a problem+json answer instead of a broken download. The rest is
 * streamed as usual.
 */
export async function metEersteRij<T>(rijen: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const bron = rijen[Symbol.asyncIterator]();
  const eerste = await bron.next();
  let eersteGegeven = false;
  return {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        if (!eersteGegeven) {
          eersteGegeven = true;
          return eerste;
        }
        return eerste.done ? eerste : bron.next();
      },
      return: async (waarde?: unknown) => (await bron.return?.(waarde)) ?? { done: true, value: undefined },
    }),
  };
}

/** `<basis>-dd-MM-yyyy.csv` with today's date in Amsterdam, e.g. `zaken-werkvoorraad-23-11-2026.csv`. */
export function csvBestandsnaam(basis: string, nu: Date = new Date()): string {
  const veilig = basis
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${veilig || "export"}-${formatDatum(nu)}.csv`;
}

/** The download response: attachment, no caching, no sniffing. */
export function csvResponse(stream: ReadableStream<Uint8Array>, bestandsnaam: string): Response {
  return new Response(stream, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${bestandsnaam}"; filename*=UTF-8''${encodeURIComponent(bestandsnaam)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
