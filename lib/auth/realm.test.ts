import { describe, expect, it } from "vitest";
import { DEMO_DOMEINEN, DOMEIN_A } from "@/lib/demo/domeinen";
import { parseConfig } from "@/lib/config";
import { adminUrlVoorIssuer, authInstellingen } from "./instellingen";
import { claimsVoor, demoRealm } from "./realm";

const realm = demoRealm();
const claims = (naam: string) => {
  const gebruiker = realm.users.find((u) => u.username === naam);
  if (!gebruiker) throw new Error(naam);
  return claimsVoor(realm, gebruiker);
};

describe("realm file (single source of demo users, groups and roles)", () => {
  it("has the demo users, each in exactly one group, with password = username", () => {
    const verwacht: Record<string, string> = {
      raadpleger1: "raadplegers",
      behandelaar1: "behandelaars-vergunningen",
      behandelaar2: "behandelaars-sociaal",
      coordinator1: "coordinatoren-vergunningen",
      recordmanager1: "recordmanagers",
      beheerder1: "beheerders",
      geenrechten1: "geen-rechten",
      domeinbehandelaar1: "domein-vergunningen",
    };
    for (const [naam, groep] of Object.entries(verwacht)) {
      const gebruiker = realm.users.find((u) => u.username === naam);
      expect(gebruiker?.groups).toEqual([`/${groep}`]);
      expect(gebruiker?.credentials).toEqual([{ type: "password", value: naam }]);
      // Keycloak 26 asks for missing profile fields at login; the demo users have them all.
      expect(gebruiker).toMatchObject({ firstName: expect.any(String), lastName: expect.any(String), email: `${naam}@example.com` });
    }
  });

  it("gives roles through groups, as Keycloak's mappers put them in the token", () => {
    expect(claims("coordinator1")).toMatchObject({
      preferred_username: "coordinator1",
      name: "Cor Coördinator",
      group_membership: ["coordinatoren-vergunningen"],
      realm_access: { roles: ["zaakafhandelcomponent_user", "zac_coordinator_vergunningen"] },
      resource_access: {},
    });
    expect(claims("geenrechten1").realm_access.roles).toEqual(["zaakafhandelcomponent_user"]);
    expect(claims("domeinbehandelaar1").resource_access).toEqual({
      zaakafhandelcomponent: { roles: ["behandelaar", `domein_${DOMEIN_A.code}`] },
    });
  });

  it("every demo user has the system role; domain roles exist for every demo domain", () => {
    for (const u of realm.users.filter((x) => !x.serviceAccountClientId)) {
      expect(claims(u.username).realm_access.roles).toContain("zaakafhandelcomponent_user");
    }
    const clientRollen = (realm.roles.client.zaakafhandelcomponent ?? []).map((r) => r.name);
    for (const domein of DEMO_DOMEINEN) expect(clientRollen).toContain(`domein_${domein.code}`);
  });

  it("has the confidential client with mappers for all claims, and a service-account client", () => {
    const json = realm.clients.find((c) => c.clientId === "zaakafhandelcomponent");
    expect(json).toMatchObject({ publicClient: false, standardFlowEnabled: true, secret: expect.stringContaining("demo") });
    expect(realm.clients.find((c) => c.clientId === "zaakafhandelcomponent-admin")).toMatchObject({ serviceAccountsEnabled: true });
  });
});

describe("authInstellingen", () => {
  it("uses the built-in provider on our origin and the realm's demo secrets without KEYCLOAK_ISSUER", () => {
    const i = authInstellingen(parseConfig({ PORT: "3000" }));
    expect(i).toMatchObject({
      ingebouwd: true,
      issuer: "http://localhost:3000/realms/zaakafhandelcomponent",
      adminUrl: "http://localhost:3000/admin/realms/zaakafhandelcomponent",
      clientSecret: expect.stringContaining("demo"),
      veiligeCookies: false,
    });
  });

  it("requires the secrets with a real Keycloak, and uses Secure cookies outside localhost", () => {
    expect(() => authInstellingen(parseConfig({ KEYCLOAK_ISSUER: "https://sso.example.com/realms/zac" }))).toThrow(/KEYCLOAK_CLIENT_SECRET/);
    const i = authInstellingen(
      parseConfig({
        KEYCLOAK_ISSUER: "https://sso.example.com/realms/zac/",
        KEYCLOAK_CLIENT_SECRET: "s1",
        KEYCLOAK_ADMIN_CLIENT_SECRET: "s2",
        ZAC_PUBLIC_URL: "https://zac.example.com",
      }),
    );
    expect(i).toMatchObject({ ingebouwd: false, issuer: "https://sso.example.com/realms/zac", veiligeCookies: true });
    expect(adminUrlVoorIssuer("https://sso.example.com/auth/realms/zac")).toBe("https://sso.example.com/auth/admin/realms/zac");
  });
});
