/**
 * Sessions ended by logout. A request that was already under way when the user logged out
 * (a link prefetch, say) can still bring back a fresh copy of the session cookie; the session's
 * id on this list makes such a copy worthless at once. Kept per process, for as long as a
 * session can live; after a restart the identity provider's ended session refuses the next
 * token refresh anyway.
 */
const SLEUTEL = Symbol.for("zac.auth.ingetrokkenSessies");

function lijst(): Map<string, number> {
  const g = globalThis as typeof globalThis & { [SLEUTEL]?: Map<string, number> };
  g[SLEUTEL] ??= new Map();
  return g[SLEUTEL];
}

export function trekSessieIn(sessieId: string, geldigTotMs: number): void {
  const l = lijst();
  const nu = Date.now();
  for (const [id, tot] of l) if (tot < nu) l.delete(id);
  l.set(sessieId, geldigTotMs);
}

export function isIngetrokken(sessieId: string | undefined): boolean {
  if (!sessieId) return false;
  const tot = lijst().get(sessieId);
  return tot !== undefined && tot >= Date.now();
}
