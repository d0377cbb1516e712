import type { SeedStap } from "@/lib/db/seed";

/**
 * Seed step of the demo zaken (demo.ts). The implementation is imported when the step runs:
 * it pulls in the Zaken/Documenten/Besluiten handlers, which themselves import lib/db, and
 * lib/db lists the seed steps - a static import would make that a load-time cycle.
 */
export const zakenDemoSeedStap: SeedStap = {
  naam: "zgw-demo-zaken",
  omschrijving: "ZGW-demozaken (216 zaken in alle toestanden, met rollen, statussen, documenten en besluiten)",
  uitvoeren: async (tx) => (await import("./demo")).maakDemoZaken(tx),
};
