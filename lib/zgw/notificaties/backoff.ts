/** The longest wait between two attempts, whatever the base and attempt number. */
export const MAX_WACHTTIJD_MS = 60 * 60 * 1000;

/**
 * Milliseconds to wait after the `poging`-th failed attempt (1-based): exponential
 * (basis × 2^(poging-1)), capped at one hour, with ±20 % jitter so that many rows that failed
 * together (an NRC outage) do not all come back at the same moment.
 */
export function wachttijdNaPoging(poging: number, basisMs: number, willekeur: () => number = Math.random): number {
  const exponentieel = Math.min(MAX_WACHTTIJD_MS, basisMs * 2 ** Math.max(0, poging - 1));
  return Math.round(exponentieel * (0.8 + 0.4 * willekeur()));
}
