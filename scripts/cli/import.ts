import { readFileSync } from "node:fs";
import path from "node:path";
import { cliContext } from "@/lib/auth/cli-context";
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CommandSpec, type ParsedCommandLine } from "@/lib/cli/parse-command-line";
import { getConfig, redact } from "@/lib/config/env";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { decodeImportFile, ImportFormatError, parseIncidentCsv, parseIncidentJson, type ImportRow } from "@/lib/incidents/incident-import-format";
import { importIncidents, type ImportReport } from "@/lib/incidents/import-incidents";
import { isDatabaseBusy } from "@/lib/incidents/db-errors";
import { displayPath } from "@/lib/cli/collect-files";
import type { CliIo } from "./io";

export const importSpec: CommandSpec = {
  name: "import",
  summary: "Import incidents from a file in the export format (CSV or JSON from /api/incidents/export) into DATABASE_URL.",
  args: "<file.csv|file.json>",
  minArgs: 1,
  maxArgs: 1,
  options: {
    "dry-run": { type: "boolean", description: "Validate and print what would be created; store nothing." },
    "skip-invalid": { type: "boolean", description: "Store the valid rows even when some are invalid (default: nothing is stored then)." },
  },
  details: [
    "A row is an incident already stored when its alert fingerprint and start time match one (JSON rows of alerts),",
    "else when all its fields do; rows already stored, or repeating an earlier row of the file (same fields and id),",
    "are skipped, so importing the same file twice creates nothing new, and distinct incidents of an export are all",
    "kept. Everything is stored in one transaction. Timeline events record the import as made by <OS user> (command",
    "line), via cli.",
    "",
    "Exit codes: 0 imported (or nothing to import), 1 invalid rows (each printed as file:line: field: message),",
    "2 bad usage or a file that cannot be read as an export.",
  ],
};

/** How long an import waits for another process's write lock (another import is one long transaction). */
const LOCK_WAIT_MS = 10 * 60_000;
const RETRY_AFTER_MS = 1000;

/**
 * Runs the import, and runs it again while another process holds SQLite's write lock: the import
 * is one transaction, so a try that gave up stored nothing and retrying is safe. Two imports at
 * once ended with \`unexpected error: PrismaClientKnownRequestError … Operation has timed out\`
 * and a stack; now the second says once that it waits, then imports (or, after LOCK_WAIT_MS,
 * says in one line that the file stayed locked).
 */
async function waitingForWriteLock<T>(what: string, io: CliIo, run: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  let announced = false;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      if (Date.now() >= deadline) throw new UsageError(`${what}: another process has held its write lock for ${LOCK_WAIT_MS / 60_000} minutes; nothing was imported. Let it finish, then import again.`);
      if (!announced) io.stderr(`triage import: ${what} is locked by another process writing to it (another import, a backup or a restore?); waiting for it…\n`);
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    }
  }
}

/** The file's rows; a file that is not an export is a usage error at its line. */
function readRows(bytes: Uint8Array, ext: string, file: string): ImportRow[] {
  try {
    const text = decodeImportFile(bytes);
    return ext === ".csv" ? parseIncidentCsv(text) : parseIncidentJson(text);
  } catch (error) {
    if (error instanceof ImportFormatError) throw new UsageError(`${file}:${error.line}: ${error.message}`);
    throw error;
  }
}

function printReport(report: ImportReport, file: string, options: { dryRun: boolean; skipInvalid: boolean }, io: CliIo) {
  for (const p of report.invalid) io.stderr(`${file}:${p.line}: ${p.field}: ${p.message}\n`);
  const verb = options.dryRun ? "would create" : "created";
  for (const c of report.created) io.stdout(`${file}:${c.line}: ${verb}${c.id === null ? "" : ` #${c.id}`}: ${c.severity} ${c.service} ${c.startedAt} ${c.title}\n`);
  for (const d of report.duplicates) {
    const why = d.existingId !== null ? `already stored as #${d.existingId}` : `repeats line ${d.sameAsLine} of the file`;
    io.stdout(`${file}:${d.line}: skipped, ${why}: ${d.title}\n`);
  }
  const problems = `${report.invalid.length} problem(s) in invalid rows`;
  // Stored incidents and repeats inside the file are counted apart: a repeat is not in the database.
  const stored = report.duplicates.filter((d) => d.existingId !== null).length;
  const repeats = report.duplicates.length - stored;
  const counts = `${report.created.length} incident(s); ${stored} already there${repeats ? `; ${repeats} repeated in the file` : ""}`;
  let line: string;
  if (report.invalid.length && !options.skipInvalid) {
    line = options.dryRun
      ? `Dry run: nothing would be stored: ${problems}. Without them it would create ${counts}.`
      : `Nothing imported: ${problems} (fix them, or pass --skip-invalid to import the valid rows).`;
  } else {
    line = `${options.dryRun ? "Dry run: would create" : "Created"} ${counts}${report.invalid.length ? `; skipped ${problems}` : ""}.`;
  }
  io.stdout(`${line}\n`);
}

export async function importCommand({ values, positionals }: ParsedCommandLine, io: CliIo): Promise<number> {
  const abs = path.resolve(io.cwd, positionals[0]);
  const file = displayPath(abs, io.cwd);
  const ext = path.extname(abs).toLowerCase();
  if (ext !== ".csv" && ext !== ".json") throw new UsageError(`${file}: expected a .csv or .json file written by the export`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(abs);
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`);
  }
  const rows = readRows(bytes, ext, file);
  const database = getConfig().database;
  await prepareDatabase(database);
  const options = { dryRun: values["dry-run"] === true, skipInvalid: values["skip-invalid"] === true };
  // Which database: DATABASE_URL, or its default under the repository's data/, whichever folder the
  // command was run from (a relative file: URL is the repository's, as for npm start).
  const where = database.kind === "sqlite" ? `SQLite ${database.file}` : `PostgreSQL ${redact(database.url)}`;
  const report = await waitingForWriteLock(database.kind === "sqlite" ? database.file : "the database", io, () =>
    importIncidents(cliContext(), rows, { ...options, fileName: path.basename(abs) }),
  );
  io.stdout(`Database: ${where}\n`);
  printReport(report, file, options, io);
  return report.invalid.length ? EXIT_PROBLEMS : EXIT_OK;
}
