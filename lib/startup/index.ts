import { ConfigError, getConfig, type Config } from "@/lib/config";
import { demoSeedStappen, getDatabase, migrateDatabase, runSeeds, type DatabaseHandle } from "@/lib/db";
import { registreerGereedheidsControle } from "@/lib/health";
import { getLogger, redactUrl, type Logger } from "@/lib/log";
import { registreerPabcGereedheid } from "@/lib/pabc";
import { controleerPolicy, policyPad } from "@/lib/policy";
import { zorgVoorEigenZgwClient } from "@/lib/zgw";
import { ruimDocumentenOpslagOp } from "@/lib/zgw/documenten";
import { notificatiesInstellingen, startNotificaties } from "@/lib/zgw/notificaties";

export { ConfigError } from "@/lib/config";

/** A start-up failure with a message for the operator (no stack trace needed). */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StartupError";
  }
}

export interface PreparedApp {
  config: Config;
  log: Logger;
  database: DatabaseHandle;
}

function describeDatabase(config: Config): string {
  return config.database.driver === "pglite"
    ? `ingebouwde PGlite in ${config.database.dataDir}`
    : `PostgreSQL-server ${redactUrl(config.database.url)}`;
}

/**
 * Everything that must hold before the app serves requests: valid configuration, a
 * reachable database with all migrations applied, and (embedded default) demo data.
 * Throws ConfigError or StartupError with a message that tells the operator what to fix.
 */
export async function prepareApp(options: { seed?: boolean; werkers?: boolean } = {}): Promise<PreparedApp> {
  const config = getConfig();
  const log = getLogger();
  try {
    notificatiesInstellingen();
  } catch (error) {
    throw new StartupError(errorText(error), { cause: error });
  }
  const waar = describeDatabase(config);

  let database: DatabaseHandle;
  try {
    database = await getDatabase();
    await database.ping();
  } catch (error) {
    throw new StartupError(`De database is niet bereikbaar (${waar}): ${errorText(error)}`, { cause: error });
  }

  try {
    await migrateDatabase(database);
  } catch (error) {
    throw new StartupError(`De databasemigraties konden niet worden toegepast (${waar}): ${errorText(error)}`, {
      cause: error,
    });
  }
  log.info({ database: waar }, "database gereed, migraties toegepast");

  // The app's own client for the ZGW APIs (the UI's proxy signs its JWTs with it).
  try {
    await zorgVoorEigenZgwClient(database.db);
  } catch (error) {
    throw new StartupError(`De eigen ZGW-client kon niet worden ingericht: ${errorText(error)}`, { cause: error });
  }

  // Every decision comes from the compiled policy: without it (or with an entrypoint
  // missing) the app must not start at all, rather than deny or allow by accident.
  const policy = controleerPolicy();
  if (!policy.ok) {
    throw new StartupError(`De autorisatiepolicy (${policyPad()}) kon niet worden geladen: ${policy.fout}`);
  }
  registreerGereedheidsControle("policy", async () => {
    const status = controleerPolicy();
    return status.ok ? { ok: true, detail: "alle entrypoints geladen" } : { ok: false, detail: status.fout };
  });
  log.info({ policy: policyPad() }, "autorisatiepolicy geladen");
  registreerPabcGereedheid();

  if (options.seed ?? config.demoSeed) {
    const resultaat = await runSeeds(database.db, demoSeedStappen, (stap, status) =>
      log.info({ stap: stap.naam, status }, `demodata: ${stap.omschrijving}`),
    );
    log.info({ toegepast: resultaat.toegepast.length, overgeslagen: resultaat.overgeslagen.length }, "demodata bijgewerkt");
  }
  // Background work of the server process only (scripts that call prepareApp must be able to exit).
  if (options.werkers) {
    await startNotificaties(database, { publicUrl: config.publicUrl, log });
    // The blob store after a crash: temp files of interrupted writes, and files renamed into
    // place whose transaction never committed. The server is the only writer of its store
    // (one process per data store, see README), so at start nothing is in flight and every
    // unreferenced file can go, whatever its age. In the background: a large store takes a
    // while to scan, and an orphan harms nothing but disk space meanwhile.
    void ruimDocumentenOpslagOp(database.db, 0)
      .then((r) => log.info(r, "documentenopslag opgeruimd"))
      .catch((err: unknown) => log.warn({ err }, "opruimen van de documentenopslag mislukt"));
  }
  return { config, log, database };
}

function errorText(error: unknown): string {
  // Driver errors arrive wrapped (drizzle's "Failed query", AggregateError for several
  // addresses); the innermost cause says what is actually wrong (ECONNREFUSED, bad password).
  let current: unknown = error;
  for (let depth = 0; depth < 5; depth++) {
    if (current instanceof AggregateError && current.errors.length) current = current.errors[0];
    else if (current instanceof Error && current.cause !== undefined) current = current.cause;
    else break;
  }
  if (current instanceof Error) {
    const code = (current as { code?: string }).code;
    const message = current.message || current.name;
    return code && !message.includes(code) ? `${message} (${code})` : message;
  }
  return String(current);
}

/** Prints a start-up failure for the operator and returns the process exit code. */
export function reportStartupFailure(error: unknown): number {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`\n${error.message}\n\n`);
    return 1;
  }
  process.stderr.write(`\nDe app kon niet starten door een onverwachte fout:\n${error instanceof Error ? error.stack : String(error)}\n\n`);
  return 1;
}
