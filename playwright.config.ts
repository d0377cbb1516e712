import { existsSync, readFileSync } from "node:fs";
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";

/**
 * End-to-end tests in the machine's Debian Chromium (no Playwright browser download).
 *
 * By default Playwright starts the app with `npm start` (the custom server) on E2E_PORT (3100)
 * against a throw-away data directory. The app must be built first (`next build`); the
 * webServer command deliberately does not build. Set E2E_BASE_URL to test an app that is
 * already running (e.g. `next start -p 3200`); then no server is started.
 */
const ci = Boolean(process.env.CI);
const port = Number(process.env.E2E_PORT ?? 3100);
const externeBaseUrl = process.env.E2E_BASE_URL;
const baseURL = externeBaseUrl ?? `http://localhost:${port}`;

/**
 * Login (e2e/auth*.spec.ts). The app above uses the built-in OIDC provider. Two more app
 * instances are started for the login suite: one against a real Keycloak (the pinned version,
 * started by scripts/keycloak.sh on a loopback port, importing the same realm file; Playwright
 * stops it afterwards) and one in domain-role mode. E2E_KEYCLOAK=0 leaves out the Keycloak
 * part (e.g. on a machine without Java). The ports must be in the realm file's redirect URIs.
 */
const keycloakPoort = Number(process.env.E2E_KEYCLOAK_PORT ?? 18180);
const keycloakAppPoort = 3101;
const domeinAppPoort = 3102;
const metKeycloak = !externeBaseUrl && process.env.E2E_KEYCLOAK !== "0";
const INGELOGD_BESTAND = ".cache/e2e-auth/beheerder1.json";
const realm = JSON.parse(readFileSync("lib/auth/realm/zaakafhandelcomponent-realm.json", "utf8")) as {
  clients: { clientId: string; secret?: string }[];
};
const demoSecret = (clientId: string) => realm.clients.find((c) => c.clientId === clientId)?.secret ?? "";
if (metKeycloak) {
  const versie = /^KEYCLOAK_VERSION=(.+)$/m.exec(readFileSync("scripts/versions.env", "utf8"))?.[1]?.trim();
  if (!existsSync(`.cache/keycloak/keycloak-${versie}/bin/kc.sh`)) {
    throw new Error(`Keycloak ${versie} ontbreekt: voer 'bash scripts/setup-tools.sh' uit (of zet E2E_KEYCLOAK=0).`);
  }
}

const chromium = {
  ...devices["Desktop Chrome"],
  headless: true,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // The closed network: no QUIC, no background fetches, no component updates.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

type WebServer = NonNullable<Exclude<PlaywrightTestConfig["webServer"], unknown[]>>;
const appServer = (poort: number, env: Record<string, string>): WebServer => ({
  command: "npm start",
  url: `http://localhost:${poort}/api/health`,
  env: {
    PORT: String(poort),
    LOG_LEVEL: "warn",
    // `npm start` serves in production mode; like `npm run demo`, the test apps get test-only
    // values for what production requires (scripts/demo.sh sets the same for the demo).
    NODE_ENV: "production",
    BUILTIN_IDP_IN_PRODUCTION: "true",
    PABC_API_KEY: "zac-demo-pabc-sleutel",
    ZGW_ENCRYPTION_KEY: "e2e-alleen-voor-tests-versleutelsleutel-0123456789",
    AUTH_SECRET: "e2e-alleen-voor-tests-sessiegeheim-0123456789abcdef",
    ...env,
  },
  reuseExistingServer: !ci,
  timeout: 180_000,
  // The app logs at warn level and above to stdout; those lines belong in the test output.
  stdout: "pipe",
  stderr: "pipe",
});

export default defineConfig({
  testDir: "e2e",
  // Not test-results/ itself: Playwright empties its outputDir, and other tools write there too.
  outputDir: "test-results/playwright-artifacts",
  fullyParallel: false,
  forbidOnly: ci,
  retries: 0,
  workers: ci ? 1 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // The JSON file is always written: the test summary sums results from it.
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "inloggen",
      testMatch: /support\/inloggen\.setup\.ts$/,
      use: { ...chromium },
    },
    {
      name: "chromium",
      testIgnore: [/auth-domein\.spec\.ts$/, /herstel\.spec\.ts$/, /support\//],
      dependencies: externeBaseUrl ? [] : ["inloggen"],
      metadata: { idp: "ingebouwd" },
      use: { ...chromium, ...(externeBaseUrl ? {} : { storageState: INGELOGD_BESTAND }) },
    },
    ...(externeBaseUrl
      ? []
      : [
          // Crash safety of the ZGW APIs: starts and kills its own app process (no browser).
          { name: "herstel", testMatch: /herstel\.spec\.ts$/, timeout: 300_000 },
          {
            name: "domeinmodus",
            testMatch: /auth-domein\.spec\.ts$/,
            metadata: { idp: "ingebouwd" },
            use: { ...chromium, baseURL: `http://localhost:${domeinAppPoort}` },
          },
        ]),
    ...(metKeycloak
      ? [
          {
            name: "keycloak",
            testMatch: /auth\.spec\.ts$/,
            metadata: { idp: "keycloak" },
            use: { ...chromium, baseURL: `http://localhost:${keycloakAppPoort}` },
          },
        ]
      : []),
  ],
  webServer: externeBaseUrl
    ? undefined
    : [
        // The built-in provider issues 20 s access tokens here, so the refresh test is quick.
        appServer(port, {
          ZAC_DATA_DIR: ".cache/e2e-data",
          ZAC_IDP_ACCESS_TOKEN_TTL: "20",
          // Test-only secret of the app's own ZGW client (e2e/zgw-api.spec.ts signs JWTs with it).
          ZGW_EIGEN_CLIENT_SECRET: "e2e-alleen-voor-tests-zac-intern-geheim-0123456789",
        }),
        appServer(domeinAppPoort, { ZAC_DATA_DIR: ".cache/e2e-data-domein", IAM_MODUS: "domein" }),
        ...(metKeycloak
          ? [
              {
                command: `bash scripts/keycloak.sh run ${keycloakPoort}`,
                url: `http://127.0.0.1:${keycloakPoort}/realms/zaakafhandelcomponent/.well-known/openid-configuration`,
                reuseExistingServer: false,
                timeout: 300_000,
                stdout: "ignore" as const,
                stderr: "pipe" as const,
              },
              appServer(keycloakAppPoort, {
                ZAC_DATA_DIR: ".cache/e2e-data-keycloak",
                KEYCLOAK_ISSUER: `http://127.0.0.1:${keycloakPoort}/realms/zaakafhandelcomponent`,
                KEYCLOAK_CLIENT_SECRET: demoSecret("zaakafhandelcomponent"),
                KEYCLOAK_ADMIN_CLIENT_SECRET: demoSecret("zaakafhandelcomponent-admin"),
              }),
            ]
          : []),
      ],
});
