/**
 * What the session keeps between requests (inside next-auth's encrypted JWT cookie; never
 * readable by the browser) and how it changes: at login it maps the claims and fetches the
 * PABC roles once; later it refreshes the tokens shortly before the access token expires.
 * Dependencies come in as arguments, so the unit tests use fakes.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import type { Logger } from "@/lib/log";
import type { PabcClient } from "@/lib/pabc/client";
import { gebruikerUitClaims, type SessieGebruiker } from "./claims";
import type { AuthInstellingen } from "./instellingen";
import { verversMoment, type VerversdeTokens } from "./oidc";
import { isIngetrokken } from "./intrekking";
import type { SessiePabcRollen } from "./sessie";

export interface ZacToken {
  /** Id of this login session (for ending it at logout). */
  sessieId: string;
  gebruiker: SessieGebruiker;
  pabc: SessiePabcRollen | null;
  /** Dutch explanation when PABC could not be asked at login. */
  pabcFout: string | null;
  idToken: string | null;
  refreshToken: string | null;
  /** Unix seconds: when the current access token was issued and expires. */
  uitgegevenOp: number;
  verlooptOp: number;
}

const gebruikerSchema = z.object({
  id: z.string(),
  naam: z.string(),
  email: z.string().nullable(),
  groepen: z.array(z.string()),
  functioneleRollen: z.array(z.string()),
  clientRollen: z.array(z.string()),
});

export const zacTokenSchema = z.object({
  sessieId: z.string(),
  gebruiker: gebruikerSchema,
  pabc: z.object({ perZaaktype: z.record(z.string(), z.array(z.string())), alleZaaktypen: z.array(z.string()) }).nullable(),
  pabcFout: z.string().nullable(),
  idToken: z.string().nullable(),
  refreshToken: z.string().nullable(),
  uitgegevenOp: z.number(),
  verlooptOp: z.number(),
});

export interface JwtAfhankelijkheden {
  instellingen: Pick<AuthInstellingen, "clientId" | "iamModus">;
  pabc: () => Pick<PabcClient, "applicatieRollen">;
  ververs: (refreshToken: string) => Promise<VerversdeTokens>;
  log: Pick<Logger, "info" | "warn">;
  /** Unix seconds. */
  nu?: () => number;
}

export interface Aanmelding {
  profile: unknown;
  account: { id_token?: string; refresh_token?: string; expires_at?: number; expires_in?: number };
}

async function haalPabcRollen(
  deps: JwtAfhankelijkheden,
  gebruiker: SessieGebruiker,
): Promise<{ pabc: SessiePabcRollen | null; pabcFout: string | null }> {
  if (deps.instellingen.iamModus !== "pabc") return { pabc: null, pabcFout: null };
  try {
    const rollen = await deps.pabc().applicatieRollen(gebruiker.functioneleRollen);
    return { pabc: { perZaaktype: rollen.perZaaktype, alleZaaktypen: rollen.alleZaaktypen }, pabcFout: null };
  } catch (error) {
    const detail = isAppError(error) && error.detail ? error.detail : "Het autorisatiebeheer (PABC) antwoordde niet.";
    deps.log.warn({ gebruiker: gebruiker.id, err: error }, "PABC-rollen ophalen bij inloggen mislukt");
    return { pabc: null, pabcFout: detail };
  }
}

/** At login: the session's content from the ID token claims and the token response. */
export async function tokenBijAanmelding(deps: JwtAfhankelijkheden, aanmelding: Aanmelding): Promise<ZacToken> {
  const nu = deps.nu?.() ?? Math.floor(Date.now() / 1000);
  const gebruiker = gebruikerUitClaims(aanmelding.profile, deps.instellingen.clientId);
  const { pabc, pabcFout } = await haalPabcRollen(deps, gebruiker);
  const { account } = aanmelding;
  deps.log.info({ gebruiker: gebruiker.id, pabc: pabc !== null }, "ingelogd");
  return {
    sessieId: randomUUID(),
    gebruiker,
    pabc,
    pabcFout,
    idToken: account.id_token ?? null,
    refreshToken: account.refresh_token ?? null,
    uitgegevenOp: nu,
    verlooptOp: account.expires_at ?? nu + (account.expires_in ?? 300),
  };
}

/**
 * On every later request: the token as is, or refreshed when the access token is (nearly)
 * expired. null = the session has ended (no refresh token, or the refresh was refused): the
 * user is sent to the login.
 */
export async function tokenBijVerzoek(deps: JwtAfhankelijkheden, ruw: unknown): Promise<ZacToken | null> {
  const geparsed = zacTokenSchema.safeParse(ruw);
  if (!geparsed.success) {
    deps.log.warn({ fouten: geparsed.error.issues.slice(0, 5) }, "sessie-inhoud onleesbaar; opnieuw inloggen");
    return null;
  }
  const token = geparsed.data;
  if (isIngetrokken(token.sessieId)) return null;
  const nu = deps.nu?.() ?? Math.floor(Date.now() / 1000);
  if (nu < verversMoment(token.uitgegevenOp, token.verlooptOp)) return token;
  if (!token.refreshToken) return null;
  let nieuw: VerversdeTokens;
  try {
    nieuw = await deps.ververs(token.refreshToken);
  } catch (error) {
    // warn: a failed refresh logs the user out mid-work; it must show in a warn-level log.
    deps.log.warn({ gebruiker: token.gebruiker.id, err: error }, "tokens verversen mislukt; opnieuw inloggen");
    return null;
  }
  const gebruiker = nieuw.claims ? gebruikerUitClaims(nieuw.claims, deps.instellingen.clientId) : token.gebruiker;
  // Roles can change while logged in; ask PABC again only when the functional roles did.
  const rollenGewijzigd = gebruiker.functioneleRollen.join(" ") !== token.gebruiker.functioneleRollen.join(" ");
  const pabc = rollenGewijzigd || token.pabcFout ? await haalPabcRollen(deps, gebruiker) : { pabc: token.pabc, pabcFout: null };
  return {
    ...token,
    gebruiker,
    ...pabc,
    idToken: nieuw.idToken ?? token.idToken,
    refreshToken: nieuw.refreshToken,
    uitgegevenOp: nu,
    verlooptOp: nieuw.verlooptOp,
  };
}
