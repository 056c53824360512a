/** `npm run db:migrate`: applies pending migrations to the database DATABASE_URL names (SQLite by default). */
import { getConfig, redact } from "@/lib/config/env";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { exitWithError } from "../lib/fail";

try {
  const { database } = getConfig();
  const applied = await prepareDatabase(database);
  const where = database.kind === "sqlite" ? database.file : redact(database.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `${where} is up to date.`);
} catch (error) {
  exitWithError(error);
}
