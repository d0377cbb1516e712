import { getConfig } from "@/lib/config";
import { getDatabase, type Database } from "@/lib/db";
import { AppError, problemResponse, toProblem } from "@/lib/errors";
import { route, type RouteContext } from "@/lib/http";
import { ZGW_APIS, type ZgwApi } from "./apis";
import { verifieerZgwJwt } from "./auth/jwt";
import { applicatieVoorClientId, zoekClientSecret } from "./autorisaties/opslag";
import { zgwEnv } from "./env";
import { berekenEtag, ifNoneMatchPast } from "./etag";
import { zgwFout } from "./fouten";
import { apiVersie, oasOperatie, type OasOperatie } from "./oas";
import { Autorisatiecontext, type Consumer } from "./scopes";

export interface ZgwContext<P> extends RouteContext {
  params: P;
  api: ZgwApi;
  db: Database;
  /** What the authenticated consumer may do in this API's component. */
  auth: Autorisatiecontext;
  /** The OAS operation (with its scope expression) this handler implements. */
  operatie: OasOperatie;
  /** Absolute URL of the API root on the public base URL, e.g. https://zac.example/autorisaties/api/v1. */
  apiRoot: string;
  /** This request's URL on the public base URL (for pagination links). */
  verzoekUrl: URL;
}

export function apiRoot(api: ZgwApi): string {
  return `${getConfig().publicUrl}${ZGW_APIS[api].pad}`;
}

function publiekeUrl(request: Request): URL {
  const binnen = new URL(request.url);
  return new URL(`${getConfig().publicUrl}${binnen.pathname}${binnen.search}`);
}

const ACCEPTABEL = /(^|,)\s*(\*\/\*|application\/\*|application\/json|application\/problem\+json)\s*(;|,|$)/i;

/** 406 when the client accepts neither JSON nor anything. */
function controleerAccept(request: Request): void {
  const accept = request.headers.get("accept");
  if (accept && !ACCEPTABEL.test(accept)) {
    throw zgwFout("not_acceptable", "not_acceptable", "Deze API levert alleen application/json.");
  }
}

/** Adds API-version, and drops the body of a HEAD response (same headers as GET). */
function afronden(request: Request, response: Response, versie: string): Response {
  const headers = new Headers(response.headers);
  headers.set("API-version", versie);
  const body = request.method === "HEAD" ? null : response.body;
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Problem+json as the ZGW OAS's Fout/ValidatieFout: `detail` always present, a 400 always
 * with `invalidParams`; unexpected errors logged with the correlation id the client sees.
 */
function foutAntwoord(error: unknown, request: Request, ctx: RouteContext, versie: string): Response {
  const problem = toProblem(error, { correlationId: ctx.requestId, instance: new URL(request.url).pathname });
  if (problem.unexpected !== undefined) ctx.log.error({ err: problem.unexpected }, "onverwachte fout in ZGW API");
  problem.body.detail ??= problem.body.title;
  if (problem.status === 400) problem.body.invalidParams ??= [];
  const response = problemResponse(problem, { "X-Request-Id": ctx.requestId, "API-version": versie });
  return request.method === "HEAD" ? new Response(null, { status: response.status, headers: response.headers }) : response;
}

/** Authenticates the JWT (GUIDE §3.1) and loads the consumer's applicatie from the AC tables, per request. */
export async function authenticeer(request: Request, db: Database): Promise<Consumer> {
  const env = zgwEnv();
  const claims = await verifieerZgwJwt(request.headers.get("authorization"), {
    expiry: env.ZGW_JWT_EXPIRY,
    leeway: env.ZGW_JWT_LEEWAY,
    zoekSecret: (clientId) => zoekClientSecret(db, clientId),
  });
  const applicatie = await applicatieVoorClientId(db, claims.clientId);
  return {
    clientId: claims.clientId,
    applicatie: applicatie
      ? { uuid: applicatie.uuid, label: applicatie.label, heeftAlleAutorisaties: applicatie.heeftAlleAutorisaties }
      : null,
    autorisaties: applicatie?.autorisaties ?? [],
    gebruiker: { id: claims.userId, weergave: claims.userRepresentation },
  };
}

/**
 * A route handler of a ZGW API operation: authenticates the JWT, resolves the applicatie,
 * checks the scope expression of the operation's OAS `security` block (for any object type;
 * per-object checks and list filters are the handler's, via `ctx.auth`), sets API-version,
 * strips the body of HEAD, and answers every failure as ZGW problem+json.
 */
export function zgwRoute<P = unknown>(
  api: ZgwApi,
  operationId: string,
  handler: (request: Request, ctx: ZgwContext<P>) => Promise<Response>,
) {
  return route<P>(async (request, ctx) => {
    const versie = apiVersie(api);
    try {
      const operatie = oasOperatie(api, operationId);
      controleerAccept(request);
      const { db } = await getDatabase();
      const consumer = await authenticeer(request, db);
      const auth = new Autorisatiecontext(consumer, ZGW_APIS[api].component);
      auth.vereis(operatie.scopes);
      const response = await handler(request, {
        ...ctx,
        api,
        db,
        auth,
        operatie,
        apiRoot: apiRoot(api),
        verzoekUrl: publiekeUrl(request),
      });
      return afronden(request, response, versie);
    } catch (error) {
      return foutAntwoord(error, request, ctx, versie);
    }
  });
}

/** A ZGW endpoint without authentication (the OAS documents): API-version and problem+json only. */
export function zgwOpenRoute(api: ZgwApi, handler: (request: Request) => Promise<Response> | Response) {
  return route(async (request, ctx) => {
    const versie = apiVersie(api);
    try {
      return afronden(request, await handler(request), versie);
    } catch (error) {
      return foutAntwoord(error, request, ctx, versie);
    }
  });
}

/**
 * A JSON response; with `etag`, an ETag header and 304 when If-None-Match matches (GET and
 * HEAD, GUIDE §5.5).
 */
export function zgwJson(request: Request, body: unknown, init: { status?: number; headers?: Record<string, string>; etag?: boolean } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json");
  if (init.etag) {
    const etag = berekenEtag(body);
    headers.set("ETag", etag);
    if ((request.method === "GET" || request.method === "HEAD") && ifNoneMatchPast(request.headers.get("if-none-match"), etag)) {
      headers.delete("Content-Type");
      return new Response(null, { status: 304, headers });
    }
  }
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers });
}

/** The JSON body of a write request: 415 for another content type, 400 for unreadable JSON. */
export async function leesJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    throw zgwFout("unsupported_media_type", "unsupported_media_type", `Mediatype ${JSON.stringify(type)} wordt niet ondersteund; stuur application/json.`);
  }
  const tekst = await request.text();
  try {
    return JSON.parse(tekst) as unknown;
  } catch {
    throw new AppError("parse_error", {
      detail: "De inhoud van het verzoek is geen geldige JSON.",
      invalidParams: [],
      extensions: { code: "parse_error" },
    });
  }
}
