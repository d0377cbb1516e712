/**
 * The part of Keycloak's admin REST API the app uses (groups, group members, groups of a role,
 * users), answered from the realm file. Callers need a client-credentials token of the
 * service-account client, as with Keycloak.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createPublicKey, verify, type JsonWebKey } from "node:crypto";
import { ADMIN_REALM_PAD, groepenVan, stabieleId, type Realm, type RealmGebruiker, type RealmGroep } from "../realm";

export interface AdminApiOpties {
  realm: Realm;
  issuer: string;
  jwks: { keys: Record<string, unknown>[] };
  adminClientId: string;
}

function stuur(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(body));
}

export function groepRepresentatie(groep: RealmGroep) {
  return {
    id: stabieleId("groep", groep.name),
    name: groep.name,
    path: groep.path ?? `/${groep.name}`,
    subGroupCount: 0,
    subGroups: [],
  };
}

export function gebruikerRepresentatie(gebruiker: RealmGebruiker) {
  return {
    id: stabieleId("gebruiker", gebruiker.username),
    username: gebruiker.username,
    firstName: gebruiker.firstName,
    lastName: gebruiker.lastName,
    email: gebruiker.email,
    emailVerified: gebruiker.emailVerified ?? false,
    enabled: gebruiker.enabled,
  };
}

function pagineer<T>(lijst: T[], zoek: URLSearchParams): T[] {
  const eerste = Math.max(0, Number(zoek.get("first") ?? 0) || 0);
  const max = Number(zoek.get("max") ?? 100) || 100;
  return lijst.slice(eerste, eerste + Math.max(0, max));
}

/** Verifies one of our own RS256 JWTs (signature, issuer, expiry); returns its payload. */
export function verifieerEigenJwt(token: string, opties: Pick<AdminApiOpties, "jwks" | "issuer">): Record<string, unknown> | null {
  const [kop, inhoud, handtekening] = token.split(".");
  if (!kop || !inhoud || !handtekening) return null;
  try {
    const header = JSON.parse(Buffer.from(kop, "base64url").toString("utf8")) as { alg?: string; kid?: string };
    if (header.alg !== "RS256") return null;
    const jwk = opties.jwks.keys.find((k) => k.kid === header.kid);
    if (!jwk) return null;
    const sleutel = createPublicKey({ key: jwk as JsonWebKey, format: "jwk" });
    const geldig = verify("RSA-SHA256", Buffer.from(`${kop}.${inhoud}`), sleutel, Buffer.from(handtekening, "base64url"));
    if (!geldig) return null;
    const payload = JSON.parse(Buffer.from(inhoud, "base64url").toString("utf8")) as Record<string, unknown>;
    if (payload.iss !== opties.issuer) return null;
    if (typeof payload.exp !== "number" || payload.exp * 1000 < Date.now()) return null;
    return payload;
  } catch {
    return null;
  }
}

async function geautoriseerd(req: IncomingMessage, opties: AdminApiOpties): Promise<boolean> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  if (!match?.[1]) return false;
  const payload = verifieerEigenJwt(match[1], opties);
  return payload !== null && (payload.azp === opties.adminClientId || payload.client_id === opties.adminClientId);
}

export async function verwerkAdminVerzoek(req: IncomingMessage, res: ServerResponse, opties: AdminApiOpties): Promise<void> {
  if (req.method !== "GET") return stuur(res, 405, { error: "method_not_allowed" });
  if (!(await geautoriseerd(req, opties))) {
    res.setHeader("WWW-Authenticate", 'Bearer realm="zaakafhandelcomponent"');
    return stuur(res, 401, { error: "HTTP 401 Unauthorized" });
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  const delen = url.pathname.slice(ADMIN_REALM_PAD.length).split("/").filter(Boolean).map(decodeURIComponent);
  const { realm } = opties;
  const personen = realm.users.filter((u) => !u.serviceAccountClientId);
  const groepOpId = (id: string) => realm.groups.find((g) => stabieleId("groep", g.name) === id);

  if (delen[0] === "groups" && delen.length === 1) {
    const zoek = (url.searchParams.get("search") ?? "").toLowerCase();
    const groepen = realm.groups.filter((g) => !zoek || g.name.toLowerCase().includes(zoek)).map(groepRepresentatie);
    return stuur(res, 200, pagineer(groepen, url.searchParams));
  }
  if (delen[0] === "groups" && delen[1]) {
    const groep = groepOpId(delen[1]);
    if (!groep) return stuur(res, 404, { error: "Could not find group by id" });
    if (delen.length === 2) return stuur(res, 200, groepRepresentatie(groep));
    if (delen[2] === "members" && delen.length === 3) {
      const leden = personen.filter((u) => groepenVan(realm, u).some((g) => g.name === groep.name));
      return stuur(res, 200, pagineer(leden.map(gebruikerRepresentatie), url.searchParams));
    }
  }
  if (delen[0] === "roles" && delen[1] && delen[2] === "groups" && delen.length === 3) {
    const rol = delen[1];
    if (!realm.roles.realm.some((r) => r.name === rol)) return stuur(res, 404, { error: "Could not find role" });
    const groepen = realm.groups.filter((g) => g.realmRoles.includes(rol)).map(groepRepresentatie);
    return stuur(res, 200, pagineer(groepen, url.searchParams));
  }
  if (delen[0] === "users" && delen.length === 1) {
    const naam = url.searchParams.get("username");
    const exact = url.searchParams.get("exact") === "true";
    const zoek = (url.searchParams.get("search") ?? "").toLowerCase();
    const lijst = personen.filter((u) => {
      if (naam) return exact ? u.username === naam : u.username.includes(naam.toLowerCase());
      return !zoek || [u.username, u.firstName, u.lastName, u.email].some((v) => v?.toLowerCase().includes(zoek));
    });
    return stuur(res, 200, pagineer(lijst.map(gebruikerRepresentatie), url.searchParams));
  }
  if (delen[0] === "users" && delen[1] && delen[2] === "groups" && delen.length === 3) {
    const gebruiker = personen.find((u) => stabieleId("gebruiker", u.username) === delen[1]);
    if (!gebruiker) return stuur(res, 404, { error: "User not found" });
    return stuur(res, 200, groepenVan(realm, gebruiker).map(groepRepresentatie));
  }
  return stuur(res, 404, { error: "Unable to find matching target resource method" });
}
