/**
 * `npm test`: everything, in the order that fails fastest:
 * content check, typecheck, lint, unit tests, database integration tests
 * (SQLite and PostgreSQL), then a production build, the reliability tests
 * on it (SQLite and PostgreSQL) and the Playwright end-to-end tests in
 * Debian's Chromium.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } }).status === 0;
}

/** Makes sure a Chromium is there for Playwright; installs Debian's when we are root on Debian/Ubuntu. */
function ensureChromium(): boolean {
  if (existsSync(chromium)) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log(`test: no browser at ${chromium}; installing Debian's chromium…`);
    return run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" }) && existsSync(chromium);
  }
  console.error(
    `test: no browser at ${chromium}. Install Chromium (Debian/Ubuntu: \`sudo apt-get install -y chromium\`) or set CHROMIUM_PATH to a Chromium binary. (\`npx playwright install\` needs internet access to Playwright's CDN.)`,
  );
  return false;
}

const steps: [string, () => boolean][] = [
  ["content:check", () => run("npm", ["run", "--silent", "content:check"])],
  ["typecheck", () => run("npm", ["run", "--silent", "typecheck"])],
  ["lint", () => run("npm", ["run", "--silent", "lint"])],
  ["unit tests", () => run("npm", ["run", "--silent", "test:unit"])],
  // Search relevance (tests/relevance): top-1/top-3 on the real runbooks and sample incidents.
  ["search relevance", () => run("npm", ["run", "--silent", "test:relevance"])],
  ["db integration tests", () => run("npm", ["run", "--silent", "test:db"])],
  ["browser", ensureChromium],
  ["build", () => run("npx", ["next", "build"])],
  // Two `next start` replicas on one PostgreSQL: a write on one is found by search on the other.
  ["search on two replicas", () => run("npm", ["run", "--silent", "test:replicas"])],
  // Real processes on the production build: two servers on one database, SIGKILL and SIGTERM, backup and restore.
  ["reliability tests", () => run("npm", ["run", "--silent", "test:reliability"])],
  ["e2e tests", () => run("npm", ["run", "--silent", "test:e2e"], { CHROMIUM_PATH: chromium })],
];

const results: string[] = [];
for (const [name, step] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const ok = step();
  results.push(`${ok ? "ok  " : "FAIL"} ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (!ok) {
    console.error(`\n${results.join("\n")}\ntest: stopped at "${name}".`);
    process.exit(1);
  }
}
console.log(`\n${results.join("\n")}\ntest: all steps passed.`);
