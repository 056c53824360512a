import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** `npm start` must stop on bad configuration with one clear line, not a stack trace. */
const SPAWN_TIMEOUT_MS = 60_000;

function start(env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/start.ts", "--skip-build"], {
    env: { ...process.env, ...env, PORT: "0" },
    encoding: "utf8",
    timeout: SPAWN_TIMEOUT_MS,
  });
  const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.includes("npm warn"));
  return { status: result.status, lines };
}

const plainFileDir = mkdtempSync(path.join(os.tmpdir(), "triage-start-"));
const plainFile = path.join(plainFileDir, "not-a-folder");
writeFileSync(plainFile, "");
afterAll(() => rmSync(plainFileDir, { recursive: true, force: true }));

describe("start-up configuration errors", () => {
  it.each([
    ["a malformed DATABASE_URL", { DATABASE_URL: "mysql://root@localhost/triage" }, /^triage: DATABASE_URL scheme "mysql:" is not supported\. Use file:/],
    ["an unwritable data folder", { DATABASE_URL: `file:${plainFile}/data/triage.db` }, /^triage: The data folder .* is not writable \(ENOTDIR\)\. Fix its permissions/],
    ["an unreachable PostgreSQL", { DATABASE_URL: "postgresql://triage:secret@127.0.0.1:1/triage" }, /^triage: Cannot reach PostgreSQL at postgresql:\/\/triage:\*\*\*@127\.0\.0\.1:1\/triage: .*ECONNREFUSED.*Start the server/],
  ])("stops on %s with one line that says how to fix it", (_name, env, message) => {
    const { status, lines } = start(env);
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    // Starting npx + tsx takes ~6 s on a busy 2-core machine: vitest's 5 s default is no place for a speed limit.
  }, SPAWN_TIMEOUT_MS + 5_000);
});
