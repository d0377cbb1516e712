import { mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config";
import { createLogger } from "@/lib/log";
import { authInstellingen } from "../instellingen";
import { createKeycloakAdminClient } from "../keycloak-admin";
import { dienstToken } from "../oidc";
import { controleerWachtwoord, startIngebouwdeIdp } from "./index";
import { demoRealm } from "../realm";

const stil = createLogger({ level: "silent" });
let server: Server;
let basis: string;
let dataMap: string;

beforeAll(async () => {
  dataMap = mkdtempSync(path.join(tmpdir(), "zac-idp-"));
  server = createServer();
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  const poort = (server.address() as AddressInfo).port;
  const config = parseConfig({ PORT: String(poort), ZAC_DATA_DIR: dataMap });
  basis = config.publicUrl;
  const idp = await startIngebouwdeIdp(config, stil);
  if (!idp) throw new Error("verwacht de ingebouwde inlogdienst");
  server.on("request", (req, res) => {
    if (!idp.verwerk(req, res)) {
      res.statusCode = 404;
      res.end();
    }
  });
});

afterAll(async () => {
  await new Promise((klaar) => server.close(klaar));
  rmSync(dataMap, { recursive: true, force: true });
});

function instellingen() {
  return authInstellingen(parseConfig({ PORT: new URL(basis).port, ZAC_DATA_DIR: dataMap }));
}

describe("built-in OIDC provider", () => {
  it("serves discovery at Keycloak's paths with our issuer", async () => {
    const antwoord = await fetch(`${basis}/realms/zaakafhandelcomponent/.well-known/openid-configuration`);
    expect(antwoord.status).toBe(200);
    const doc = (await antwoord.json()) as Record<string, string>;
    const realm = `${basis}/realms/zaakafhandelcomponent`;
    expect(doc).toMatchObject({
      issuer: realm,
      authorization_endpoint: `${realm}/protocol/openid-connect/auth`,
      token_endpoint: `${realm}/protocol/openid-connect/token`,
      jwks_uri: `${realm}/protocol/openid-connect/certs`,
      end_session_endpoint: `${realm}/protocol/openid-connect/logout`,
    });
  });

  it("keeps its keys under the data directory, readable only by the owner", () => {
    const modus = statSync(path.join(dataMap, "ingebouwde-idp/sleutels.json")).mode & 0o777;
    expect(modus).toBe(0o600);
  });

  it("issues a JWT client-credentials token to the admin client, with Keycloak's azp", async () => {
    const token = await dienstToken(instellingen());
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
    expect(payload).toMatchObject({ iss: `${basis}/realms/zaakafhandelcomponent`, azp: "zaakafhandelcomponent-admin" });
    expect(typeof payload.exp).toBe("number");
  });

  it("answers the Keycloak admin endpoints the app uses (groups, members, groups of a role)", async () => {
    const admin = createKeycloakAdminClient(instellingen());
    const groepen = await admin.groepen();
    expect(groepen.map((g) => g.naam).sort()).toEqual(
      [
        "behandelaars-sociaal",
        "behandelaars-vergunningen",
        "beheerders",
        "coordinatoren-vergunningen",
        "domein-vergunningen",
        "geen-rechten",
        "raadplegers",
        "recordmanagers",
      ].sort(),
    );
    const vergunningen = groepen.find((g) => g.naam === "behandelaars-vergunningen");
    expect(await admin.groepLeden(vergunningen?.id ?? "")).toEqual([
      expect.objectContaining({ gebruikersnaam: "behandelaar1", naam: "Bas Behandelaar", email: "behandelaar1@example.com" }),
    ]);
    expect((await admin.groepenMetRol("zac_beheerder")).map((g) => g.naam)).toEqual(["beheerders"]);
    await expect(admin.groepLeden("bestaat-niet")).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses the admin API without a valid token", async () => {
    expect((await fetch(`${basis}/admin/realms/zaakafhandelcomponent/groups`)).status).toBe(401);
    const nep = await fetch(`${basis}/admin/realms/zaakafhandelcomponent/groups`, { headers: { Authorization: "Bearer a.b.c" } });
    expect(nep.status).toBe(401);
  });

  it("shows a Dutch, labelled login page only for a real login interaction", async () => {
    const antwoord = await fetch(`${basis}/realms/zaakafhandelcomponent/login-actions/onbekend`);
    expect(antwoord.status).toBe(400);
    expect(await antwoord.text()).toContain('<html lang="nl">');
  });
});

describe("demo passwords", () => {
  it("accepts password = username for demo users, nothing else, and never service accounts", () => {
    const realm = demoRealm();
    expect(controleerWachtwoord(realm, "behandelaar1", "behandelaar1")?.username).toBe("behandelaar1");
    expect(controleerWachtwoord(realm, "behandelaar1", "behandelaar2")).toBeUndefined();
    expect(controleerWachtwoord(realm, "onbekend", "onbekend")).toBeUndefined();
    expect(controleerWachtwoord(realm, "service-account-zaakafhandelcomponent-admin", "")).toBeUndefined();
  });
});

describe("production guard", () => {
  it("refuses to start with NODE_ENV=production unless explicitly enabled", async () => {
    const config = parseConfig({ NODE_ENV: "production", ZAC_DATA_DIR: dataMap });
    await expect(startIngebouwdeIdp(config, stil)).rejects.toBeInstanceOf(ConfigError);
    const toegestaan = parseConfig({ NODE_ENV: "production", BUILTIN_IDP_IN_PRODUCTION: "true", ZAC_DATA_DIR: dataMap });
    await expect(startIngebouwdeIdp(toegestaan, stil)).resolves.not.toBeNull();
  });

  it("is not started when a Keycloak issuer is configured", async () => {
    const config = parseConfig({
      KEYCLOAK_ISSUER: "https://sso.example.com/realms/zaakafhandelcomponent",
      KEYCLOAK_CLIENT_SECRET: "x",
      KEYCLOAK_ADMIN_CLIENT_SECRET: "y",
    });
    await expect(startIngebouwdeIdp(config, stil)).resolves.toBeNull();
  });
});
