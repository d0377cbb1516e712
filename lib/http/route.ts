import { toProblem, problemResponse } from "@/lib/errors";
import { requestLogger, type Logger } from "@/lib/log";

export interface RouteContext {
  requestId: string;
  log: Logger;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

/** The request id set by server.ts (or the caller), else a fresh one. */
export function requestIdOf(request: Request): string {
  const incoming = request.headers.get("x-request-id");
  return incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : crypto.randomUUID();
}

/**
 * Wraps a route handler: gives it a request id and logger, and maps every thrown error to
 * problem+json in one place. Unexpected errors are logged with the correlation id that the
 * client sees, and nothing else leaves the server.
 */
export function route<P = unknown>(
  handler: (request: Request, context: RouteContext & { params: P }) => Promise<Response>,
): (request: Request, segment: { params: Promise<P> }) => Promise<Response> {
  return async (request, segment) => {
    const requestId = requestIdOf(request);
    const log = requestLogger(requestId);
    try {
      const params = (await segment?.params) as P;
      return await handler(request, { requestId, log, params });
    } catch (error) {
      const problem = toProblem(error, { correlationId: requestId, instance: new URL(request.url).pathname });
      if (problem.unexpected !== undefined) {
        log.error({ err: problem.unexpected }, "onverwachte fout in route handler");
      } else if (problem.status >= 500) {
        log.warn({ code: problem.body.code, detail: problem.body.detail }, "dienst niet beschikbaar");
      }
      return problemResponse(problem, { "X-Request-Id": requestId });
    }
  };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  return new Response(JSON.stringify(body), { ...init, headers });
}
