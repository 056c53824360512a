import "server-only";
import { authorize, eventVia, type RequestContext } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { runbookExists } from "@/lib/runbooks/runbook-index";
import { indexIncidentSearch } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { buildIncidentCreate, incidentDraftFrom, toNestedCreate } from "./build-incident";
import type { ImportRow } from "./incident-import-format";
import { incidentImportSchema, type IncidentImportInput } from "./incident-schemas";

/**
 * `triage import`: incidents from an export file (CSV or JSON), validated row
 * by row with incidentImportSchema (the create schema's limits and rules),
 * then written in ONE transaction — an interrupted or failing import leaves
 * nothing behind — through the same derived columns and search index as
 * createIncident.
 *
 * Identity: an incident is the same incident when its start time (to the
 * millisecond), service, environment and title are equal. Ids are not used:
 * they belong to the database that exported the file. A row whose identity is
 * already stored, or repeats an earlier row of the file, is skipped, so
 * importing the same file again creates nothing.
 */

export interface ImportProblem {
  line: number;
  field: string;
  message: string;
}

export interface ImportOptions {
  /** Store the valid rows even when others are invalid (default: nothing is stored if any row is invalid). */
  skipInvalid?: boolean;
  /** Validate and report what would be created from the valid rows; write nothing. */
  dryRun?: boolean;
  /** Named in the timeline ("Imported from …"). */
  fileName: string;
  now?: Date;
}

export interface ImportedIncident {
  line: number;
  title: string;
  severity: string;
  service: string;
  startedAt: string;
  /** The new id; null in a dry run. */
  id: number | null;
}

export interface ImportReport {
  created: ImportedIncident[];
  /** Rows whose incident is already stored (existingId) or appears earlier in the file (sameAsLine). */
  duplicates: { line: number; title: string; existingId: number | null; sameAsLine: number | null }[];
  invalid: ImportProblem[];
  /** False when invalid rows stopped the import (or in a dry run). */
  stored: boolean;
}

const TRANSACTION_TIMEOUT_MS = 10 * 60_000;
const LOOKUP_CHUNK = 500;

/** The identity of an incident across databases (see above). */
export const identityOf = (i: { startedAt: Date; service: string; environment: string; title: string }) =>
  JSON.stringify([i.startedAt.toISOString(), i.service, i.environment, i.title]);

/** Every problem of one row, at the line of its field where known. */
function validateRow(row: ImportRow): { input?: IncidentImportInput; problems: ImportProblem[] } {
  if (row.shapeProblem) return { problems: [{ line: row.line, field: "row", message: `the row ${row.shapeProblem}` }] };
  const parsed = incidentImportSchema.safeParse(row.values);
  const problems: ImportProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? String(issue.path[0]) : "row";
      problems.push({ line: row.fieldLines[field] ?? row.line, field: issue.path.map(String).join(".") || "row", message: issue.message });
    }
    return { problems };
  }
  for (const slug of parsed.data.runbooks) {
    if (!runbookExists(slug)) problems.push({ line: row.fieldLines.runbooks ?? row.line, field: "runbooks", message: `no runbook has the slug "${slug}"` });
  }
  return problems.length ? { problems } : { input: parsed.data, problems };
}

type Client = Pick<ReturnType<typeof db>, "incident">;

/** Stored incidents with one of these identities, by identity. */
async function findStored(client: Client, inputs: IncidentImportInput[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const starts = [...new Set(inputs.map((i) => i.startedAt.getTime()))].map((t) => new Date(t));
  for (let k = 0; k < starts.length; k += LOOKUP_CHUNK) {
    const rows = await client.incident.findMany({
      where: { startedAt: { in: starts.slice(k, k + LOOKUP_CHUNK) } },
      select: { id: true, startedAt: true, service: true, environment: true, title: true },
    });
    for (const row of rows) if (!found.has(identityOf(row))) found.set(identityOf(row), row.id);
  }
  return found;
}

export async function importIncidents(ctx: RequestContext, rows: ImportRow[], options: ImportOptions): Promise<ImportReport> {
  authorize(ctx, "incidents:write");
  const now = options.now ?? new Date();
  const invalid: ImportProblem[] = [];
  const valid: { line: number; input: IncidentImportInput }[] = [];
  for (const row of rows) {
    const { input, problems } = validateRow(row);
    invalid.push(...problems);
    if (input) valid.push({ line: row.line, input });
  }
  // A dry run still plans the valid rows, so one run shows both the problems and the rest.
  if (invalid.length && !options.skipInvalid && !options.dryRun) return { created: [], duplicates: [], invalid, stored: false };

  const plan = async (client: Client) => {
    const stored = await findStored(client, valid.map((v) => v.input));
    const seen = new Map<string, number>();
    const toCreate: typeof valid = [];
    const duplicates: ImportReport["duplicates"] = [];
    for (const row of valid) {
      const key = identityOf(row.input);
      const existingId = stored.get(key) ?? null;
      const sameAsLine = seen.get(key) ?? null;
      if (existingId !== null || sameAsLine !== null) duplicates.push({ line: row.line, title: row.input.title, existingId, sameAsLine });
      else {
        seen.set(key, row.line);
        toCreate.push(row);
      }
    }
    return { toCreate, duplicates };
  };
  const summary = (row: (typeof valid)[number], id: number | null): ImportedIncident => ({
    line: row.line,
    title: row.input.title,
    severity: row.input.severity,
    service: row.input.service,
    startedAt: row.input.startedAt.toISOString(),
    id,
  });

  if (options.dryRun) {
    const { toCreate, duplicates } = await plan(db());
    return { created: toCreate.map((row) => summary(row, null)), duplicates, invalid, stored: false };
  }

  const author = ctx.actor.name;
  const via = eventVia(ctx);
  return db().$transaction(
    async (tx) => {
      const { toCreate, duplicates } = await plan(tx);
      const created: ImportedIncident[] = [];
      for (const row of toCreate) {
        // The one write model (build-incident.ts), with the same refusals as the form and the API.
        const built = buildIncidentCreate(incidentDraftFrom(row.input, row.input.reporter, now), {
          text: "refuse",
          links: row.input.runbooks.map((slug) => ({ slug, linkedAt: now })),
          events: [
            { kind: "created", at: now, author, via, message: `Incident imported from ${options.fileName} (line ${row.line}), reported by ${row.input.reporter}: ${row.input.title}` },
            ...row.input.runbooks.map((slug) => ({ kind: "runbook_linked" as const, at: now, author, via, message: `Linked runbook ${slug}` })),
          ],
        });
        const incident = await tx.incident.create({ data: toNestedCreate(built), select: { id: true } });
        await indexIncidentSearch(tx, searchDialect(), incident.id, null, built.row.searchTokens);
        created.push(summary(row, incident.id));
      }
      return { created, duplicates, invalid, stored: true };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
  );
}
