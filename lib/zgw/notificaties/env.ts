import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: string) =>
  z.preprocess((v) => (v === undefined || v === "" ? fallback : v), schema);
const seconden = (min: number, max: number) => z.coerce.number({ error: "verwacht een aantal seconden" }).min(min).max(max);

/** Environment variables of the Notificaties API client (merged into lib/config). */
export const notificatiesEnvShape = {
  NOTIFICATIES_API_URL: optional(
    z.url({ protocol: /^https?$/, error: "verwacht een http(s)-URL zoals https://nrc.gemeente.nl/api/v1" }),
  ),
  NOTIFICATIES_CLIENT_ID: optional(z.string().min(1).max(255)),
  NOTIFICATIES_SECRET: optional(z.string().min(1, { error: "verwacht een secret" })),
  NOTIFICATIES_MAX_ATTEMPTS: withDefault(z.coerce.number({ error: "verwacht een getal" }).int().min(1).max(100), "10"),
  NOTIFICATIES_BACKOFF_SECONDS: withDefault(seconden(0.01, 3_600), "5"),
  NOTIFICATIES_POLL_SECONDS: withDefault(seconden(0.05, 3_600), "5"),
} as const;

export const notificatiesEnvDocumentation = {
  NOTIFICATIES_API_URL: {
    standaard: "(empty: no notifications)",
    omschrijving:
      "Root of the Notificaties API (NRC 1.0), e.g. `https://nrc.gemeente.nl/api/v1`. Set: the ZGW APIs write every notifiable change to an outbox in the same transaction and a worker publishes it with retries; the kanalen are registered at start. Empty: nothing is written or sent.",
  },
  NOTIFICATIES_CLIENT_ID: {
    standaard: "(none)",
    omschrijving: "Client id of this app at the Notificaties API (JWT `client_id`; needs scope `notificaties.publiceren`). Required with `NOTIFICATIES_API_URL`.",
  },
  NOTIFICATIES_SECRET: {
    standaard: "(none)",
    omschrijving: "Secret for the HS256 JWT to the Notificaties API. Required with `NOTIFICATIES_API_URL`.",
  },
  NOTIFICATIES_MAX_ATTEMPTS: {
    standaard: "10",
    omschrijving: "Delivery attempts per notification; after the last failure it is marked `mislukt` (retry via `POST /rest/internal/notificaties/retry`).",
  },
  NOTIFICATIES_BACKOFF_SECONDS: {
    standaard: "5",
    omschrijving: "Base of the exponential back-off between attempts: base × 2^(attempt-1) seconds, ±20 % jitter, at most one hour.",
  },
  NOTIFICATIES_POLL_SECONDS: {
    standaard: "5",
    omschrijving: "How often the delivery worker looks for due notifications when it is not woken by a commit.",
  },
} as const;

export type NotificatiesEnv = z.output<z.ZodObject<typeof notificatiesEnvShape>>;

export interface NotificatiesInstellingen {
  /** NRC root without trailing slash. */
  apiUrl: string;
  clientId: string;
  secret: string;
  maxPogingen: number;
  /** Milliseconds. */
  backoffBasisMs: number;
  pollMs: number;
}

const schema = z.object(notificatiesEnvShape);

type Omgeving = NodeJS.ProcessEnv | Record<string, string | undefined>;

/**
 * Whether a Notificaties API is configured. Synchronous and read from the environment
 * directly, so it can be called in every write (the outbox row is only written when true).
 */
export function notificatiesGeconfigureerd(env: Omgeving = process.env): boolean {
  return Boolean(env.NOTIFICATIES_API_URL?.trim());
}

/**
 * The settings, or null when no Notificaties API is configured. A URL without credentials is a
 * configuration error (a plain Error: the operator must fix it, start-up reports it).
 */
export function notificatiesInstellingen(env: Omgeving = process.env): NotificatiesInstellingen | null {
  if (!notificatiesGeconfigureerd(env)) return null;
  const r = schema.safeParse(env);
  if (!r.success) {
    throw new Error(`Ongeldige Notificaties-configuratie: ${r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ")}`);
  }
  const e = r.data;
  const ontbreekt = [!e.NOTIFICATIES_CLIENT_ID && "NOTIFICATIES_CLIENT_ID", !e.NOTIFICATIES_SECRET && "NOTIFICATIES_SECRET"].filter(Boolean);
  if (ontbreekt.length > 0) {
    throw new Error(`Ongeldige Notificaties-configuratie: ${ontbreekt.join(" en ")} ${ontbreekt.length > 1 ? "zijn" : "is"} verplicht met NOTIFICATIES_API_URL.`);
  }
  return {
    apiUrl: e.NOTIFICATIES_API_URL!.replace(/\/+$/, ""),
    clientId: e.NOTIFICATIES_CLIENT_ID!,
    secret: e.NOTIFICATIES_SECRET!,
    maxPogingen: e.NOTIFICATIES_MAX_ATTEMPTS,
    backoffBasisMs: Math.round(e.NOTIFICATIES_BACKOFF_SECONDS * 1000),
    pollMs: Math.round(e.NOTIFICATIES_POLL_SECONDS * 1000),
  };
}
