/**
 * One client for the ZGW APIs (Zaken, Catalogi, Documenten, Besluiten) used by the
 * case-handling proxy. Every request carries a ZGW JWT signed with the app's client
 * credentials and the employee's id and name (`user_id`/`user_representation`), so the
 * audit trails name the employee.
 *
 * Base URLs per API are configurable (ZGW_<API>_API_URL); by default they are this app's own
 * ZGW route handlers over loopback (`config.internalUrl`). Resource URLs in answers use the
 * public URL (ZAC_PUBLIC_URL); the client fetches them through the loopback root instead
 * (no hairpin through a load balancer). Pointed at an external Open Zaak nothing changes
 * except the roots and the credentials (ZGW_CLIENT_ID/ZGW_CLIENT_SECRET).
 */
import { z } from "zod";
import { getConfig } from "@/lib/config";
import { AppError, type InvalidParam } from "@/lib/errors";
import { ZGW_APIS } from "@/lib/zgw/apis";
import { maakZgwJwt } from "@/lib/zgw/auth/jwt";
import { zgwClientEnv } from "./env";

export type ZgwClientApi = "zaken" | "catalogi" | "documenten" | "besluiten";
export const ZGW_CLIENT_APIS: readonly ZgwClientApi[] = ["zaken", "catalogi", "documenten", "besluiten"];

export interface ZgwGebruiker {
  id: string;
  weergave: string;
}

export interface ApiRoot {
  /** Where requests go. */
  fetchRoot: string;
  /** The root resource URLs in answers start with (equal to fetchRoot for an external API). */
  publiekeRoot: string;
}

export interface ZgwClientOpties {
  gebruiker: ZgwGebruiker;
  /** Signs the JWT; default: ZGW_CLIENT_ID/SECRET when set, else the app's own client. */
  token?: (gebruiker: ZgwGebruiker) => Promise<string>;
  roots?: Partial<Record<ZgwClientApi, ApiRoot>>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface Lijst<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;

const TIMEOUT_MS = 15_000;

/** The reason of a change goes into the audit trail (ZGW `X-Audit-Toelichting`). */
function audit(toelichting: string | undefined): Record<string, string> | undefined {
  // Header values must be Latin-1 without line breaks; keep it on one line.
  return toelichting ? { "X-Audit-Toelichting": toelichting.replace(/[^\x20-\x7e\xa0-\xff]/g, "?").slice(0, 1000) } : undefined;
}

/** The roots from the environment (defaults: this app's own APIs over loopback). */
export function zgwRoots(env = zgwClientEnv()): Record<ZgwClientApi, ApiRoot> {
  const config = getConfig();
  const root = (api: ZgwClientApi, override: string | undefined): ApiRoot => {
    if (override) {
      const r = override.replace(/\/+$/, "");
      return { fetchRoot: r, publiekeRoot: r };
    }
    return { fetchRoot: `${config.internalUrl}${ZGW_APIS[api].pad}`, publiekeRoot: `${config.publicUrl}${ZGW_APIS[api].pad}` };
  };
  return {
    zaken: root("zaken", env.ZGW_ZAKEN_API_URL),
    catalogi: root("catalogi", env.ZGW_CATALOGI_API_URL),
    documenten: root("documenten", env.ZGW_DOCUMENTEN_API_URL),
    besluiten: root("besluiten", env.ZGW_BESLUITEN_API_URL),
  };
}

// Tokens are cheap to sign, but the own client's secret comes from the database: cache the
// signed token per user for a while (well inside ZGW_JWT_EXPIRY).
const TOKEN_GELDIG_MS = 5 * 60_000;
const tokenCache = new Map<string, { token: string; tot: number }>();

async function standaardToken(gebruiker: ZgwGebruiker): Promise<string> {
  const sleutel = `${gebruiker.id}\u0000${gebruiker.weergave}`;
  const bekend = tokenCache.get(sleutel);
  if (bekend && bekend.tot > Date.now()) return bekend.token;
  const env = zgwClientEnv();
  let token: string;
  if (env.ZGW_CLIENT_ID && env.ZGW_CLIENT_SECRET) {
    token = await maakZgwJwt(env.ZGW_CLIENT_ID, env.ZGW_CLIENT_SECRET, { userId: gebruiker.id, userRepresentation: gebruiker.weergave });
  } else {
    const [{ getDatabase }, { eigenZgwToken }] = await Promise.all([import("@/lib/db"), import("@/lib/zgw/autorisaties")]);
    token = await eigenZgwToken((await getDatabase()).db, gebruiker);
  }
  if (tokenCache.size > 1000) tokenCache.clear();
  tokenCache.set(sleutel, { token, tot: Date.now() + TOKEN_GELDIG_MS });
  return token;
}

function zetQuery(url: URL, query: Query | undefined): void {
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null) continue;
    url.searchParams.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
}

