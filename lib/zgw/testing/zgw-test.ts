import { parseConfig } from "@/lib/config";
import type { DatabaseHandle } from "@/lib/db";
import { ZGW_APIS, type ZgwApi } from "../apis";
import { oasBestandPad } from "../oas";
import { OAS_ERRATA } from "./oas-errata";
import { controleerOasAntwoord, maakOasValidator, type OasValidator } from "./oas-validator";

/** Public base URL used by the ZGW integration tests (URLs in bodies are built from it). */
export const TEST_PUBLIC_URL = "https://zac.test.example";

const DB_KEY = Symbol.for("zac.database");
const CONFIG_KEY = Symbol.for("zac.config");
type Slots = typeof globalThis & { [DB_KEY]?: unknown; [CONFIG_KEY]?: unknown };

/**
 * Points the process-wide database and configuration (read by getDatabase()/getConfig() in
 * the route handlers) at a test database; returns a function that restores them.
 */
export function koppelTestOmgeving(handle: DatabaseHandle): () => void {
  const g = globalThis as Slots;
  const vorige = { db: g[DB_KEY], config: g[CONFIG_KEY] };
  g[DB_KEY] = Promise.resolve(handle);
  g[CONFIG_KEY] = parseConfig({ NODE_ENV: "test", ZAC_PUBLIC_URL: TEST_PUBLIC_URL });
  return () => {
    g[DB_KEY] = vorige.db;
    g[CONFIG_KEY] = vorige.config;
  };
}

type Handler<P> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

export interface Aanroep {
  response: Response;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test bodies are inspected freely
  body: any;
}

/**
 * Calls a route handler with a Request as Next.js would, and validates the response against
 * the API's normative OAS (unless `oas: false`, for statuses the OAS does not document).
 */
export function zgwAanroeper(api: ZgwApi) {
  const validator: OasValidator = maakOasValidator(oasBestandPad(api), { apiRoot: ZGW_APIS[api].pad, errata: OAS_ERRATA[api] });
  return {
    validator,
    async roep<P>(
      handler: Handler<P>,
      method: string,
      pad: string,
      opties: { token?: string; body?: unknown; headers?: Record<string, string>; params?: P; oas?: boolean } = {},
    ): Promise<Aanroep> {
      const headers: Record<string, string> = { ...(opties.headers ?? {}) };
      if (opties.token) headers.Authorization = `Bearer ${opties.token}`;
      let body: string | undefined;
      if (opties.body !== undefined) {
        body = typeof opties.body === "string" ? opties.body : JSON.stringify(opties.body);
        headers["Content-Type"] ??= "application/json";
      }
      const request = new Request(`http://localhost:3000${ZGW_APIS[api].pad}${pad}`, { method, headers, body });
      const response = await handler(request, { params: Promise.resolve((opties.params ?? {}) as P) });
      if (opties.oas === false) {
        const tekst = await response.clone().text();
        return { response, body: tekst === "" ? undefined : JSON.parse(tekst) };
      }
      return { response, body: await controleerOasAntwoord(validator, request, response) };
    },
  };
}
