import { sql } from "drizzle-orm";
import { selectRows, type Database, type Transaction } from "../client";
import { seedStap } from "../schema";

/**
 * A named unit of demo or reference data. Each step runs once per database, in its own
 * transaction together with the record that it ran, so a crash mid-seed leaves nothing
 * half-done and the next start simply runs the step again.
 */
export interface SeedStap {
  naam: string;
  omschrijving: string;
  uitvoeren(tx: Transaction): Promise<void>;
}

export interface SeedResultaat {
  toegepast: string[];
  overgeslagen: string[];
}

export async function runSeeds(
  db: Database,
  stappen: readonly SeedStap[],
  onStap?: (stap: SeedStap, status: "toegepast" | "overgeslagen") => void,
): Promise<SeedResultaat> {
  const namen = new Set<string>();
  for (const stap of stappen) {
    if (namen.has(stap.naam)) throw new Error(`Seedstap '${stap.naam}' staat twee keer in de lijst.`);
    namen.add(stap.naam);
  }

  const resultaat: SeedResultaat = { toegepast: [], overgeslagen: [] };
  for (const stap of stappen) {
    const status = await db.transaction(async (tx) => {
      // Claiming the step first serialises concurrent seeders: a second process waits on the
      // row lock and then sees the conflict.
      const claimed = await tx
        .insert(seedStap)
        .values({ naam: stap.naam })
        .onConflictDoNothing()
        .returning({ naam: seedStap.naam });
      if (claimed.length === 0) return "overgeslagen" as const;
      await stap.uitvoeren(tx);
      return "toegepast" as const;
    });
    resultaat[status].push(stap.naam);
    onStap?.(stap, status);
  }
  return resultaat;
}

export async function toegepasteSeedStappen(db: Database): Promise<string[]> {
  const rows = await selectRows<{ naam: string }>(db, sql`select naam from seed_stap order by toegepast_op, naam`);
  return rows.map((r) => r.naam);
}
