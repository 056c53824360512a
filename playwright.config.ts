import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production build (`npm test` builds first),
 * served by the same start script as `npm start`, on its own port and a
 * throwaway SQLite database recreated each run.
 * The browser is Debian's Chromium (`npx playwright install` cannot download here).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL = "file:./data/e2e.db";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // Guards against hangs, not speed limits: under a load average of 18-21 on 2 cores the long list
  // walk-through took 32-40 s, and first renders after a navigation sometimes more than 10 s.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /shell\.spec\.ts/ },
  ],
  webServer: {
    // A fresh database each run. Deleted here, not in a globalSetup: Playwright starts the web
    // server before global setup, and deleting the file under a running server makes it read-only.
    command: `rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm data/e2e.db-journal && tsx --conditions=react-server scripts/start.ts --skip-build`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { PORT: String(PORT), DATABASE_URL: E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", TRIAGE_API_TOKEN: "" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
