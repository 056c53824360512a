/** `npm run db:restore <backup file>`: replaces the SQLite database with a db:backup copy (refuses while a server has it open). */
import { getConfig } from "@/lib/config/env";
import { restoreDatabase } from "@/lib/db/restore-database";
import { exitWithError } from "../lib/fail";

const backup = process.argv[2];
if (!backup) {
  console.error("Usage: npm run db:restore -- <backup file>   (made by npm run db:backup)");
  process.exit(2);
}
try {
  const database = getConfig().database;
  const { incidents, previous } = await restoreDatabase(database, backup);
  const where = database.kind === "sqlite" ? database.file : "the database";
  console.log(`Restored ${incidents} incidents from ${backup} into ${where}.${previous ? ` The replaced database is kept as ${previous}.` : ""}`);
} catch (error) {
  exitWithError(error);
}
