/**
 * The `count` of large list pages. ZGW lists report the total number of matches, and on a
 * table of a million zaken `count(*)` costs far more than the page itself (hundreds of ms
 * against a fraction of one). Counts of 10,000 or more are therefore kept for a few seconds
 * per query (SQL text + parameters, which include the consumer's autorisatie filter), and
 * concurrent requests for the same count share one query. Smaller counts are always exact;
 * a large count may lag up to TTL_MS behind writes. The results themselves are never cached.
 */

const TTL_MS = 5_000;
const DREMPEL = 10_000;
const MAX_SLEUTELS = 1_000;

interface Telling {
  n: Promise<number>;
  tot: number;
}

const CACHE = Symbol.for("zac.zgw.tellingen");
type Slot = typeof globalThis & { [CACHE]?: Map<string, Telling> };

function cache(): Map<string, Telling> {
  const g = globalThis as Slot;
  return (g[CACHE] ??= new Map());
}

/** A drizzle query whose SQL identifies the count. */
interface MetSql {
  toSQL(): { sql: string; params: unknown[] };
}

export async function telling(query: MetSql, tel: () => Promise<number>, nu = Date.now()): Promise<number> {
  const { sql, params } = query.toSQL();
  const sleutel = `${sql}\u0000${JSON.stringify(params)}`;
  const tellingen = cache();
  const bekend = tellingen.get(sleutel);
  if (bekend && bekend.tot > nu) return bekend.n;

  const n = tel();
  // Shared while running, so a burst of identical list requests counts once.
  tellingen.set(sleutel, { n, tot: nu + TTL_MS });
  try {
    const waarde = await n;
    if (waarde < DREMPEL) tellingen.delete(sleutel);
    else if (tellingen.size > MAX_SLEUTELS) tellingen.delete(tellingen.keys().next().value!);
    return waarde;
  } catch (error) {
    tellingen.delete(sleutel);
    throw error;
  }
}

/** For tests: forget every kept count. */
export function vergeetTellingen(): void {
  cache().clear();
}
