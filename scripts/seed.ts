/** `npm run seed`: migrates and loads the demo data set into the configured database (idempotent). */
import { closeDatabase } from "@/lib/db";
import { prepareApp, reportStartupFailure } from "@/lib/startup";

try {
  await prepareApp({ seed: true });
  await closeDatabase();
  process.stdout.write("Demodata geladen.\n");
} catch (error) {
  process.exitCode = reportStartupFailure(error);
  await closeDatabase().catch(() => undefined);
}
