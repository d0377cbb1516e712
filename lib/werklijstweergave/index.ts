/**
 * Werklijst view state for the browser (client-safe, pure): filters/sort/page in the URL (in the
 * proxy's query format) and the column picker. Server-side werklijst storage is lib/werklijst.
 */
export * from "./staat";
export * from "./kolommen";