const ZgwFoutVorm = {
  parse(body: unknown): { detail?: string; title?: string; code?: string; invalidParams?: InvalidParam[] } {
    if (!body || typeof body !== "object") return {};
    const b = body as Record<string, unknown>;
    const invalid = Array.isArray(b.invalidParams)
      ? b.invalidParams
          .filter((p): p is Record<string, unknown> => !!p && typeof p === "object")
          .map((p) => ({ name: String(p.name ?? ""), code: String(p.code ?? "invalid"), reason: String(p.reason ?? "") }))
      : undefined;
    return {
      detail: typeof b.detail === "string" ? b.detail : undefined,
      title: typeof b.title === "string" ? b.title : undefined,
      code: typeof b.code === "string" ? b.code : undefined,
      invalidParams: invalid,
    };
  },
};

/** A ZGW API answer that is not 2xx -> AppError (the one error type). */
export async function zgwFoutNaarAppError(response: Response, wat: string): Promise<AppError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON
  }
  const f = ZgwFoutVorm.parse(body);
  const extensions = { zgwStatus: response.status, ...(f.code ? { zgwCode: f.code } : {}) };
  const detail = f.detail ?? f.title ?? `${wat}: HTTP ${response.status}`;
  switch (response.status) {
    case 400:
      return new AppError("invalid", { detail, invalidParams: f.invalidParams, extensions });
    case 404:
      return new AppError("not_found", { detail, extensions });
    case 409:
      return new AppError("conflict", { detail, extensions });
    case 412:
      return new AppError("precondition_failed", { detail, extensions });
    case 413:
      return new AppError("payload_too_large", { detail, extensions });
    case 401:
    case 403:
      // The proxy's own client was refused: a configuration fault, never the employee's.
      return new AppError("error", { detail: `De ZGW-koppeling weigerde ${wat} (HTTP ${response.status}).`, extensions });
    default:
      if (response.status >= 500) return AppError.unavailable(`${wat}: de ZGW-API gaf HTTP ${response.status}.`);
      return new AppError("error", { detail, extensions });
  }
}

export class ZgwClient {
  readonly roots: Record<ZgwClientApi, ApiRoot>;
  private readonly gebruiker: ZgwGebruiker;
  private readonly token: (g: ZgwGebruiker) => Promise<string>;
  private readonly doeFetch: typeof fetch;
  private readonly timeoutMs: number;

  constructor(opties: ZgwClientOpties) {
    this.gebruiker = opties.gebruiker;
    this.token = opties.token ?? standaardToken;
    this.roots = { ...zgwRoots(), ...opties.roots };
    this.doeFetch = opties.fetch ?? ((...a) => fetch(...a));
    this.timeoutMs = opties.timeoutMs ?? TIMEOUT_MS;
  }

  /** Absolute (public) URL of a path in an API: `url("zaken", "/zaken/<uuid>")`. */
  url(api: ZgwClientApi, pad: string): string {
    return `${this.roots[api].publiekeRoot}${pad.startsWith("/") ? pad : `/${pad}`}`;
  }

