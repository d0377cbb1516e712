/**
 * Full-text search over zaken, taken and documenten (issue #8). Server-only; the UI imports
 * ./contract. See README.md.
 */
export { zoeken } from "./zoeken";
export { zoekInIndex, type IndexVraag, type IndexAntwoord, type IndexRij } from "./zoekindex";
export { parseZoekvraag, naarTsquery, zoekvraagNaarTsquery, type ZoekKnoop } from "./zoektaal";
export * from "./contract";
