/**
 * The built-in OIDC provider of the embedded default: a stand-in for Keycloak for demos and
 * tests, used when KEYCLOAK_ISSUER is unset. It serves the realm file under Keycloak's paths
 * (/realms/zaakafhandelcomponent/...), issues JWT access tokens, ID tokens and refresh tokens
 * with Keycloak's claim names, and answers the few Keycloak admin endpoints the app uses.
 * server.ts mounts it beside Next.js; it is never part of the Next.js bundle.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import Provider, { type OidcKoaContext } from "oidc-provider";
import { ConfigError, type Config } from "@/lib/config";
import type { Logger } from "@/lib/log";
import { authInstellingen } from "../instellingen";
import { ADMIN_REALM_PAD, claimsVoor, demoRealm, REALM_PAD, stabieleId, type Realm, type RealmGebruiker } from "../realm";
import { verwerkAdminVerzoek } from "./admin-api";
import { foutPagina, inlogPagina, uitgelogdPagina, uitlogPagina } from "./paginas";
import { laadSleutels } from "./sleutels";

/** The resource (audience) of the access tokens; a resource makes oidc-provider issue JWTs. */
const RESOURCE = "urn:zaakafhandelcomponent:keycloak";
const SCOPES = "openid profile email";
const CALLBACK_PAD = "/api/auth/callback/keycloak";
const UITGELOGD_PAD = "/uitgelogd";
const LOGIN_PAD = `${REALM_PAD}/login-actions/`;

export interface IngebouwdeIdp {
  issuer: string;
  /** Handles the request when it is for the provider or the admin API; false otherwise. */
  verwerk(req: IncomingMessage, res: ServerResponse): boolean;
}

/** Access-token lifetime: the realm's accessTokenLifespan, or the test-only override. */
export function toegangstokenLevensduur(realm: Realm, env: Record<string, string | undefined> = process.env): number {
  const override = Number(env.ZAC_IDP_ACCESS_TOKEN_TTL);
  return Number.isInteger(override) && override > 0 ? override : realm.accessTokenLifespan;
}

function personen(realm: Realm): Map<string, RealmGebruiker> {
  return new Map(realm.users.filter((u) => !u.serviceAccountClientId).map((u) => [stabieleId("gebruiker", u.username), u]));
}

