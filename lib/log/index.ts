import pino, { type Logger } from "pino";

export type { Logger } from "pino";

/**
 * Paths that may hold secrets or tokens. pino replaces them before a line is written, so a
 * careless `log.info({ headers })` cannot leak credentials.
 */
export const REDACT_PATHS = [
  "password",
  "*.password",
  "secret",
  "*.secret",
  "clientSecret",
  "*.clientSecret",
  "token",
  "*.token",
  "accessToken",
  "*.accessToken",
  "refreshToken",
  "*.refreshToken",
  "idToken",
  "*.idToken",
  "apiKey",
  "*.apiKey",
  "authorization",
  "*.authorization",
  "cookie",
  "*.cookie",
  'headers["x-api-key"]',
  '*.headers["x-api-key"]',
  'headers["set-cookie"]',
  '*.headers["set-cookie"]',
  "*.headers.authorization",
  "*.headers.cookie",
  "DATABASE_URL",
  "*.DATABASE_URL",
];

export function createLogger(options: { level?: string; pretty?: boolean; destination?: pino.DestinationStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? "info";
  const base: pino.LoggerOptions = {
    level,
    base: { app: "zac" },
    redact: { paths: REDACT_PATHS, censor: "[verborgen]" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  if (options.destination) return pino(base, options.destination);
  if (options.pretty ?? process.env.LOG_PRETTY === "true") {
    return pino({ ...base, transport: { target: "pino-pretty", options: { colorize: true } } });
  }
  return pino(base);
}

const LOGGER_KEY = Symbol.for("zac.logger");
type WithLogger = typeof globalThis & { [LOGGER_KEY]?: Logger };

/** The process-wide root logger (one instance even when Next.js loads this module twice). */
export function getLogger(): Logger {
  const g = globalThis as WithLogger;
  g[LOGGER_KEY] ??= createLogger();
  return g[LOGGER_KEY];
}

/** A child logger for one request: every line carries the request id. */
export function requestLogger(requestId: string): Logger {
  return getLogger().child({ reqId: requestId });
}

/** Removes credentials from a URL before it is logged (e.g. a DATABASE_URL). */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = "[verborgen]";
    url.search = "";
    return url.toString();
  } catch {
    return "[ongeldige URL]";
  }
}
