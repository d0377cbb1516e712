/**
 * One refresh per refresh token. A request passes the session check twice (proxy.ts, then the
 * page or route handler), and a page fires several API calls at once, all with the same
 * cookie: without this, each would redeem the same refresh token, the identity provider
 * rotates it on first use, and every later attempt fails - the user is logged out mid-work
 * ("Je sessie is verlopen"). The first outcome is shared for GRACE_MS; failures are not kept.
 * The grace stays well below any access-token lifetime: an identity provider that does not
 * rotate refresh tokens (the built-in one) sends the same token at the next refresh, which
 * must then reach the provider instead of getting this stale outcome.
 * The app is one process (README), so process memory is the right place.
 */

const GRACE_MS = 10_000;

/**
 * `ververs(refreshToken, werk)`: runs `werk` once per refresh token and shares its outcome.
 * One instance per process (see `verversEenmaal`), however often the auth config is built.
 */
export function eenmaligVerversen<T>(nu: () => number = Date.now) {
  const lopend = new Map<string, { resultaat: Promise<T>; tot: number }>();
  return async (refreshToken: string, werk: () => Promise<T>): Promise<T> => {
    const t = nu();
    for (const [sleutel, item] of lopend) if (item.tot <= t) lopend.delete(sleutel);
    const bekend = lopend.get(refreshToken);
    if (bekend) return bekend.resultaat;
    const resultaat = werk();
    lopend.set(refreshToken, { resultaat, tot: t + GRACE_MS });
    try {
      return await resultaat;
    } catch (error) {
      lopend.delete(refreshToken);
      throw error;
    }
  };
}

const GEDEELD = Symbol.for("zac.auth.verversingen");
type Slot = typeof globalThis & { [GEDEELD]?: (refreshToken: string, werk: () => Promise<unknown>) => Promise<unknown> };

/** The process-wide instance (next-auth builds its config per request). */
export function verversEenmaal<T>(refreshToken: string, werk: () => Promise<T>): Promise<T> {
  const g = globalThis as Slot;
  g[GEDEELD] ??= eenmaligVerversen<unknown>();
  return g[GEDEELD](refreshToken, werk) as Promise<T>;
}