  /** The API a resource URL belongs to, or null when it is none of the configured ones. */
  apiVan(url: string): ZgwClientApi | null {
    for (const api of ZGW_CLIENT_APIS) {
      const r = this.roots[api];
      if (url.startsWith(`${r.publiekeRoot}/`) || url.startsWith(`${r.fetchRoot}/`)) return api;
    }
    return null;
  }

  /** The uuid at the end of a resource URL. */
  static uuidUit(url: string): string {
    const deel = url.replace(/\/+$/, "").split("/").pop() ?? "";
    return deel;
  }

  /** Where to fetch a URL: public URLs of a default (own) API go through loopback. */
  private fetchUrl(urlOfPad: string | { api: ZgwClientApi; pad: string }): URL {
    if (typeof urlOfPad !== "string") {
      const r = this.roots[urlOfPad.api];
      return new URL(`${r.fetchRoot}${urlOfPad.pad.startsWith("/") ? urlOfPad.pad : `/${urlOfPad.pad}`}`);
    }
    for (const api of ZGW_CLIENT_APIS) {
      const r = this.roots[api];
      if (r.publiekeRoot !== r.fetchRoot && urlOfPad.startsWith(`${r.publiekeRoot}/`)) {
        return new URL(`${r.fetchRoot}${urlOfPad.slice(r.publiekeRoot.length)}`);
      }
    }
    return new URL(urlOfPad);
  }

