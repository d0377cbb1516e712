/**
 * PABC (Platform Autorisatie Beheer Component): the client that turns a user's functional
 * roles into ZAC application roles per zaaktype, and the built-in PABC-compatible API that
 * answers when no PABC_URL is configured. See README.md.
 */
export {
  createPabcClient,
  getPabcClient,
  naarPabcRollen,
  pabcVerbinding,
  type PabcClient,
  type PabcClientOpties,
  type PabcGroep,
  type PabcRollen,
} from "./client";
export { registreerPabcGereedheid } from "./gereedheid";
export { DEMO_PABC_SLEUTEL, PABC_PADEN } from "./contract";
export { applicatieRollenVerzoek, groepenVerzoek, type PabcApiContext } from "./api";
export { ingebouwdePabcContext } from "./ingebouwd";
export { parseDataset, parseDatasetTekst, type PabcDataset } from "./dataset";
export { databaseOpslag, datasetOmvang, herlaadDataset, laadDatasetBestand, vervangDataset } from "./database";
export { realmBestandGroepenBron, STANDAARD_REALM_BESTAND, type GroepenBron } from "./groepen";
export { demoPabcDataset, pabcDemoSeedStap } from "./seed";
export { pabcSpecificatie } from "./spec";
