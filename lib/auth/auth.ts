/**
 * next-auth (v5) with Keycloak, or the built-in provider that behaves like it, as the OIDC
 * provider. The session is an encrypted JWT cookie (httpOnly, SameSite=Lax, Secure outside
 * localhost) that holds the user, the PABC roles and the refresh/ID tokens; the browser can
 * read none of it, and `session()` exposes only user fields and roles.
 */
import NextAuth, { type NextAuthConfig } from "next-auth";
import Keycloak from "next-auth/providers/keycloak";
import { getConfig } from "@/lib/config";
import { getLogger } from "@/lib/log";
import { getPabcClient } from "@/lib/pabc/client";
import { authInstellingen, authSecret } from "./instellingen";
import { tokenBijAanmelding, tokenBijVerzoek, type JwtAfhankelijkheden, type ZacToken } from "./jwt-callback";
import { verversEenmaal } from "./eenmalig-verversen";
import { ververs } from "./oidc";
import { applicatieRollenSamenvatting } from "./sessie";

export const PROVIDER_ID = "keycloak";
/** Session lifetime of the cookie; the refresh token (Keycloak's SSO session) ends it earlier. */
export const SESSIE_MAX_SECONDEN = 10 * 60 * 60;

function maakAuthConfig(): NextAuthConfig {
  const config = getConfig();
  const instellingen = authInstellingen(config);
  const log = getLogger().child({ module: "auth" });
  const deps: JwtAfhankelijkheden = {
    instellingen,
    pabc: () => getPabcClient(),
    ververs: (refreshToken) => verversEenmaal(refreshToken, () => ververs(instellingen, refreshToken)),
    log,
  };
  const cookieOpties = { httpOnly: true, sameSite: "lax" as const, path: "/", secure: instellingen.veiligeCookies };
  return {
    secret: authSecret(config),
    trustHost: true,
    useSecureCookies: instellingen.veiligeCookies,
    session: { strategy: "jwt", maxAge: SESSIE_MAX_SECONDEN },
    cookies: { sessionToken: { options: cookieOpties } },
    pages: { signIn: "/inloggen", error: "/inlogfout" },
    providers: [
      Keycloak({
        id: PROVIDER_ID,
        issuer: instellingen.issuer,
        clientId: instellingen.clientId,
        clientSecret: instellingen.clientSecret,
        authorization: { params: { scope: "openid profile email" } },
      }),
    ],
    callbacks: {
      async jwt({ token, account, profile }) {
        if (account && profile) {
          const zac = await tokenBijAanmelding(deps, { profile, account });
          return { sub: zac.gebruiker.id, ...zac };
        }
        const zac = await tokenBijVerzoek(deps, token);
        return zac ? { ...token, ...zac } : null;
      },
      session({ session, token }) {
        const zac = token as unknown as Partial<ZacToken>;
        return {
          expires: session.expires,
          user: { name: zac.gebruiker?.naam ?? null, email: zac.gebruiker?.email ?? null },
          gebruiker: zac.gebruiker,
          rollen: zac.gebruiker ? applicatieRollenSamenvatting(zac.gebruiker, instellingen.iamModus, zac.pabc) : [],
          pabc: zac.pabc ?? null,
          pabcFout: zac.pabcFout ?? null,
          tokenVerlooptOp: zac.verlooptOp,
        } as typeof session;
      },
    },
    logger: {
      error: (error) => log.warn({ err: error }, "next-auth: fout"),
      warn: (code) => log.warn({ code }, "next-auth: waarschuwing"),
      debug: () => undefined,
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => maakAuthConfig());
