/** `npm run bench`: every benchmark, one after another; each prints its own numbers. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const benches = ["scripts/bench/content.ts", "scripts/bench/calculators.ts"];
if (existsSync(".next/BUILD_ID")) benches.push("scripts/bench/first-load-js.ts");
else console.log("bench: no build found, skipping first-load JS (run `npm run build` first).");

let failed = false;
for (const bench of benches) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", bench], { stdio: "inherit" });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
