/**
 * `npm start`: the one command that takes a fresh clone to a running app.
 * Validates the configuration, creates and migrates the database, loads the
 * sample incidents into an empty database, builds when the build is missing
 * or older than the sources, then serves on PORT (default 3000) through
 * scripts/serve.ts.
 *
 * `--skip-build` serves the existing build (the e2e tests use it).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { getConfig } from "@/lib/config/env";
import { disconnectDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { seedSampleIncidents } from "@/lib/incidents/seed-sample-incidents";
import { exitWithError } from "./lib/fail";

const SOURCES = ["app", "components", "lib", "content", "next.config.ts", "package.json", "instrumentation.ts"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.parentPath.includes(`${path.sep}generated`))
    .reduce((max, e) => Math.max(max, statSync(path.join(e.parentPath, e.name)).mtimeMs), stat.mtimeMs);
}

function buildIsCurrent(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.every((s) => newestMtime(s) <= built);
}

try {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const { database } = getConfig();
  const applied = await prepareDatabase(database);
  if (applied.length) console.log(`triage: applied migrations ${applied.join(", ")}`);
  const { created, skippedLinks } = await seedSampleIncidents();
  if (created) console.log(`triage: loaded ${created} sample incidents.`);
  for (const link of skippedLinks) console.warn(`triage: sample link skipped, no such runbook: ${link}`);
  await disconnectDb();

  if (!process.argv.includes("--skip-build") && !buildIsCurrent()) {
    console.log("triage: building the app (first start, or sources changed)…");
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  // scripts/serve.ts runs Next behind a server that sees the TCP peer (for TRIAGE_TRUSTED_PROXIES); its own process, no react-server condition.
  const server = spawn("npx", ["tsx", "scripts/serve.ts"], { stdio: "inherit", env: { ...process.env, PORT: process.env.PORT ?? "3000" } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
} catch (error) {
  exitWithError(error);
}
