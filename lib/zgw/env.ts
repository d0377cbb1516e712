import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: string) =>
  z.preprocess((v) => (v === undefined || v === "" ? fallback : v), schema);

/** Environment variables of the ZGW APIs (merged into lib/config). */
export const zgwEnvShape = {
  ZGW_JWT_EXPIRY: withDefault(
    z.coerce.number({ error: "verwacht een aantal seconden" }).int().min(1).max(86_400),
    "3600",
  ),
  ZGW_JWT_LEEWAY: withDefault(z.coerce.number({ error: "verwacht een aantal seconden" }).int().min(0).max(3_600), "0"),
  ZGW_ENCRYPTION_KEY: optional(z.string().min(32, { error: "verwacht minstens 32 tekens (bijv. `openssl rand -base64 32`)" })),
  ZGW_EIGEN_CLIENT_SECRET: optional(z.string().min(16, { error: "verwacht een secret van minstens 16 tekens" })),
} as const;

export const zgwEnvDocumentation = {
  ZGW_JWT_EXPIRY: {
    standaard: "3600",
    omschrijving: "Seconds a ZGW API JWT stays valid after its `iat` claim (Open Zaak's `JWT_EXPIRY`).",
  },
  ZGW_JWT_LEEWAY: {
    standaard: "0",
    omschrijving: "Allowed clock drift in seconds when checking ZGW API JWTs (Open Zaak's `TIME_LEEWAY`).",
  },
  ZGW_ENCRYPTION_KEY: {
    standaard: "(fixed development key outside production)",
    omschrijving:
      "Secret (>= 32 characters) from which the key is derived that encrypts the ZGW client secrets in the database (AES-256-GCM). Required in production; changing it makes stored secrets unreadable (register them again).",
  },
  ZGW_EIGEN_CLIENT_SECRET: {
    standaard: "(generated once and stored encrypted)",
    omschrijving: "Secret of the app's own ZGW client `zac-intern` (>= 16 characters). Empty = generated at first start.",
  },
} as const;

export type ZgwEnv = z.output<z.ZodObject<typeof zgwEnvShape>>;

const zgwEnvSchema = z.object(zgwEnvShape);

/**
 * The ZGW settings. Read from the process environment directly so the module works both
 * before and after zgwEnvShape is merged into lib/config (whose schema then validates the
 * same variables at start).
 */
export function zgwEnv(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): ZgwEnv & { productie: boolean } {
  const resultaat = zgwEnvSchema.safeParse(env);
  // A plain Error, not a ZodError: a bad setting is a server fault (500), never a client's 400.
  if (!resultaat.success) {
    throw new Error(`Ongeldige ZGW-configuratie: ${resultaat.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ")}`);
  }
  return { ...resultaat.data, productie: env.NODE_ENV === "production" };
}
