/**
 * `npm run test:reliability`: real processes on real databases
 * (tests/reliability): two servers and the db:* scripts on one database, a
 * SIGKILL mid-load, a SIGTERM with a request in flight, backup and restore
 * under write load. Once on SQLite, once on PostgreSQL, like test:db. Needs a
 * production build: `npm test` runs it after `next build`. Servers use ports
 * RELIABILITY_PORT (3750) and up. Sizes are bounded for CI;
 * RELIABILITY_CRASH_WRITES and RELIABILITY_BACKUP_WRITES raise them.
 */
import { existsSync } from "node:fs";
import { runOnBothDatabases } from "./lib/database-legs";

if (!existsSync(".next/BUILD_ID")) {
  console.error("test:reliability needs a production build: run `npx next build` first (npm test does).");
  process.exit(1);
}
process.exit((await runOnBothDatabases("reliability", "reliability tests")) ? 0 : 1);
