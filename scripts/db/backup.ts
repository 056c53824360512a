/** `npm run db:backup [file]`: a consistent copy of the live SQLite database (default: data/backups/triage-<time>.db). */
import { getConfig } from "@/lib/config/env";
import { backupDatabase } from "@/lib/db/backup-database";
import { exitWithError } from "../lib/fail";

try {
  const { file, incidents } = backupDatabase(getConfig().database, process.argv[2]);
  console.log(`Backed up ${incidents} incidents to ${file}`);
} catch (error) {
  exitWithError(error);
}
