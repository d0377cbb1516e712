import { z } from "zod";
import { authEnvDocumentation, authEnvShape } from "@/lib/auth/env";
import { pabcEnvDocumentation, pabcEnvShape } from "@/lib/pabc/env";
import { externeLijstenDocumentatie, externeLijstenShape } from "@/lib/zgw/catalogi/externe-lijsten";
import { zgwEnvDocumentation, zgwEnvShape } from "@/lib/zgw/env";
import { zgwClientEnvDocumentation, zgwClientEnvShape } from "@/lib/zgw-client/env";
import { documentenEnvDocumentation, documentenEnvShape } from "@/lib/zgw/documenten/blobs";
import { notificatiesEnvDocumentation, notificatiesEnvShape } from "@/lib/zgw/notificaties/env";
import { smtpEnvDocumentation, smtpEnvShape } from "@/lib/signaleringen/env";

/** Environment values that are empty strings count as unset, so `FOO=` falls back to the default. */
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

const booleanString = z
  .enum(["true", "false", "1", "0", "ja", "nee"], { error: "verwacht true of false" })
  .transform((v) => v === "true" || v === "1" || v === "ja");

const postgresUrl = z
  .string()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
      } catch {
        return false;
      }
    },
    { error: "verwacht een PostgreSQL-URL zoals postgres://gebruiker:wachtwoord@host:5432/database" },
  );

function withDefault<T extends z.ZodType>(schema: T, fallback: z.input<T>) {
  return z.preprocess((v) => (v === undefined || v === "" ? fallback : v), schema);
}

/**
 * Every setting of the app, read from environment variables. The README's configuration
 * table is kept in step with this schema (a unit test compares them).
 */
export const envSchema = z.object({
  NODE_ENV: withDefault(z.enum(["development", "production", "test"]), "development"),
  HOST: withDefault(z.string().min(1), "localhost"),
  PORT: withDefault(z.coerce.number({ error: "verwacht een poortnummer" }).int().min(1).max(65535), "3000"),
  ZAC_PUBLIC_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.url({ protocol: /^https?$/, error: "verwacht een http(s)-URL zoals https://zac.gemeente.nl" }).optional(),
  ),
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
  DATABASE_POOL_MAX: withDefault(z.coerce.number({ error: "verwacht een getal" }).int().min(1).max(200), "10"),
  ZAC_DATA_DIR: withDefault(z.string().min(1), "./.data"),
  ZAC_DEMO_SEED: withDefault(z.enum(["auto", "true", "false"], { error: "verwacht auto, true of false" }), "auto"),
  LOG_LEVEL: withDefault(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]), "info"),
  LOG_PRETTY: withDefault(booleanString, "false"),
  POLICY_BUNDLE_PATH: optionalString,
  ...authEnvShape,
  ...pabcEnvShape,
  ...zgwEnvShape,
  ...externeLijstenShape,
  ...documentenEnvShape,
  ...notificatiesEnvShape,
  ...zgwClientEnvShape,
  ...smtpEnvShape,
});

export type EnvInput = z.input<typeof envSchema>;
export type Env = z.output<typeof envSchema>;

/** Documentation of every variable: rendered into the README table and checked by a test. */
export const envDocumentation: Record<keyof Env, { standaard: string; omschrijving: string }> = {
  NODE_ENV: { standaard: "development", omschrijving: "`development`, `production` or `test`." },
  HOST: { standaard: "localhost", omschrijving: "Address the server listens on (`0.0.0.0` for all interfaces)." },
  PORT: { standaard: "3000", omschrijving: "Port of the web server." },
  ZAC_PUBLIC_URL: {
    standaard: "http://localhost:$PORT",
    omschrijving: "Public base URL of the app, used to build absolute URLs.",
  },
  DATABASE_URL: {
    standaard: "(empty: embedded PGlite)",
    omschrijving: "PostgreSQL server, e.g. `postgres://zac:secret@db:5432/zac`. Empty = embedded PGlite database.",
  },
  DATABASE_POOL_MAX: { standaard: "10", omschrijving: "Maximum connections in the pool (PostgreSQL server only)." },
  ZAC_DATA_DIR: { standaard: "./.data", omschrijving: "Directory of the embedded PGlite database." },
  ZAC_DEMO_SEED: {
    standaard: "auto",
    omschrijving: "Load demo data: `auto` = only with the embedded database, `true` = always, `false` = never.",
  },
  LOG_LEVEL: { standaard: "info", omschrijving: "pino log level: fatal, error, warn, info, debug, trace or silent." },
  LOG_PRETTY: { standaard: "false", omschrijving: "Human-readable instead of JSON log lines (development only)." },
  POLICY_BUNDLE_PATH: {
    standaard: "policies/dist/policy.wasm",
    omschrijving: "Path of the compiled Rego policy (WebAssembly).",
  },
  ...authEnvDocumentation,
  ...pabcEnvDocumentation,
  ...zgwEnvDocumentation,
  ...externeLijstenDocumentatie,
  ...documentenEnvDocumentation,
  ...notificatiesEnvDocumentation,
  ...zgwClientEnvDocumentation,
  ...smtpEnvDocumentation,
};
