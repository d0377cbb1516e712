/**
 * Exports. `exporteerCsv(rijen, kolommen)` is the reusable streaming CSV writer (any
 * AsyncIterable of rows, e.g. a search result); `werklijstExport` is the werklijst download.
 */
export { csvBestandsnaam, csvCel, csvResponse, csvTekst, exporteerCsv, metEersteRij, CSV_BOM, CSV_SCHEIDING, type CsvKolom, type CsvSoort, type CsvWaarde } from "./csv";
export { werklijstExport, vereisExportRecht, ZAAK_KOLOMMEN, TAAK_KOLOMMEN } from "./werklijst";
export { eigenZakenApi, zakenExportRijen, type ZaakExportRij } from "./zaken";
