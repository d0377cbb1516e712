/**
 * Zaakafhandelparameters (issue #8): per zaaktype omschrijving the defaults and switches for
 * case handling. Public surface; server code only except ./model (client-safe).
 */
export * from "./model";
export { alleParameters, bewaarParameters, leesParameters, magGestartWorden, takenVoorZaaktype, type OpgeslagenParameters } from "./opslag";
export { huidigeZaaktypen, parametersFormulier, parametersOpslaan, vereisBeheren, zaaktypenOverzicht } from "./beheer";
export { demoParameters, zaakafhandelparametersDemoSeedStap } from "./seed";
