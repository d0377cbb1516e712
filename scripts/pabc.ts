/**
 * `npm run pabc -- import <bestand>`: replaces the data of the built-in PABC by a dataset
 * file in PABC's own format (see lib/pabc/README.md), in one transaction.
 * `npm run pabc -- omvang`: shows how many rows each PABC table holds.
 */
import path from "node:path";
import { closeDatabase } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { datasetOmvang, laadDatasetBestand } from "@/lib/pabc";
import { prepareApp, reportStartupFailure } from "@/lib/startup";

const GEBRUIK = "Gebruik: npm run pabc -- import <dataset.json>\n       npm run pabc -- omvang\n";

async function main(args: string[]): Promise<number> {
  const [opdracht, bestand] = args;
  if (opdracht !== "import" && opdracht !== "omvang") {
    process.stderr.write(GEBRUIK);
    return 2;
  }
  if (opdracht === "import" && !bestand) {
    process.stderr.write(`Geef het datasetbestand op.\n${GEBRUIK}`);
    return 2;
  }
  const { database } = await prepareApp({ seed: false });
  if (opdracht === "import") {
    const pad = path.resolve(bestand!);
    const dataset = await laadDatasetBestand(database.db, pad);
    process.stdout.write(
      `PABC-dataset geladen uit ${pad}: ${dataset.functionalRoles.length} functionele rollen, ` +
        `${dataset.entityTypes.length} entity types, ${dataset.domains.length} domeinen, ${dataset.mappings.length} mappings.\n`,
    );
  } else {
    process.stdout.write(`${JSON.stringify(await datasetOmvang(database.db), null, 2)}\n`);
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (isAppError(error)) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.exitCode = reportStartupFailure(error);
  }
} finally {
  await closeDatabase().catch(() => undefined);
}
