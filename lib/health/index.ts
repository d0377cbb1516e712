import { getDatabase, migrationStatus } from "@/lib/db";

export interface Controle {
  naam: string;
  ok: boolean;
  detail: string;
}

type ControleFn = () => Promise<Omit<Controle, "naam">>;

/** Readiness checks by name; domains (policy, IdP, PABC) register theirs at start. */
const CHECKS_KEY = Symbol.for("zac.readiness");
type WithChecks = typeof globalThis & { [CHECKS_KEY]?: Map<string, ControleFn> };

function registry(): Map<string, ControleFn> {
  const g = globalThis as WithChecks;
  g[CHECKS_KEY] ??= new Map<string, ControleFn>([
    ["database", databaseControle],
    ["migraties", migratieControle],
  ]);
  return g[CHECKS_KEY];
}

export function registreerGereedheidsControle(naam: string, controle: ControleFn): void {
  registry().set(naam, controle);
}

async function databaseControle() {
  const db = await getDatabase();
  await db.ping();
  return { ok: true, detail: db.driver === "pglite" ? "ingebouwde PGlite" : "PostgreSQL-server" };
}

async function migratieControle() {
  const status = await migrationStatus(await getDatabase());
  return {
    ok: status.actueel,
    detail: `${status.toegepast} van ${status.verwacht} migraties toegepast`,
  };
}

/** Runs every check (each with a time limit) and never throws. */
export async function gereedheid(timeoutMs = 3_000): Promise<{ gereed: boolean; controles: Controle[] }> {
  const controles = await Promise.all(
    [...registry()].map(async ([naam, fn]): Promise<Controle> => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`geen antwoord binnen ${timeoutMs} ms`)), timeoutMs);
        });
        return { naam, ...(await Promise.race([fn(), timeout])) };
      } catch (error) {
        return { naam, ok: false, detail: error instanceof Error ? error.message : String(error) };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return { gereed: controles.every((c) => c.ok), controles };
}
