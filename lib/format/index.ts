export { TIJDZONE, formatDatum, formatDatumTijd, type DatumInvoer } from "./datum";
