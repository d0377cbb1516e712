/**
 * Login settings derived from the configuration: which OIDC issuer, which clients, which
 * secrets. Without KEYCLOAK_ISSUER the built-in demo provider on our own origin is the
 * issuer and the realm file's demo secrets are the defaults.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, getConfig, type Config } from "@/lib/config";
import { demoClientSecret, REALM_PAD } from "./realm";

export interface AuthInstellingen {
  /** Issuer URL of the realm (no trailing slash). */
  issuer: string;
  /** Base URL of the Keycloak admin REST API of the realm. */
  adminUrl: string;
  clientId: string;
  clientSecret: string;
  adminClientId: string;
  adminClientSecret: string;
  /** The built-in demo provider is the issuer. */
  ingebouwd: boolean;
  publicUrl: string;
  iamModus: Config["IAM_MODUS"];
  /** Secure cookies everywhere except on localhost over plain http. */
  veiligeCookies: boolean;
}

export function isLocalhost(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || host.endsWith(".localhost");
}

/** https://host/realms/x -> https://host/admin/realms/x (Keycloak's admin API layout). */
export function adminUrlVoorIssuer(issuer: string): string {
  const url = new URL(issuer);
  url.pathname = url.pathname.replace(/\/realms\/([^/]+)\/?$/, "/admin/realms/$1");
  return url.toString().replace(/\/+$/, "");
}

export function authInstellingen(config: Config = getConfig()): AuthInstellingen {
  const ingebouwd = !config.KEYCLOAK_ISSUER;
  const issuer = (config.KEYCLOAK_ISSUER ?? `${config.publicUrl}${REALM_PAD}`).replace(/\/+$/, "");
  const problemen: { variable: string; probleem: string }[] = [];
  const clientSecret = config.KEYCLOAK_CLIENT_SECRET ?? (ingebouwd ? demoClientSecret(config.KEYCLOAK_CLIENT_ID) : undefined);
  const adminClientSecret =
    config.KEYCLOAK_ADMIN_CLIENT_SECRET ?? (ingebouwd ? demoClientSecret(config.KEYCLOAK_ADMIN_CLIENT_ID) : undefined);
  if (!clientSecret) problemen.push({ variable: "KEYCLOAK_CLIENT_SECRET", probleem: "verplicht bij KEYCLOAK_ISSUER" });
  if (!adminClientSecret) {
    problemen.push({ variable: "KEYCLOAK_ADMIN_CLIENT_SECRET", probleem: "verplicht bij KEYCLOAK_ISSUER" });
  }
  if (problemen.length > 0 || !clientSecret || !adminClientSecret) throw new ConfigError(problemen);
  return {
    issuer,
    adminUrl: adminUrlVoorIssuer(issuer),
    clientId: config.KEYCLOAK_CLIENT_ID,
    clientSecret,
    adminClientId: config.KEYCLOAK_ADMIN_CLIENT_ID,
    adminClientSecret,
    ingebouwd,
    publicUrl: config.publicUrl,
    iamModus: config.IAM_MODUS,
    veiligeCookies: !isLocalhost(config.publicUrl),
  };
}

/** Reads a secret file under the data directory, creating it (mode 0600) on first use. */
export function geheimInDataMap(config: Config, bestand: string, maak: () => string): string {
  const pad = path.resolve(config.ZAC_DATA_DIR, bestand);
  try {
    return readFileSync(pad, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(pad), { recursive: true });
    const waarde = maak();
    // wx: when two processes race, the second one reads the first one's file.
    try {
      writeFileSync(pad, `${waarde}\n`, { mode: 0o600, flag: "wx" });
      chmodSync(pad, 0o600);
      return waarde;
    } catch {
      return readFileSync(pad, "utf8").trim();
    }
  }
}

/**
 * The secret that encrypts the session cookie. Required in production with a real Keycloak;
 * otherwise generated once per data directory, so sessions survive a restart.
 */
export function authSecret(config: Config = getConfig()): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.NODE_ENV === "production" && config.KEYCLOAK_ISSUER) {
    throw new ConfigError([{ variable: "AUTH_SECRET", probleem: "verplicht in productie (bijv. `openssl rand -base64 32`)" }]);
  }
  return geheimInDataMap(config, "auth/auth-secret", () => randomBytes(32).toString("base64url"));
}
