/** `npm run db:migrate`: applies pending migrations to the configured database, then exits. */
import { closeDatabase } from "@/lib/db";
import { prepareApp, reportStartupFailure } from "@/lib/startup";

try {
  await prepareApp({ seed: false });
  await closeDatabase();
  process.stdout.write("Migraties toegepast.\n");
} catch (error) {
  process.exitCode = reportStartupFailure(error);
  await closeDatabase().catch(() => undefined);
}
