/**
 * The Keycloak that playwright.config.ts starts (scripts/keycloak.sh run) for the "keycloak"
 * project, and a tiny admin REST client (bootstrap admin) for test set-up.
 */
export const KEYCLOAK_POORT = Number(process.env.E2E_KEYCLOAK_PORT ?? 18180);
export const KEYCLOAK_URL = `http://127.0.0.1:${KEYCLOAK_POORT}`;
export const KEYCLOAK_ISSUER = `${KEYCLOAK_URL}/realms/zaakafhandelcomponent`;
export const KEYCLOAK_ADMIN = { gebruiker: "admin", wachtwoord: "admin-alleen-voor-tests" };

async function adminToken(): Promise<string> {
  const antwoord = await fetch(`${KEYCLOAK_URL}/realms/master/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "password",
      client_id: "admin-cli",
      username: KEYCLOAK_ADMIN.gebruiker,
      password: KEYCLOAK_ADMIN.wachtwoord,
    }),
  });
  if (!antwoord.ok) throw new Error(`Keycloak-admintoken: HTTP ${antwoord.status}`);
  return ((await antwoord.json()) as { access_token: string }).access_token;
}

/** Sets the realm's access-token lifetime (seconds); for the refresh test. */
export async function zetToegangstokenLevensduur(seconden: number): Promise<void> {
  const token = await adminToken();
  const antwoord = await fetch(`${KEYCLOAK_URL}/admin/realms/zaakafhandelcomponent`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ accessTokenLifespan: seconden }),
  });
  if (!antwoord.ok) throw new Error(`Keycloak-realm bijwerken: HTTP ${antwoord.status}`);
}
