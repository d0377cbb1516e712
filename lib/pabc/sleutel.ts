import { createHash, timingSafeEqual } from "node:crypto";
import { DEMO_PABC_SLEUTEL } from "./contract";

/**
 * Compares an offered API key with the expected one in constant time. Both are hashed
 * first, so neither the length nor a common prefix leaks through timing.
 */
export function sleutelKlopt(aangeboden: string | null | undefined, verwacht: string | null | undefined): boolean {
  if (!aangeboden || !verwacht) return false;
  const a = createHash("sha256").update(aangeboden, "utf8").digest();
  const b = createHash("sha256").update(verwacht, "utf8").digest();
  return timingSafeEqual(a, b);
}

/**
 * The key the built-in PABC accepts: PABC_API_KEY, else the fixed demo key outside
 * production, else none (every call is refused).
 */
export function ingebouwdeSleutel(config: { PABC_API_KEY?: string | undefined; NODE_ENV: string }): string | null {
  if (config.PABC_API_KEY) return config.PABC_API_KEY;
  return config.NODE_ENV === "production" ? null : DEMO_PABC_SLEUTEL;
}
