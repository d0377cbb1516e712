/**
 * `npm run zgw -- applicatie --client-id <id> --secret <secret> [--label <label>] [--alle-autorisaties]`
 *
 * Registers a ZGW API client out of band, as Open Zaak's admin does: creates or updates the
 * applicatie that lists the client id, and sets its secret (stored encrypted). Running it
 * again with the same arguments changes nothing. `--secret -` reads the secret from stdin,
 * so it stays out of the shell history and the process list. The secret is never printed.
 */
import { parseArgs } from "node:util";
import { closeDatabase, getDatabase, migrateDatabase } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { registreerApplicatie } from "@/lib/zgw/autorisaties";

const GEBRUIK =
  "Gebruik: npm run zgw -- applicatie --client-id <id> --secret <secret|-> [--label <label>] [--alle-autorisaties]\n";

async function leesStdin(): Promise<string> {
  const delen: Buffer[] = [];
  for await (const deel of process.stdin) delen.push(deel as Buffer);
  return Buffer.concat(delen).toString("utf8").replace(/\r?\n$/, "");
}

async function main(args: string[]): Promise<number> {
  const [opdracht, ...rest] = args;
  if (opdracht !== "applicatie") {
    process.stderr.write(GEBRUIK);
    return 2;
  }
  let waarden;
  try {
    ({ values: waarden } = parseArgs({
      args: rest,
      options: {
        "client-id": { type: "string" },
        secret: { type: "string" },
        label: { type: "string" },
        "alle-autorisaties": { type: "boolean" },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${GEBRUIK}`);
    return 2;
  }
  const clientId = waarden["client-id"];
  const secretArg = waarden.secret;
  if (!clientId || secretArg === undefined) {
    process.stderr.write(`--client-id en --secret zijn verplicht.\n${GEBRUIK}`);
    return 2;
  }
  const secret = secretArg === "-" ? await leesStdin() : secretArg;

  const database = await getDatabase();
  await migrateDatabase(database);
  const resultaat = await registreerApplicatie(database.db, {
    clientId,
    secret,
    label: waarden.label,
    alleAutorisaties: waarden["alle-autorisaties"] ? true : undefined,
  });
  process.stdout.write(
    `ZGW-applicatie ${resultaat.aangemaakt ? "aangemaakt" : "bijgewerkt"}: client id ${clientId}, applicatie ${resultaat.applicatieUuid}; secret opgeslagen.\n`,
  );
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Only our own messages: a driver error could carry connection details.
  process.stderr.write(isAppError(error) ? `${error.message}\n` : `Registratie mislukt: ${(error as Error).name}: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await closeDatabase().catch(() => undefined);
}
