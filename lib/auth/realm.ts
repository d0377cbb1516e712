/**
 * The realm file (Keycloak realm export) is the single source of the demo users, groups,
 * roles and clients: Keycloak imports it in the tests, and the built-in OIDC provider serves
 * it. This module reads the part of it we use, and derives the claims a user gets, the same
 * way Keycloak's protocol mappers do (roles through groups, group names without path).
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import realmJson from "./realm/zaakafhandelcomponent-realm.json" with { type: "json" };

export const REALM_NAAM = "zaakafhandelcomponent";
export const REALM_PAD = `/realms/${REALM_NAAM}`;
export const ADMIN_REALM_PAD = `/admin/realms/${REALM_NAAM}`;

const rolSchema = z.object({ name: z.string(), description: z.string().optional() });

const groepSchema = z.object({
  name: z.string(),
  path: z.string().optional(),
  realmRoles: z.array(z.string()).default([]),
  clientRoles: z.record(z.string(), z.array(z.string())).default({}),
});

const gebruikerSchema = z.object({
  username: z.string(),
  enabled: z.boolean().default(true),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  emailVerified: z.boolean().optional(),
  serviceAccountClientId: z.string().optional(),
  credentials: z.array(z.object({ type: z.string(), value: z.string().optional() })).default([]),
  realmRoles: z.array(z.string()).default([]),
  clientRoles: z.record(z.string(), z.array(z.string())).default({}),
  groups: z.array(z.string()).default([]),
});

const clientSchema = z.object({
  clientId: z.string(),
  name: z.string().optional(),
  enabled: z.boolean().default(true),
  publicClient: z.boolean().default(false),
  secret: z.string().optional(),
  standardFlowEnabled: z.boolean().default(true),
  serviceAccountsEnabled: z.boolean().default(false),
  redirectUris: z.array(z.string()).default([]),
  attributes: z.record(z.string(), z.string()).default({}),
});

export const realmSchema = z.object({
  realm: z.literal(REALM_NAAM),
  accessTokenLifespan: z.number().int().positive().default(300),
  ssoSessionIdleTimeout: z.number().int().positive().default(1800),
  ssoSessionMaxLifespan: z.number().int().positive().default(36000),
  roles: z.object({
    realm: z.array(rolSchema).default([]),
    client: z.record(z.string(), z.array(rolSchema)).default({}),
  }),
  groups: z.array(groepSchema).default([]),
  users: z.array(gebruikerSchema).default([]),
  clients: z.array(clientSchema).default([]),
});

export type Realm = z.infer<typeof realmSchema>;
export type RealmGebruiker = z.infer<typeof gebruikerSchema>;
export type RealmGroep = z.infer<typeof groepSchema>;
export type RealmClient = z.infer<typeof clientSchema>;

let geladen: Realm | undefined;

/** The parsed realm file (once per process). */
export function demoRealm(): Realm {
  geladen ??= realmSchema.parse(realmJson);
  return geladen;
}

/** Keycloak gives objects UUIDs; the built-in provider derives stable ones from the name. */
export function stabieleId(soort: string, naam: string): string {
  const h = createHash("sha256").update(`${soort}:${naam}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function groepNaamUitPad(pad: string): string {
  const delen = pad.split("/").filter(Boolean);
  return delen[delen.length - 1] ?? pad;
}

export function groepenVan(realm: Realm, gebruiker: RealmGebruiker): RealmGroep[] {
  const namen = new Set(gebruiker.groups.map(groepNaamUitPad));
  return realm.groups.filter((g) => namen.has(g.name));
}

/** Claims as Keycloak's mappers in the realm file put them in ID and access tokens. */
export interface RealmClaims {
  sub: string;
  preferred_username: string;
  name: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  email_verified?: boolean;
  realm_access: { roles: string[] };
  resource_access: Record<string, { roles: string[] }>;
  group_membership: string[];
}

export function claimsVoor(realm: Realm, gebruiker: RealmGebruiker): RealmClaims {
  const groepen = groepenVan(realm, gebruiker);
  const realmRollen = new Set(gebruiker.realmRoles);
  const clientRollen = new Map<string, Set<string>>();
  const voegClientRollenToe = (rollen: Record<string, string[]>) => {
    for (const [client, lijst] of Object.entries(rollen)) {
      const set = clientRollen.get(client) ?? new Set<string>();
      for (const rol of lijst) set.add(rol);
      clientRollen.set(client, set);
    }
  };
  voegClientRollenToe(gebruiker.clientRoles);
  for (const groep of groepen) {
    for (const rol of groep.realmRoles) realmRollen.add(rol);
    voegClientRollenToe(groep.clientRoles);
  }
  const naam = [gebruiker.firstName, gebruiker.lastName].filter(Boolean).join(" ") || gebruiker.username;
  return {
    sub: stabieleId("gebruiker", gebruiker.username),
    preferred_username: gebruiker.username,
    name: naam,
    ...(gebruiker.firstName ? { given_name: gebruiker.firstName } : {}),
    ...(gebruiker.lastName ? { family_name: gebruiker.lastName } : {}),
    ...(gebruiker.email ? { email: gebruiker.email, email_verified: gebruiker.emailVerified ?? false } : {}),
    realm_access: { roles: [...realmRollen].sort() },
    resource_access: Object.fromEntries(
      [...clientRollen.entries()].filter(([, s]) => s.size > 0).map(([client, s]) => [client, { roles: [...s].sort() }]),
    ),
    group_membership: groepen.map((g) => g.name),
  };
}

/** The demo secret of a client in the realm file (the default when KEYCLOAK_ISSUER is unset). */
export function demoClientSecret(clientId: string): string | undefined {
  return demoRealm().clients.find((c) => c.clientId === clientId)?.secret;
}