function gelijk(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** Checks a demo user's password (as Keycloak would; the realm file holds the demo passwords). */
export function controleerWachtwoord(realm: Realm, gebruikersnaam: string, wachtwoord: string): RealmGebruiker | undefined {
  const gebruiker = realm.users.find((u) => u.username === gebruikersnaam.trim().toLowerCase() && !u.serviceAccountClientId);
  const opgeslagen = gebruiker?.credentials.find((c) => c.type === "password")?.value;
  // Compare even when the user does not exist, so timing does not tell which names exist.
  const klopt = gelijk(opgeslagen ?? "\u0000geen", wachtwoord);
  return gebruiker && gebruiker.enabled && opgeslagen !== undefined && klopt ? gebruiker : undefined;
}

function metPad(basis: string, lijst: string[], pad: string): string[] {
  const uit = new Set<string>([`${basis}${pad}`]);
  for (const uri of lijst) {
    if (uri.endsWith("/*")) uit.add(`${uri.slice(0, -2)}${pad}`);
  }
  return [...uit];
}

function oidcClients(realm: Realm, publicUrl: string) {
  return realm.clients
    .filter((c) => c.enabled && !c.publicClient && c.secret)
    .map((c) =>
      c.standardFlowEnabled
        ? {
            client_id: c.clientId,
            client_secret: c.secret,
            client_name: c.name ?? c.clientId,
            grant_types: ["authorization_code", "refresh_token"],
            response_types: ["code"],
            token_endpoint_auth_method: "client_secret_basic",
            redirect_uris: metPad(publicUrl, c.redirectUris, CALLBACK_PAD),
            post_logout_redirect_uris: metPad(
              publicUrl,
              (c.attributes["post.logout.redirect.uris"] ?? "").split("##").filter(Boolean),
              UITGELOGD_PAD,
            ),
          }
        : {
            client_id: c.clientId,
            client_secret: c.secret,
            client_name: c.name ?? c.clientId,
            grant_types: ["client_credentials"],
            response_types: [],
            redirect_uris: [],
            token_endpoint_auth_method: "client_secret_basic",
          },
    );
}

async function leesFormulier(req: IncomingMessage): Promise<URLSearchParams> {
  let tekst = "";
  for await (const deel of req) {
    tekst += String(deel);
    if (tekst.length > 10_000) break;
  }
  return new URLSearchParams(tekst);
}

function stuurHtml(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("X-Frame-Options", "DENY");
  res.end(body);
}

export async function startIngebouwdeIdp(config: Config, log: Logger): Promise<IngebouwdeIdp | null> {
  if (config.KEYCLOAK_ISSUER) return null;
  if (config.NODE_ENV === "production" && !config.BUILTIN_IDP_IN_PRODUCTION) {
    throw new ConfigError([
      {
        variable: "KEYCLOAK_ISSUER",
        probleem:
          "verplicht in productie; de ingebouwde demo-inlogdienst start niet met NODE_ENV=production " +
          "(zet BUILTIN_IDP_IN_PRODUCTION=true alleen voor een demo)",
      },
    ]);
  }
  const realm = demoRealm();
  const instellingen = authInstellingen(config);
  const issuer = instellingen.issuer;
  const sleutels = laadSleutels(config);
  const gebruikers = personen(realm);
  const ttl = toegangstokenLevensduur(realm);

  const provider = new Provider(issuer, {
    clients: oidcClients(realm, config.publicUrl),
    jwks: sleutels.jwks,
    cookies: { keys: sleutels.cookieSleutels },
    claims: {
      openid: [
        "sub",
        "preferred_username",
        "name",
        "given_name",
        "family_name",
        "email",
        "email_verified",
        "realm_access",
        "resource_access",
        "group_membership",
      ],
    },
    // Keycloak's mappers put these claims in the ID token too; the app reads them from there.
    conformIdTokenClaims: false,
    async findAccount(_ctx: unknown, sub: string) {
      const gebruiker = gebruikers.get(sub);
      if (!gebruiker) return undefined;
      return { accountId: sub, claims: async () => claimsVoor(realm, gebruiker) };
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx: OidcKoaContext, form: string) {
          ctx.type = "html";
          ctx.body = uitlogPagina(form);
        },
        async postLogoutSuccessSource(ctx: OidcKoaContext) {
          ctx.type = "html";
          ctx.body = uitgelogdPagina();
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => ({
          scope: SCOPES,
          audience: "account",
          accessTokenFormat: "jwt",
          accessTokenTTL: ttl,
          jwt: { sign: { alg: "RS256" } },
        }),
      },
    },
    async extraTokenClaims(_ctx: unknown, token: { accountId?: string; clientId?: string; sessionUid?: string }) {
      const gebruiker = token.accountId ? gebruikers.get(token.accountId) : undefined;
      const basis = { azp: token.clientId, typ: "Bearer", ...(token.sessionUid ? { sid: token.sessionUid } : {}) };
      if (!gebruiker) return { ...basis, preferred_username: `service-account-${token.clientId ?? "onbekend"}` };
      // sub is set by the provider itself.
      const claims: Partial<ReturnType<typeof claimsVoor>> = claimsVoor(realm, gebruiker);
      delete claims.sub;
      return { ...basis, ...claims };
    },
    async loadExistingGrant(ctx: OidcKoaContext) {
      const { oidc } = ctx;
      const client = oidc.client;
      const accountId = oidc.session?.accountId;
      if (!client) return undefined;
      const bestaand = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
      if (bestaand) {
        const grant = await oidc.provider.Grant.find(bestaand);
        if (grant) return grant;
      }
      if (!accountId) return undefined;
      // The app is a first-party client, as in Keycloak with consent off: no consent screen.
      const grant = new oidc.provider.Grant({ accountId, clientId: client.clientId });
      grant.addOIDCScope(SCOPES);
      grant.addResourceScope(RESOURCE, SCOPES);
      await grant.save();
      return grant;
    },
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(g: string): boolean }) =>
      client.grantTypeAllowed("refresh_token"),
    // Keycloak reuses refresh tokens by default (revokeRefreshToken=false); rotation would turn
    // two concurrent refreshes into a revoked grant.
    rotateRefreshToken: () => false,
    ttl: {
      AccessToken: ttl,
      ClientCredentials: ttl,
      IdToken: ttl,
      RefreshToken: realm.ssoSessionIdleTimeout,
      Session: realm.ssoSessionMaxLifespan,
      Grant: realm.ssoSessionMaxLifespan,
      Interaction: 3600,
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `${LOGIN_PAD}${interaction.uid}`,
    },
    routes: {
      authorization: "/protocol/openid-connect/auth",
      token: "/protocol/openid-connect/token",
      userinfo: "/protocol/openid-connect/userinfo",
      jwks: "/protocol/openid-connect/certs",
      end_session: "/protocol/openid-connect/logout",
      revocation: "/protocol/openid-connect/revoke",
      introspection: "/protocol/openid-connect/token/introspect",
    },
    async renderError(ctx: OidcKoaContext, out: { error?: string; error_description?: string }) {
      ctx.type = "html";
      ctx.body = foutPagina(
        "Inloggen lukt niet",
        `De inlogdienst kon dit verzoek niet verwerken (${out.error ?? "fout"}). Ga terug naar de zaakafhandelcomponent en probeer het opnieuw.`,
      );
    },
  });
  provider.proxy = true;
  provider.on("server_error", (_ctx: unknown, err: unknown) => log.error({ err }, "ingebouwde inlogdienst: serverfout"));
  // A refused refresh logs the user out of the app; say why where operators look.
  provider.on("grant.error", (_ctx: unknown, err: unknown) => log.warn({ err }, "ingebouwde inlogdienst: token geweigerd"));

  const callback = provider.callback();

  async function verwerkLogin(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const actie = `${LOGIN_PAD}${encodeURIComponent(uid)}`;
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      stuurHtml(
        res,
        400,
        foutPagina("Inlogsessie verlopen", "Deze inlogpagina is verlopen. Ga terug naar de zaakafhandelcomponent om opnieuw in te loggen."),
      );
      return;
    }
    if (details.uid !== uid) {
      stuurHtml(res, 400, foutPagina("Ongeldig inlogverzoek", "Ga terug naar de zaakafhandelcomponent en probeer het opnieuw."));
      return;
    }
    if (req.method === "POST") {
      const form = await leesFormulier(req);
      const naam = form.get("gebruikersnaam") ?? "";
      const gebruiker = controleerWachtwoord(realm, naam, form.get("wachtwoord") ?? "");
      if (!gebruiker) {
        log.info({ gebruiker: naam.slice(0, 100) }, "ingebouwde inlogdienst: inloggen mislukt");
        stuurHtml(res, 200, inlogPagina({ actie, gebruikersnaam: naam, fout: "Onjuiste gebruikersnaam of wachtwoord." }));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: stabieleId("gebruiker", gebruiker.username) } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (details.prompt.name !== "login") {
      // Consent is granted automatically (loadExistingGrant); finish any other prompt as is.
      await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
      return;
    }
    stuurHtml(res, 200, inlogPagina({ actie }));
  }

  log.warn(
    { issuer },
    "LET OP: de ingebouwde OIDC-inlogdienst draait (demo-gebruikers, wachtwoord = gebruikersnaam). " +
      "Alleen voor demo's en tests; zet KEYCLOAK_ISSUER voor een echte omgeving.",
  );

  return {
    issuer,
    verwerk(req, res) {
      const url = req.url ?? "/";
      const pad = url.split("?")[0] ?? "/";
      if (pad.startsWith(LOGIN_PAD) && (req.method === "GET" || req.method === "POST")) {
        const uid = decodeURIComponent(pad.slice(LOGIN_PAD.length));
        verwerkLogin(req, res, uid).catch((err: unknown) => {
          log.error({ err }, "ingebouwde inlogdienst: fout op de inlogpagina");
          if (!res.headersSent) stuurHtml(res, 500, foutPagina("Er ging iets mis", "Probeer het opnieuw."));
        });
        return true;
      }
      if (pad === REALM_PAD || pad.startsWith(`${REALM_PAD}/`)) {
        // Mounted like connect/express do: the provider reads its mount path from originalUrl.
        (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
        req.url = url.slice(REALM_PAD.length) || "/";
        callback(req, res);
        return true;
      }
      if (pad === ADMIN_REALM_PAD || pad.startsWith(`${ADMIN_REALM_PAD}/`)) {
        verwerkAdminVerzoek(req, res, { realm, issuer, jwks: sleutels.publiekeJwks, adminClientId: instellingen.adminClientId }).catch(
          (err: unknown) => {
            log.error({ err }, "ingebouwde inlogdienst: fout in de admin-API");
            if (!res.headersSent) {
              res.statusCode = 500;
              res.end();
            }
          },
        );
        return true;
      }
      return false;
    },
  };
}
