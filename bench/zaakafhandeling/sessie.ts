/**
 * A logged-in session without the identity provider: the next-auth session cookie (a JWE
 * encrypted with AUTH_SECRET, salt = the cookie name) holding a token that passes
 * lib/auth/jwt-callback.ts `zacTokenSchema`. The access token "expires" far in the future, so
 * no refresh is attempted; PABC roles map the chosen zaaktype omschrijvingen to behandelaar.
 */
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { zacTokenSchema, type ZacToken } from "@/lib/auth/jwt-callback";

/** Over plain http on a *.localhost public URL the app uses insecure cookie names. */
export const SESSIE_COOKIE = "authjs.session-token";
const GELDIG_SECONDEN = 10 * 60 * 60;

export function benchToken(zaaktypen: readonly string[], rollen: readonly string[] = ["behandelaar"], nu = Math.floor(Date.now() / 1000)): ZacToken {
  return zacTokenSchema.parse({
    sessieId: randomUUID(),
    gebruiker: {
      id: "bench-behandelaar",
      naam: "Bench Behandelaar",
      email: null,
      groepen: ["bench-behandelaars"],
      functioneleRollen: ["zaakafhandelcomponent_user", "bench"],
      clientRollen: [],
    },
    pabc: { perZaaktype: Object.fromEntries(zaaktypen.map((z) => [z, [...rollen]])), alleZaaktypen: [] },
    pabcFout: null,
    idToken: null,
    refreshToken: null,
    uitgegevenOp: nu,
    verlooptOp: nu + GELDIG_SECONDEN,
  });
}

/** The Cookie header value for `token`. */
export async function sessieCookie(token: ZacToken, secret: string): Promise<string> {
  const jwe = await encode({ token: { sub: token.gebruiker.id, ...token }, secret, salt: SESSIE_COOKIE, maxAge: GELDIG_SECONDEN });
  return `${SESSIE_COOKIE}=${jwe}`;
}
