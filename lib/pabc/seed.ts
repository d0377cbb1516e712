import type { SeedStap } from "@/lib/db/seed";
import demoDataset from "./dataset/demo-dataset.json";
import { parseDataset } from "./dataset";
import { vervangDataset } from "./database";

/** The demo dataset in PABC's format (lib/pabc/dataset/demo-dataset.json), checked. */
export function demoPabcDataset() {
  return parseDataset(demoDataset, "demo-dataset.json");
}

/** Demo seed step: loads the demo dataset into the built-in PABC (replacing its data). */
export const pabcDemoSeedStap: SeedStap = {
  naam: "pabc-demo-dataset",
  omschrijving: "PABC-demodataset (functionele rollen, domeinen, zaaktypen, mappings)",
  uitvoeren: (tx) => vervangDataset(tx, demoPabcDataset()),
};
