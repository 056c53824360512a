import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findPostgresBinDir, startPgCluster, type PgCluster } from "./pg-cluster";

/**
 * Runs a vitest project once on a real SQLite file and once on a real
 * PostgreSQL (TEST_DATABASE_URL, or a throwaway cluster started here from the
 * installed server binaries), with DATABASE_URL set for each leg. Without a
 * PostgreSQL server the second leg is skipped with a visible line, except
 * under CI=true, where it must run. Returns whether every leg passed.
 */
export async function runOnBothDatabases(project: string, label: string, env: Record<string, string> = {}): Promise<boolean> {
  const runLeg = (name: string, databaseUrl: string): boolean => {
    console.log(`\n== ${label} on ${name} ==`);
    const result = spawnSync("npx", ["vitest", "run", "--project", project, ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, ...env, DATABASE_URL: databaseUrl },
    });
    return result.status === 0;
  };
  const scratch = mkdtempSync(path.join(os.tmpdir(), `triage-${project}-test-`));
  let cluster: PgCluster | undefined;
  let ok = true;
  try {
    ok = runLeg("SQLite", `file:${path.join(scratch, "test.db")}`) && ok;

    let pgUrl = process.env.TEST_DATABASE_URL;
    if (!pgUrl && findPostgresBinDir()) {
      cluster = await startPgCluster(`triage_${project}`);
      pgUrl = cluster.url;
    }
    if (pgUrl) ok = runLeg("PostgreSQL", pgUrl) && ok;
    else if (process.env.CI === "true") {
      console.error("PostgreSQL leg: no TEST_DATABASE_URL and no PostgreSQL server binaries, and CI=true requires it. Install postgresql (apt-get install -y postgresql).");
      ok = false;
    } else {
      console.log(`\n== SKIPPED: ${label} on PostgreSQL (no TEST_DATABASE_URL and no server in /usr/lib/postgresql/*/bin; install postgresql to run them) ==`);
    }
  } finally {
    cluster?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  return ok;
}
