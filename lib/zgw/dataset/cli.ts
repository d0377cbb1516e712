/**
 * `npm run zgw:dataset -- --zaken 1000000 [--documenten N] [--besluiten N] [--batch 100000] [--opnieuw]`
 *
 * Builds Open Zaak's performance data set in the configured database (DATABASE_URL, else the
 * embedded PGlite in ZAC_DATA_DIR): migrates, writes one shared document blob into the
 * Documenten store (DOCUMENTEN_OPSLAG), then the rows set-based (see generator.ts). URLs are
 * built on ZAC_PUBLIC_URL, so run the app with the same value. A database that already holds a
 * data set is left alone unless `--opnieuw` is given (which empties the ZGW data tables first).
 */
import { parseArgs } from "node:util";
import { getConfig } from "@/lib/config";
import { closeDatabase, getDatabase, migrateDatabase } from "@/lib/db";
import { bouwDataset } from "./bouw";

const { values } = parseArgs({
  options: {
    zaken: { type: "string", default: "1000000" },
    documenten: { type: "string" },
    besluiten: { type: "string" },
    zaaktypen: { type: "string", default: "100" },
    batch: { type: "string", default: "100000" },
    opnieuw: { type: "boolean", default: false },
  },
});

const getal = (naam: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/[_.]/g, ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${naam} moet een positief geheel getal zijn (gekregen: ${v})`);
  return n;
};

try {
  const config = getConfig();
  const handle = await getDatabase();
  await migrateDatabase(handle);
  const r = await bouwDataset(handle.db, {
    zaken: getal("zaken", values.zaken)!,
    documenten: getal("documenten", values.documenten),
    besluiten: getal("besluiten", values.besluiten),
    zaaktypen: getal("zaaktypen", values.zaaktypen),
    batch: getal("batch", values.batch),
    publicUrl: config.publicUrl,
    opnieuw: values.opnieuw,
    log: (regel) => process.stdout.write(`${regel}\n`),
  });
  process.stdout.write(
    r.overgeslagen
      ? `Dataset staat er al (${r.zaken} zaken, gebouwd in ${r.seconden.toFixed(1)} s); --opnieuw bouwt hem opnieuw.\n`
      : `Dataset gebouwd: ${r.zaken} zaken, ${r.documenten} documenten, ${r.besluiten} besluiten in ${r.seconden.toFixed(1)} s.\n`,
  );
} catch (error) {
  process.stderr.write(`zgw:dataset mislukt: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await closeDatabase().catch(() => undefined);
}
