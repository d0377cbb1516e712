/**
 * Logout: ends the app session and then the session at the identity provider (Keycloak's
 * end-session endpoint with id_token_hint), which sends the browser back to /uitgelogd.
 * A plain POST route (/uitloggen) outside the proxy, so nothing can re-issue the session
 * cookie in the same response.
 */
import { getToken } from "next-auth/jwt";
import * as oidc from "openid-client";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { getLogger } from "@/lib/log";
import { SESSIE_MAX_SECONDEN, signOut } from "./auth";
import { authInstellingen, authSecret } from "./instellingen";
import { trekSessieIn } from "./intrekking";
import { oidcConfiguratie } from "./oidc";

export const UITLOG_PAD = "/uitloggen";

/** Ends the app session; returns where to send the browser (the IdP's end-session URL). */
export async function logUit(request: Request): Promise<string> {
  const config = getConfig();
  const instellingen = authInstellingen(config);
  // Only our own pages may log a user out (SameSite=Lax already keeps cross-site POSTs cookieless).
  const herkomst = request.headers.get("origin");
  if (herkomst && herkomst !== new URL(instellingen.publicUrl).origin && herkomst !== new URL(request.url).origin) {
    throw new AppError("permission_denied", { detail: "Uitloggen kan alleen vanuit de zaakafhandelcomponent." });
  }
  const token = await getToken({ req: request, secret: authSecret(config), secureCookie: instellingen.veiligeCookies });
  const idToken = typeof token?.idToken === "string" ? token.idToken : undefined;
  if (typeof token?.sessieId === "string") trekSessieIn(token.sessieId, Date.now() + SESSIE_MAX_SECONDEN * 1000);
  await signOut({ redirect: false });
  const terug = `${instellingen.publicUrl}/uitgelogd`;
  try {
    const configuratie = await oidcConfiguratie(instellingen.issuer, instellingen.clientId, instellingen.clientSecret);
    return oidc
      .buildEndSessionUrl(configuratie, { post_logout_redirect_uri: terug, ...(idToken ? { id_token_hint: idToken } : {}) })
      .toString();
  } catch (error) {
    // The app session is gone either way; the user lands on /uitgelogd.
    getLogger().warn({ err: error }, "uitloggen bij de inlogdienst niet mogelijk (discovery mislukt)");
    return terug;
  }
}
