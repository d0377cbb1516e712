import { ZodError } from "zod";
import { AppError, isAppError, type InvalidParam } from "./app-error";

/** RFC 9457 problem document, with the ZGW members `code` and `invalidParams`. */
export interface ProblemDocument {
  type: string;
  code: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  invalidParams?: InvalidParam[];
  [extension: string]: unknown;
}

export interface Problem {
  status: number;
  body: ProblemDocument;
  headers: Record<string, string>;
  /** The original error when it was not an AppError (to be logged, never sent). */
  unexpected?: unknown;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Zod issues -> ZGW invalidParams (`parent.child`, `list.0.field`; root errors are `nonFieldErrors`). */
export function invalidParamsFromZod(error: ZodError): InvalidParam[] {
  return error.issues.map((issue) => ({
    name: issue.path.length ? issue.path.map(String).join(".") : "nonFieldErrors",
    // zod 4 leaves the input out of issues; its message ends in "undefined" for a missing value.
    code: issue.code === "invalid_type" && /\bundefined$/.test(issue.message) ? "required" : "invalid",
    reason: issue.message,
  }));
}

/**
 * The one mapper from any thrown value to a problem document. Unknown errors become a 500
 * with only a correlation id: internals never leave the server.
 */
export function toProblem(error: unknown, options: { instance?: string; correlationId?: string } = {}): Problem {
  const correlationId = options.correlationId ?? crypto.randomUUID();
  const instance = options.instance ?? `urn:uuid:${correlationId}`;

  let appError: AppError;
  let unexpected: unknown;
  if (isAppError(error)) {
    appError = error;
  } else if (error instanceof ZodError) {
    appError = AppError.invalid("De invoer is ongeldig.", invalidParamsFromZod(error));
  } else {
    appError = new AppError("error", {
      detail: `Er is een onverwachte fout opgetreden. Vermeld bij contact met de beheerder het foutnummer ${correlationId}.`,
    });
    unexpected = error;
  }

  const body: ProblemDocument = {
    type: `urn:zac:fout:${appError.code}`,
    code: appError.code,
    title: appError.title,
    status: appError.status,
    ...(appError.detail !== undefined ? { detail: appError.detail } : {}),
    instance,
    ...(appError.invalidParams ? { invalidParams: appError.invalidParams } : {}),
    ...(appError.extensions ?? {}),
  };
  if (appError.status >= 500) body.correlationId = correlationId;

  return {
    status: appError.status,
    body,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, ...(appError.headers ?? {}) },
    unexpected,
  };
}

/** A Fetch API Response for a problem (route handlers). */
export function problemResponse(problem: Problem, extraHeaders: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem.body), {
    status: problem.status,
    headers: { ...problem.headers, ...extraHeaders },
  });
}