  /** The raw request (for streaming). Throws AppError on network failure; does NOT check the status. */
  async verzoek(
    doel: string | { api: ZgwClientApi; pad: string },
    init: { method?: string; query?: Query; body?: unknown; headers?: Record<string, string>; rauw?: BodyInit; duplex?: boolean } = {},
  ): Promise<Response> {
    const url = this.fetchUrl(doel);
    zetQuery(url, init.query);
    const headers = new Headers({
      Accept: "application/json",
      Authorization: `Bearer ${await this.token(this.gebruiker)}`,
      // The Zaken API requires these on zaak operations (geometry); harmless elsewhere.
      "Accept-Crs": "EPSG:4326",
      ...init.headers,
    });
    let body: BodyInit | undefined = init.rauw;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers.set("Content-Type", "application/json");
      headers.set("Content-Crs", "EPSG:4326");
    }
    const method = init.method ?? "GET";
    try {
      return await this.doeFetch(url, {
        method,
        headers,
        body,
        // Streaming request bodies (bestandsdelen) need half duplex.
        ...(init.duplex ? { duplex: "half" } : {}),
        signal: AbortSignal.timeout(this.timeoutMs),
      } as RequestInit);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw AppError.unavailable(`De ZGW-API is niet bereikbaar (${method} ${url.pathname}).`, error);
    }
  }

  private async json<T>(response: Response, schema: z.ZodType<T>, wat: string): Promise<T> {
    if (!response.ok) throw await zgwFoutNaarAppError(response, wat);
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new AppError("error", { detail: `${wat}: de ZGW-API gaf geen JSON.`, cause: error });
    }
    const r = schema.safeParse(body);
    if (!r.success) throw new AppError("error", { detail: `${wat}: onverwacht antwoord van de ZGW-API.`, cause: r.error });
    return r.data;
  }

  async haal<T>(doel: string | { api: ZgwClientApi; pad: string }, schema: z.ZodType<T>, query?: Query): Promise<T> {
    const wat = `GET ${typeof doel === "string" ? doel : doel.pad}`;
    return this.json(await this.verzoek(doel, { query }), schema, wat);
  }

  /** GET that answers null on 404. */
  async haalOfNull<T>(doel: string | { api: ZgwClientApi; pad: string }, schema: z.ZodType<T>, query?: Query): Promise<T | null> {
    const response = await this.verzoek(doel, { query });
    if (response.status === 404) return null;
    return this.json(response, schema, `GET ${typeof doel === "string" ? doel : doel.pad}`);
  }

  /** One page of a list (`{count, next, previous, results}`). */
  async lijst<T>(api: ZgwClientApi, pad: string, item: z.ZodType<T>, query?: Query): Promise<Lijst<T>> {
    const schema = z.object({
      count: z.number(),
      next: z.string().nullable().optional(),
      previous: z.string().nullable().optional(),
      results: z.array(item),
    });
    const r = await this.haal({ api, pad }, schema, query);
    return { count: r.count, next: r.next ?? null, previous: r.previous ?? null, results: r.results };
  }

  /** Every item of a list, following `next` (only for small lists: catalogue types, rollen of one zaak). */
  async alle<T>(api: ZgwClientApi, pad: string, item: z.ZodType<T>, query?: Query, maxPaginas = 20): Promise<T[]> {
    const schema = z.object({ next: z.string().nullable().optional(), results: z.array(item) });
    const uit: T[] = [];
    let pagina = await this.haal({ api, pad }, schema, query);
    uit.push(...pagina.results);
    for (let i = 1; pagina.next && i < maxPaginas; i++) {
      pagina = await this.haal(pagina.next, schema);
      uit.push(...pagina.results);
    }
    return uit;
  }

  /** Lists the ZGW APIs answer as a bare array (no pagination): zaakinformatieobjecten, besluitinformatieobjecten, objectinformatieobjecten, audittrail. */
  async array<T>(api: ZgwClientApi, pad: string, item: z.ZodType<T>, query?: Query): Promise<T[]> {
    return this.haal({ api, pad }, z.array(item), query);
  }

  /** POST {root}/<pad>/_zoek with a JSON body (paginated answer). */
  async zoek<T>(api: ZgwClientApi, pad: string, body: Record<string, unknown>, item: z.ZodType<T>, query?: Query): Promise<Lijst<T>> {
    const schema = z.object({
      count: z.number(),
      next: z.string().nullable().optional(),
      previous: z.string().nullable().optional(),
      results: z.array(item),
    });
    const r = await this.json(await this.verzoek({ api, pad }, { method: "POST", body, query }), schema, `POST ${pad}`);
    return { count: r.count, next: r.next ?? null, previous: r.previous ?? null, results: r.results };
  }

  async maak<T>(api: ZgwClientApi, pad: string, body: unknown, schema: z.ZodType<T>, toelichting?: string): Promise<T> {
    return this.json(await this.verzoek({ api, pad }, { method: "POST", body, headers: audit(toelichting) }), schema, `POST ${pad}`);
  }

  async post<T>(doel: string | { api: ZgwClientApi; pad: string }, body: unknown, schema: z.ZodType<T>, toelichting?: string): Promise<T> {
    return this.json(await this.verzoek(doel, { method: "POST", body, headers: audit(toelichting) }), schema, `POST ${typeof doel === "string" ? doel : doel.pad}`);
  }

  async wijzig<T>(url: string, body: unknown, schema: z.ZodType<T>, toelichting?: string): Promise<T> {
    return this.json(await this.verzoek(url, { method: "PATCH", body, headers: audit(toelichting) }), schema, `PATCH ${url}`);
  }

  async vervang<T>(url: string, body: unknown, schema: z.ZodType<T>, toelichting?: string): Promise<T> {
    return this.json(await this.verzoek(url, { method: "PUT", body, headers: audit(toelichting) }), schema, `PUT ${url}`);
  }

  async verwijder(url: string, toelichting?: string): Promise<void> {
    const response = await this.verzoek(url, { method: "DELETE", headers: audit(toelichting) });
    if (!response.ok) throw await zgwFoutNaarAppError(response, `DELETE ${url}`);
  }
}

export function zgwClient(gebruiker: ZgwGebruiker, opties: Omit<ZgwClientOpties, "gebruiker"> = {}): ZgwClient {
  return new ZgwClient({ gebruiker, ...opties });
}
