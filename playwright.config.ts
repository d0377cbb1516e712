import { defineConfig, devices } from "@playwright/test";

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
      name: "chromium",
      use: {
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
      },
    },
  ],
  webServer: externeBaseUrl
    ? undefined
    : {
        command: "npm start",
        url: `http://localhost:${port}/api/health`,
        env: { PORT: String(port), ZAC_DATA_DIR: ".cache/e2e-data" },
        reuseExistingServer: !ci,
        timeout: 180_000,
        // Request logs stay out of the test output; start-up errors still show.
        stdout: "ignore",
        stderr: "pipe",
      },
});
