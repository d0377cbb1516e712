import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: string) =>
  z.preprocess((v) => (v === undefined || v === "" ? fallback : v), schema);

/** Environment variables of login and identity (merged into lib/config). */
export const authEnvShape = {
  KEYCLOAK_ISSUER: optional(
    z.url({ protocol: /^https?$/, error: "verwacht de issuer-URL van de realm, bijv. https://sso.gemeente.nl/realms/zaakafhandelcomponent" }),
  ),
  KEYCLOAK_CLIENT_ID: withDefault(z.string().min(1), "zaakafhandelcomponent"),
  KEYCLOAK_CLIENT_SECRET: optional(z.string().min(1)),
  KEYCLOAK_ADMIN_CLIENT_ID: withDefault(z.string().min(1), "zaakafhandelcomponent-admin"),
  KEYCLOAK_ADMIN_CLIENT_SECRET: optional(z.string().min(1)),
  AUTH_SECRET: optional(z.string().min(32, { error: "verwacht minstens 32 tekens (bijv. `openssl rand -base64 32`)" })),
  BUILTIN_IDP_IN_PRODUCTION: withDefault(
    z.enum(["true", "false"], { error: "verwacht true of false" }).transform((v) => v === "true"),
    "false",
  ),
  INTERNAL_API_KEY: optional(z.string().min(16, { error: "verwacht een sleutel van minstens 16 tekens" })),
} as const;

export const authEnvDocumentation = {
  KEYCLOAK_ISSUER: {
    standaard: "(empty: built-in OIDC provider)",
    omschrijving: "Issuer URL of the Keycloak realm. Empty = the built-in demo OIDC provider at `$ZAC_PUBLIC_URL/realms/zaakafhandelcomponent`.",
  },
  KEYCLOAK_CLIENT_ID: { standaard: "zaakafhandelcomponent", omschrijving: "Confidential OIDC client of the app." },
  KEYCLOAK_CLIENT_SECRET: {
    standaard: "(demo secret with the built-in provider)",
    omschrijving: "Secret of that client. Required with `KEYCLOAK_ISSUER`.",
  },
  KEYCLOAK_ADMIN_CLIENT_ID: {
    standaard: "zaakafhandelcomponent-admin",
    omschrijving: "Service-account client for the Keycloak admin API (groups and members).",
  },
  KEYCLOAK_ADMIN_CLIENT_SECRET: {
    standaard: "(demo secret with the built-in provider)",
    omschrijving: "Secret of the service-account client. Required with `KEYCLOAK_ISSUER`.",
  },
  AUTH_SECRET: {
    standaard: "(generated per data dir in development)",
    omschrijving: "Secret that encrypts the session cookie (>= 32 characters). Required in production.",
  },
  BUILTIN_IDP_IN_PRODUCTION: {
    standaard: "false",
    omschrijving: "Allow the built-in demo OIDC provider with `NODE_ENV=production` (demos only).",
  },
  INTERNAL_API_KEY: {
    standaard: "(empty: internal endpoints disabled)",
    omschrijving: "`X-API-KEY` for the internal endpoints under `/rest/internal/` (scheduled jobs).",
  },
} as const;
