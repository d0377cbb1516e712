/**
 * The one application error type. Every failure that should reach a client is an AppError
 * with a code from a closed set; `toProblem` (problem.ts) turns it into RFC 9457
 * problem+json. The codes follow the ZGW reference implementation (Open Zaak), so ZGW
 * clients and our own UI read the same shapes.
 */

export const FOUT_CODES = {
  invalid: { status: 400, title: "Ongeldige invoer." },
  parse_error: { status: 400, title: "De inhoud van het verzoek kon niet worden gelezen." },
  not_authenticated: { status: 401, title: "Je bent niet ingelogd of je inloggegevens zijn ongeldig." },
  permission_denied: { status: 403, title: "Je hebt geen toestemming voor deze actie." },
  not_found: { status: 404, title: "Niet gevonden." },
  method_not_allowed: { status: 405, title: "Deze methode is niet toegestaan." },
  not_acceptable: { status: 406, title: "Het gevraagde formaat kan niet worden geleverd." },
  conflict: { status: 409, title: "Het verzoek botst met de huidige toestand." },
  gone: { status: 410, title: "Deze bron bestaat niet meer." },
  precondition_failed: { status: 412, title: "Niet voldaan aan een voorwaarde van het verzoek." },
  payload_too_large: { status: 413, title: "Het verzoek is te groot." },
  unsupported_media_type: { status: 415, title: "Dit mediatype wordt niet ondersteund." },
  throttled: { status: 429, title: "Te veel verzoeken; probeer het later opnieuw." },
  error: { status: 500, title: "Er ging iets mis aan onze kant." },
  service_unavailable: { status: 503, title: "De dienst is tijdelijk niet beschikbaar." },
} as const;

export type FoutCode = keyof typeof FOUT_CODES;

/** One invalid field: `name` is the camelCase path (`parent.child`, `list.0.field`). */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export interface AppErrorOptions {
  /** Human-readable explanation for this occurrence (Dutch). */
  detail?: string;
  invalidParams?: InvalidParam[];
  /** Overrides the default title of the code. */
  title?: string;
  /** Extra members for the problem document (e.g. `recht` for a missing right). */
  extensions?: Record<string, unknown>;
  /** Extra response headers (e.g. `WWW-Authenticate`, `Retry-After`). */
  headers?: Record<string, string>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: FoutCode;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly invalidParams: InvalidParam[] | undefined;
  readonly extensions: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: FoutCode, options: AppErrorOptions = {}) {
    const def = FOUT_CODES[code];
    super(options.detail ?? options.title ?? def.title, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = def.status;
    this.title = options.title ?? def.title;
    this.detail = options.detail;
    this.invalidParams = options.invalidParams;
    this.extensions = options.extensions;
    this.headers = options.headers;
  }

  static invalid(detail: string, invalidParams?: InvalidParam[]): AppError {
    return new AppError("invalid", { detail, invalidParams });
  }

  static notFound(detail?: string): AppError {
    return new AppError("not_found", { detail });
  }

  static forbidden(detail?: string, extensions?: Record<string, unknown>): AppError {
    return new AppError("permission_denied", { detail, extensions });
  }

  static unauthenticated(detail?: string): AppError {
    return new AppError("not_authenticated", { detail });
  }

  static conflict(detail: string): AppError {
    return new AppError("conflict", { detail });
  }

  static unavailable(detail: string, cause?: unknown): AppError {
    return new AppError("service_unavailable", { detail, cause });
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (value instanceof Error && value.name === "AppError" && "code" in value);
}
