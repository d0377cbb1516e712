/**
 * Internal endpoints (/rest/internal/*) are called by jobs, not users: they need the
 * configured X-API-KEY. The comparison takes constant time; the key is never logged.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { getLogger } from "@/lib/log";

const UITGESCHAKELD_GEMELD = Symbol.for("zac.auth.interneApiUitgeschakeld");

function gelijk(a: string, b: string): boolean {
  // Hashing first makes both sides the same length, so the comparison time says nothing.
  return timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest());
}

/** True when `aangeboden` is the key. An unset key accepts nothing. */
export function isGeldigeApiSleutel(aangeboden: string | null | undefined, sleutel: string | undefined): boolean {
  if (!sleutel) return false;
  return gelijk(aangeboden ?? "", sleutel) && aangeboden !== null && aangeboden !== undefined;
}

export function vereisInterneApiSleutel(request: Request, sleutel: string | undefined = getConfig().INTERNAL_API_KEY): void {
  if (!sleutel) {
    const g = globalThis as typeof globalThis & { [UITGESCHAKELD_GEMELD]?: boolean };
    if (!g[UITGESCHAKELD_GEMELD]) {
      g[UITGESCHAKELD_GEMELD] = true;
      getLogger().warn("interne endpoints (/rest/internal) zijn uitgeschakeld: INTERNAL_API_KEY is niet gezet");
    }
  }
  if (!isGeldigeApiSleutel(request.headers.get("x-api-key"), sleutel)) {
    throw new AppError("not_authenticated", {
      detail: "Een geldige API-sleutel in de header X-API-KEY is verplicht.",
      headers: { "WWW-Authenticate": 'ApiKey header="X-API-KEY"' },
    });
  }
}
