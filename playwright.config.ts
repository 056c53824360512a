import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production build (`npm test` builds first),
 * served by the same start script as `npm start`, each server on its own port
 * and a throwaway SQLite database recreated each run.
 * The browser is Debian's Chromium (`npx playwright install` cannot download here).
 *
 * One server per sign-in mode (README: "Running it for a team"):
 * - E2E_PORT     TRIAGE_AUTH=none (the default), with a break-glass admin: every spec but the auth-* ones;
 * - E2E_PORT+2   TRIAGE_AUTH=proxy, trusting only 127.0.0.2 (the test's stand-in for oauth2-proxy connects from there);
 * - E2E_PORT+3   TRIAGE_AUTH=oidc, against a real OpenID provider on E2E_PORT+4 (e2e/support/oidc-provider.ts).
 * - E2E_PORT+6   a synthetic 1,000-runbook library (TRIAGE_CONTENT_DIR), for the /runbooks size check only.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL = "file:./data/e2e.db";
export const PORTS = { none: PORT, proxy: PORT + 2, oidc: PORT + 3, idp: PORT + 4, ssoProxy: PORT + 5, bigLibrary: PORT + 6 };
export const BIG_LIBRARY_SIZE = 1000;

/** The break-glass admin of the none and oidc servers; the hash is of this password (npm run auth:hash-password). */
export const BREAK_GLASS = { email: "admin@example.com", password: "e2e-break-glass-password" };
const BREAK_GLASS_ENV = {
  TRIAGE_ADMIN_EMAIL: BREAK_GLASS.email,
  TRIAGE_ADMIN_PASSWORD_HASH: "$argon2id$v=19$m=19456,t=2,p=1$DtnEOAbbaQKuerkxtWM4RQ$X+EIw95auYM0AxDgyM/d++7ILK27WlBmN3WynHd4Tx8",
  TRIAGE_AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789",
};
const ROLE_MAP = "sre=responder,platform-admins=admin";

/** A fresh database each run. Deleted here, not in a globalSetup: Playwright starts the web servers before global setup. */
const app = (db: string, port: number, env: Record<string, string>, before = "true") => ({
  command: `rm -f data/${db}.db data/${db}.db-wal data/${db}.db-shm data/${db}.db-journal && ${before} && tsx --conditions=react-server scripts/start.ts --skip-build`,
  url: `http://127.0.0.1:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  env: { PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: `file:./data/${db}.db`, NEXT_TELEMETRY_DISABLED: "1", TRIAGE_API_TOKEN: "", ...env },
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

const AUTH_SPECS = /auth-(proxy|oidc)\.spec\.ts/;

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
    baseURL: `http://127.0.0.1:${PORTS.none}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: AUTH_SPECS },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /shell\.spec\.ts/ },
    { name: "proxy", use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: `http://127.0.0.1:${PORTS.proxy}` }, testMatch: /auth-proxy\.spec\.ts/ },
    { name: "oidc", use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: `http://127.0.0.1:${PORTS.oidc}` }, testMatch: /auth-oidc\.spec\.ts/ },
  ],
  webServer: [
    app("e2e", PORTS.none, BREAK_GLASS_ENV),
    app("e2e-proxy", PORTS.proxy, { TRIAGE_AUTH: "proxy", TRIAGE_TRUSTED_PROXIES: "127.0.0.2/32", TRIAGE_ROLE_MAP: ROLE_MAP }),
    {
      command: "tsx e2e/support/oidc-provider.ts",
      url: `http://127.0.0.1:${PORTS.idp}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { OIDC_PORT: String(PORTS.idp), APP_URL: `http://127.0.0.1:${PORTS.oidc}` },
      stdout: "ignore",
      stderr: "ignore",
    },
    app("e2e-oidc", PORTS.oidc, {
      ...BREAK_GLASS_ENV,
      TRIAGE_AUTH: "oidc",
      TRIAGE_OIDC_ISSUER: `http://127.0.0.1:${PORTS.idp}`,
      TRIAGE_OIDC_CLIENT_ID: "triage-e2e",
      TRIAGE_OIDC_CLIENT_SECRET: "triage-e2e-secret-0123456789abcdef",
      TRIAGE_OIDC_SCOPES: "openid email profile groups",
      TRIAGE_OIDC_NAME: "Test IdP",
      TRIAGE_PUBLIC_URL: `http://127.0.0.1:${PORTS.oidc}`,
      TRIAGE_ROLE_MAP: ROLE_MAP,
      // A TLS-terminating proxy's stand-in connects from here (auth-oidc.spec.ts: Secure cookies).
      TRIAGE_TRUSTED_PROXIES: "127.0.0.2/32",
    }),
    // A 2-second request deadline here, so e2e/edge-refusals.spec.ts can see a stalled upload get its 408.
    app("e2e-big-library", PORTS.bigLibrary, { TRIAGE_CONTENT_DIR: "data/e2e-library", TRIAGE_REQUEST_TIMEOUT: "2" }, `tsx --conditions=react-server e2e/support/write-synthetic-library.ts data/e2e-library ${BIG_LIBRARY_SIZE}`),
  ],
});
