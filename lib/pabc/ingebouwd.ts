import { getConfig } from "@/lib/config";
import { getDatabase } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PabcApiContext } from "./api";
import { databaseOpslag } from "./database";
import { realmBestandGroepenBron, type GroepenBron } from "./groepen";
import { ingebouwdeSleutel } from "./sleutel";

const BRON_KEY = Symbol.for("zac.pabc.groepenbron");
type WithBron = typeof globalThis & { [BRON_KEY]?: GroepenBron };

/**
 * The context of the built-in PABC in the running app: the app's database and realm file.
 * With PABC_URL set the app uses that PABC, and the built-in API is switched off (404), so
 * nobody can read stale local mappings with the external PABC's key.
 */
export async function ingebouwdePabcContext(log?: PabcApiContext["log"]): Promise<PabcApiContext> {
  const config = getConfig();
  if (config.PABC_URL) throw AppError.notFound("De ingebouwde PABC staat uit, omdat PABC_URL naar een andere PABC wijst.");
  const g = globalThis as WithBron;
  g[BRON_KEY] ??= realmBestandGroepenBron();
  const database = await getDatabase();
  return { opslag: databaseOpslag(database.db), groepen: g[BRON_KEY], sleutel: ingebouwdeSleutel(config), log };
}
