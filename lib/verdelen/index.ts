/**
 * Bulk verdelen and vrijgeven of zaken and taken by coordinators (issue #8). Server-only; the
 * UI's contract is ./contract. See README.md.
 */
export { groepenVoorVerdelen, startOpdracht } from "./acties";
export { opdrachtVan, recenteOpdrachten, verbergOpdracht } from "./opslag";
export { startVerdelen, stopVerdelen, VerdeelWerker, wekVerdeelWerker } from "./werker";
