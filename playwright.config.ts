import { defineConfig, devices } from "@playwright/test";
import { ADMIN_EMAIL, HOST_NAME } from "./e2e/helpers";

/**
 * e2e against the production build, started exactly as a user starts it (scripts/start.ts), on
 * its own port and a fresh embedded database. Chromium is Debian's (/usr/bin/chromium): the test
 * command installs it when missing; Playwright cannot download browsers here.
 */
const port = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    locale: "de-DE",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `rm -rf .data/e2e && npx tsx scripts/start.ts`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(port), PGLITE_DIR: ".data/e2e/pglite", NEXTAUTH_URL: baseURL, LOG_LEVEL: "warn", DATABASE_URL: "", ADMIN_EMAILS: ADMIN_EMAIL, KMU_HOST_NAME: HOST_NAME, KMU_IMPRINT_FILE: "e2e/fixtures/impressum.md", KMU_PRIVACY_FILE: "" },
  },
});
