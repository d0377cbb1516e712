/**
 * Server-side OIDC work that next-auth does not do: discovery, the refresh-token grant and
 * client-credentials tokens (openid-client). Results are cached per process.
 */
import * as oidc from "openid-client";
import { AppError } from "@/lib/errors";
import type { AuthInstellingen } from "./instellingen";

/** Plain data only: this cache is shared by every bundle of the process (see `configuraties`). */
type Cache = {
  dienstTokens: Map<string, { token: string; tot: number }>;
};
const CACHE_KEY = Symbol.for("zac.auth.oidc");
function cache(): Cache {
  const g = globalThis as typeof globalThis & { [CACHE_KEY]?: Cache };
  g[CACHE_KEY] ??= { dienstTokens: new Map() };
  return g[CACHE_KEY];
}

/**
 * Discovery results per module instance, NOT on globalThis: Next bundles openid-client into
 * several chunks (proxy, route handlers, the logout route), and openid-client checks
 * `config instanceof Configuration` against its own copy. A Configuration made by one chunk
 * and used by another fails every refresh ("config must be an instance of Configuration"),
 * which logged users out as soon as their access token expired.
 */
const configuraties = new Map<string, Promise<oidc.Configuration>>();

/** Discovery of the issuer for one client (plain http only for loopback/demo issuers). */
export function oidcConfiguratie(issuer: string, clientId: string, clientSecret: string): Promise<oidc.Configuration> {
  const sleutel = `${issuer} ${clientId}`;
  const c = configuraties;
  let configuratie = c.get(sleutel);
  if (!configuratie) {
    const url = new URL(issuer);
    configuratie = oidc.discovery(url, clientId, undefined, oidc.ClientSecretBasic(clientSecret), {
      ...(url.protocol === "http:" ? { execute: [oidc.allowInsecureRequests] } : {}),
      timeout: 10,
    });
    // A failed discovery is not cached: the next request tries again.
    configuratie.catch(() => c.delete(sleutel));
    c.set(sleutel, configuratie);
  }
  return configuratie;
}

export interface VerversdeTokens {
  refreshToken: string;
  idToken: string | undefined;
  /** Unix seconds. */
  verlooptOp: number;
  /** ID token claims of the refreshed tokens, when an ID token came along. */
  claims: Record<string, unknown> | undefined;
}

/** The refresh-token grant (callers share concurrent refreshes: see eenmalig-verversen.ts). */
export async function ververs(instellingen: AuthInstellingen, refreshToken: string): Promise<VerversdeTokens> {
  const configuratie = await oidcConfiguratie(instellingen.issuer, instellingen.clientId, instellingen.clientSecret);
  const tokens = await oidc.refreshTokenGrant(configuratie, refreshToken);
  return {
    refreshToken: tokens.refresh_token ?? refreshToken,
    idToken: tokens.id_token,
    verlooptOp: Math.floor(Date.now() / 1000) + (tokens.expires_in ?? 60),
    claims: tokens.claims() as Record<string, unknown> | undefined,
  };
}

/** A client-credentials access token of the admin service account (cached until shortly before expiry). */
export async function dienstToken(instellingen: AuthInstellingen): Promise<string> {
  const sleutel = `${instellingen.issuer} ${instellingen.adminClientId}`;
  const c = cache().dienstTokens;
  const bestaand = c.get(sleutel);
  if (bestaand && bestaand.tot > Date.now()) return bestaand.token;
  try {
    const configuratie = await oidcConfiguratie(instellingen.issuer, instellingen.adminClientId, instellingen.adminClientSecret);
    const tokens = await oidc.clientCredentialsGrant(configuratie);
    const levensduur = tokens.expires_in ?? 60;
    c.set(sleutel, { token: tokens.access_token, tot: Date.now() + Math.max(5, levensduur - 30) * 1000 });
    return tokens.access_token;
  } catch (error) {
    throw new AppError("service_unavailable", {
      detail: "De inlogdienst (Keycloak) gaf geen token voor het opvragen van groepen en gebruikers.",
      cause: error,
    });
  }
}

/** When to refresh: 30 s before expiry, or after two thirds of a shorter lifetime. */
export function verversMoment(uitgegevenOp: number, verlooptOp: number): number {
  const levensduur = Math.max(0, verlooptOp - uitgegevenOp);
  return verlooptOp - Math.min(30, Math.floor(levensduur / 3));
}
