import { readFileSync } from "node:fs";
import path from "node:path";
import { applicatieRollenVerzoek, groepenVerzoek, type PabcApiContext } from "../api";
import { parseDatasetTekst } from "../dataset";

/** Test fixtures shared by the contract tests of the built-in PABC and of the client. */
export const TESTDATA = path.resolve(import.meta.dirname, "../testdata");
export const CONTRACT_DATASET_BESTAND = path.join(TESTDATA, "contract-dataset.json");
export const CONTRACT_REALM_BESTAND = path.join(TESTDATA, "realm.json");

export const contractDataset = () => parseDatasetTekst(readFileSync(CONTRACT_DATASET_BESTAND, "utf8"), "contract-dataset.json");
export const contractRealm = (): unknown => JSON.parse(readFileSync(CONTRACT_REALM_BESTAND, "utf8"));

export const CONTRACT_SLEUTEL = "contract-test-sleutel-0123456789";

/** Issues a request to a PABC, `pad` relative to its base URL (`/groups?...`). */
export type PabcFetch = (pad: string, init?: RequestInit) => Promise<Response>;

/**
 * A PabcFetch that calls the built-in API's request handlers directly, the way the Next.js
 * route handlers do, so tests can give them their own context (test database, fixtures).
 */
export function verzoekAdapter(ctx: PabcApiContext, base = "http://pabc.test/pabc/api/v1"): PabcFetch {
  return async (pad, init) => {
    const request = new Request(`${base}${pad}`, init);
    const padnaam = new URL(request.url).pathname.slice(new URL(base).pathname.length);
    if (padnaam === "/application-roles-per-entity-type" && request.method === "POST") return applicatieRollenVerzoek(request, ctx);
    if (padnaam === "/groups" && request.method === "GET") return groepenVerzoek(request, ctx);
    return new Response(null, { status: 404 });
  };
}
