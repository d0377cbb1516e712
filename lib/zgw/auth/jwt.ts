import { decodeJwt, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { zgwFout } from "../fouten";

/**
 * ZGW client authentication (GUIDE §3.1, vng-api-common and Open Zaak): a JWT signed HS256
 * with the client's shared secret, `client_id` and `iat` required, valid for `expiry`
 * seconds after `iat`, with `leeway` seconds of clock drift. Every failure is a 403 with the
 * reference implementation's codes.
 */
export interface JwtInstellingen {
  /** Seconds a token is valid after `iat` (Open Zaak JWT_EXPIRY, default 3600). */
  expiry: number;
  /** Allowed clock drift in seconds (Open Zaak TIME_LEEWAY). */
  leeway: number;
  /** The secret of a client id, or null when the client id has none. */
  zoekSecret(clientId: string): Promise<string | null>;
  /** Current time in seconds (tests). */
  nu?: () => number;
}

export interface ZgwClaims {
  clientId: string;
  /** `user_id`: end user, for the audit trail (gebruikersId, max 255). */
  userId: string;
  /** `user_representation` (gebruikersWeergave, max 255). */
  userRepresentation: string;
  payload: JWTPayload;
}

/** Audit trail fields gebruikersId and gebruikersWeergave hold at most 255 characters. */
const MAX_GEBRUIKER = 255;

function tekstClaim(waarde: unknown): string {
  return typeof waarde === "string" ? waarde.slice(0, MAX_GEBRUIKER) : "";
}

/** The token from an `Authorization: Bearer <jwt>` header, or null. */
export function bearerToken(header: string | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}

export async function verifieerZgwJwt(authorization: string | null, instellingen: JwtInstellingen): Promise<ZgwClaims> {
  const token = bearerToken(authorization);
  if (token === null) {
    throw zgwFout(
      "permission_denied",
      "not_authenticated",
      "Authenticatiegegevens zijn niet opgegeven: stuur een JWT in de header Authorization: Bearer <token>.",
    );
  }

  let onbevestigd: JWTPayload;
  try {
    onbevestigd = decodeJwt(token);
  } catch {
    throw zgwFout("permission_denied", "jwt-decode-error", "Het JWT kon niet worden gedecodeerd. Mogelijk is het onvolledig gekopieerd.");
  }
  const clientId = onbevestigd.client_id;
  if (typeof clientId !== "string" || clientId === "") {
    throw zgwFout("permission_denied", "missing-client-identifier", "De claim `client_id` ontbreekt in het JWT.");
  }
  const secret = await instellingen.zoekSecret(clientId);
  if (secret === null) {
    throw zgwFout("permission_denied", "invalid-client-identifier", "Deze client identifier is niet bekend.");
  }

  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
      clockTolerance: instellingen.leeway,
      ...(instellingen.nu ? { currentDate: new Date(instellingen.nu() * 1000) } : {}),
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      throw zgwFout("permission_denied", "jwt-expired", "Het JWT van dit verzoek is verlopen.");
    }
    if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "nbf") {
      throw zgwFout("permission_denied", "jwt-immature", "Het JWT van dit verzoek is nog niet geldig.");
    }
    if (error instanceof joseErrors.JWTClaimValidationFailed || error instanceof joseErrors.JWTInvalid) {
      throw zgwFout("permission_denied", "jwt-decode-error", "Het JWT bevat ongeldige claims.");
    }
    // Wrong secret, another algorithm than HS256 (incl. `none`), damaged signature.
    throw zgwFout("permission_denied", "invalid-jwt-signature", "De client credentials zijn niet geldig.");
  }

  const iat = payload.iat;
  if (iat === undefined) {
    throw zgwFout("permission_denied", "jwt-missing-iat-claim", "De claim `iat` ontbreekt in het JWT.");
  }
  const nu = instellingen.nu?.() ?? Math.floor(Date.now() / 1000);
  if (iat > nu + instellingen.leeway) {
    throw zgwFout("permission_denied", "jwt-immature", "Het JWT van dit verzoek is nog niet geldig (`iat` ligt in de toekomst).");
  }
  if (nu > iat + instellingen.expiry + instellingen.leeway) {
    throw zgwFout("permission_denied", "jwt-expired", "Het JWT van dit verzoek is verlopen.");
  }

  return {
    clientId,
    userId: tekstClaim(payload.user_id),
    userRepresentation: tekstClaim(payload.user_representation),
    payload,
  };
}

/** Signs a ZGW JWT as a client does (the app's own client, tests). */
export async function maakZgwJwt(
  clientId: string,
  secret: string,
  opties: { userId?: string; userRepresentation?: string; iat?: number; extra?: JWTPayload } = {},
): Promise<string> {
  const iat = opties.iat ?? Math.floor(Date.now() / 1000);
  return new SignJWT({
    client_id: clientId,
    user_id: opties.userId ?? "",
    user_representation: opties.userRepresentation ?? "",
    ...opties.extra,
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(clientId)
    .setIssuedAt(iat)
    .sign(new TextEncoder().encode(secret));
}
