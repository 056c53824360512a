#!/usr/bin/env node
// `npx triage …` in a clone, `npm run triage -- …`: runs scripts/cli/main.ts under tsx from the
// repository root (where content/runbooks and the database settings live), with file arguments
// resolved against the folder the command was run in.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Under `npm run`, npm changes to the package root and leaves the caller's folder in INIT_CWD.
const userCwd = process.env.npm_lifecycle_event === "triage" && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/cli/main.ts"), ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, TRIAGE_CLI_CWD: userCwd },
});
if (result.error) {
  console.error(`triage: cannot start node: ${result.error.message}`);
  process.exit(2);
}
process.exit(result.status ?? 2);
