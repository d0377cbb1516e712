import type { Database, Transaction } from "@/lib/db";
import { getLogger } from "@/lib/log";
import type { ZgwApi } from "./apis";
import { eigenZgwToken } from "./autorisaties";
import { validatieFout } from "./fouten";
import { apiRoot } from "./route";

type Db = Database | Transaction;

/** Reads a local resource as its API representation (JSON as GET would answer), or null. */
export type LokaleLezer = (db: Db, apiRoot: string, uuid: string) => Promise<Record<string, unknown> | null>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Time allowed for a GET/write to another ZGW API. */
const TIMEOUT_MS = 10_000;

/** The uuid when `url` names a resource of this app (`apiRoot(api)/<collectie>/<uuid>`), else null. */
export function lokaleUuid(url: string, api: ZgwApi, collectie: string): string | null {
  const prefix = `${apiRoot(api)}/${collectie}/`;
  if (!url.startsWith(prefix)) return null;
  const rest = url.slice(prefix.length).replace(/\/$/, "");
  return UUID.test(rest) ? rest.toLowerCase() : null;
}

/** Whether a URL points into one of this app's own API roots (then it must name an existing local resource). */
function isEigenApi(url: string, api: ZgwApi): boolean {
  return url.startsWith(`${apiRoot(api)}/`);
}

function geldigeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * GETs the resource a URL names (GUIDE 1: "validation of a referenced URL = GET it"). Local
 * URLs are read from the database (same transaction, no HTTP); other URLs over HTTP with the
 * app's own client credentials (GUIDE 3.1, service-to-service). Throws a 400 on `veld` with
 * `bad-url` when nothing answers 200, `invalid-resource` when the answer is not a resource.
 */
export async function haalResource(
  db: Db,
  url: string,
  verwacht: { api: ZgwApi; collectie: string },
  veld: string,
  cache?: Map<string, Promise<Record<string, unknown>>>,
): Promise<Record<string, unknown>> {
  const bekend = cache?.get(url);
  if (bekend) return bekend;
  const belofte = haal(db, url, verwacht, veld);
  cache?.set(url, belofte);
  try {
    return await belofte;
  } catch (error) {
    cache?.delete(url);
    throw error;
  }
}

async function haal(db: Db, url: string, verwacht: { api: ZgwApi; collectie: string }, veld: string): Promise<Record<string, unknown>> {
  if (!geldigeUrl(url)) throw validatieFout([{ name: veld, code: "bad-url", reason: "Voer een geldige URL in." }]);
  const uuid = lokaleUuid(url, verwacht.api, verwacht.collectie);
  if (uuid) {
    const { LOKALE_LEZERS } = await import("./lokaal");
    const lezer = LOKALE_LEZERS[verwacht.api]?.[verwacht.collectie];
    if (!lezer) throw new Error(`Geen lokale lezer voor ${verwacht.api}/${verwacht.collectie}`);
    const resource = await lezer(db, apiRoot(verwacht.api), uuid);
    if (!resource) throw validatieFout([{ name: veld, code: "bad-url", reason: `De URL ${url} verwijst niet naar een bestaand object.` }]);
    return resource;
  }
  if (isEigenApi(url, verwacht.api)) {
    // On our own root but not an object of the expected collection.
    throw validatieFout([{ name: veld, code: "invalid-resource", reason: `De URL ${url} verwijst niet naar een object van het verwachte soort.` }]);
  }
  const token = await eigenZgwToken(db, { id: "", weergave: "" });
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: "application/json", Authorization: `Bearer ${token}` },
      redirect: "follow",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    getLogger().warn({ url, err: error }, "externe ZGW-resource niet bereikbaar");
    throw validatieFout([{ name: veld, code: "bad-url", reason: `De URL ${url} is niet bereikbaar.` }]);
  }
  if (response.status !== 200) {
    throw validatieFout([{ name: veld, code: "bad-url", reason: `De URL ${url} gaf HTTP ${response.status} in plaats van 200.` }]);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw validatieFout([{ name: veld, code: "invalid-resource", reason: `De URL ${url} gaf geen JSON.` }]);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body) || typeof (body as { url?: unknown }).url !== "string") {
    throw validatieFout([{ name: veld, code: "invalid-resource", reason: `De URL ${url} verwijst niet naar een geldig object.` }]);
  }
  return body as Record<string, unknown>;
}

/**
 * A write to another ZGW API with the app's own credentials, e.g. mirroring a relation to an
 * external Documenten API (zrc-005, brc-005/006). The caller decides what a failure means.
 */
export async function zgwExternVerzoek(db: Db, url: string, init: { method: string; body?: unknown; headers?: Record<string, string> }): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    Authorization: `Bearer ${await eigenZgwToken(db, { id: "", weergave: "" })}`,
    ...init.headers,
  };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  return fetch(url, {
    method: init.method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
}
