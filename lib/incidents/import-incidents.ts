import "server-only";
import { z } from "zod";
import { authorize, eventVia, type RequestContext } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { runbookExists } from "@/lib/runbooks/runbook-index";
import { indexIncidentSearch } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { buildIncidentCreate, incidentDraftFrom, toNestedCreate } from "./build-incident";
import { planImportRows, type IncidentContent, type StoredIncident } from "./import-identity";
import type { ImportRow } from "./incident-import-format";
import { INCIDENT_LIMITS, textRule } from "./incident-limits";
import { incidentImportSchema, type IncidentImportInput } from "./incident-schemas";

/**
 * `triage import`: incidents from an export file (CSV or JSON), validated row
 * by row with incidentImportSchema (the create schema's limits and rules),
 * then written in ONE transaction — an interrupted or failing import leaves
 * nothing behind — through the same derived columns and search index as
 * createIncident.
 *
 * Identity: which rows are already stored or repeat an earlier row is decided
 * by planImportRows (import-identity.ts, where the rule and its reasons are):
 * an alert's fingerprint and start time when it has one, else the whole row.
 * Those rows are skipped, so importing the same file again creates nothing,
 * while distinct incidents of one export are all kept. The JSON's fingerprint
 * is stored with the incident (the webhook then finds it, and the next import).
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
  /** Skipped rows: exactly one of existingId (the incident is already stored) and sameAsLine (the row repeats that line of the file) is set. */
  duplicates: { line: number; title: string; existingId: number | null; sameAsLine: number | null }[];
  invalid: ImportProblem[];
  /** False when invalid rows stopped the import (or in a dry run). */
  stored: boolean;
}

const TRANSACTION_TIMEOUT_MS = 10 * 60_000;
const LOOKUP_CHUNK = 500;

/** The alert fingerprint of a JSON row (the import schema has no such field): text like the alert name, "" or null for none. */
const fingerprintSchema = z
  .string({ error: "Fingerprint must be text" })
  .trim()
  .max(INCIDENT_LIMITS.fingerprint, `Fingerprint must be at most ${INCIDENT_LIMITS.fingerprint} characters`)
  .refine(...textRule("Fingerprint", "line"))
  .nullish()
  .transform((value) => value || null);

interface ValidRow {
  line: number;
  sourceId: string | null;
  input: IncidentImportInput;
  fingerprint: string | null;
}

/** Every problem of one row, at the line of its field where known. */
function validateRow(row: ImportRow): { valid?: ValidRow; problems: ImportProblem[] } {
  if (row.shapeProblem) return { problems: [{ line: row.line, field: "row", message: `the row ${row.shapeProblem}` }] };
  const parsed = incidentImportSchema.safeParse(row.values);
  const fingerprint = fingerprintSchema.safeParse(row.values.fingerprint);
  const problems: ImportProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? String(issue.path[0]) : "row";
      problems.push({ line: row.fieldLines[field] ?? row.line, field: issue.path.map(String).join(".") || "row", message: issue.message });
    }
  }
  if (!fingerprint.success) {
    for (const issue of fingerprint.error.issues) problems.push({ line: row.fieldLines.fingerprint ?? row.line, field: "fingerprint", message: issue.message });
  }
  if (!parsed.success || !fingerprint.success) return { problems };
  for (const slug of parsed.data.runbooks) {
    if (!runbookExists(slug)) problems.push({ line: row.fieldLines.runbooks ?? row.line, field: "runbooks", message: `no runbook has the slug "${slug}"` });
  }
  return problems.length ? { problems } : { valid: { line: row.line, sourceId: row.sourceId ?? null, input: parsed.data, fingerprint: fingerprint.data }, problems };
}

/** What the import stores of a row, as import-identity.ts compares it. */
function contentOf({ input, fingerprint }: ValidRow): IncidentContent {
  return {
    title: input.title,
    severity: input.severity,
    status: input.status,
    service: input.service,
    environment: input.environment,
    host: input.host ?? null,
    namespace: input.namespace ?? null,
    source: input.source,
    reporter: input.reporter,
    startedAt: input.startedAt,
    detectedAt: input.detectedAt ?? null,
    mitigatedAt: input.mitigatedAt ?? null,
    resolvedAt: input.resolvedAt ?? null,
    runbooks: input.runbooks,
    alertname: input.alertname ?? null,
    fingerprint,
    phenomenon: input.phenomenon,
    cause: input.cause,
    fix: input.fix,
    result: input.result,
  };
}

type Client = Pick<ReturnType<typeof db>, "incident">;

const STORED_SELECT = {
  id: true, title: true, severity: true, status: true, service: true, environment: true, host: true, namespace: true,
  source: true, reporter: true, startedAt: true, detectedAt: true, mitigatedAt: true, resolvedAt: true, alertname: true,
  fingerprint: true, phenomenon: true, cause: true, fix: true, result: true, runbooks: { select: { runbookSlug: true } },
} as const;

/** The stored incidents that start when one of the rows does: only those can be the same incident. */
async function findStored(client: Client, rows: ValidRow[]): Promise<StoredIncident[]> {
  const found: StoredIncident[] = [];
  const starts = [...new Set(rows.map((row) => row.input.startedAt.getTime()))].map((t) => new Date(t));
  for (let k = 0; k < starts.length; k += LOOKUP_CHUNK) {
    const stored = await client.incident.findMany({ where: { startedAt: { in: starts.slice(k, k + LOOKUP_CHUNK) } }, select: STORED_SELECT });
    for (const { runbooks, ...incident } of stored) found.push({ ...incident, runbooks: runbooks.map((link) => link.runbookSlug) });
  }
  return found;
}

export async function importIncidents(ctx: RequestContext, rows: ImportRow[], options: ImportOptions): Promise<ImportReport> {
  authorize(ctx, "incidents:write");
  const now = options.now ?? new Date();
  const invalid: ImportProblem[] = [];
  const valid: ValidRow[] = [];
  for (const row of rows) {
    const { valid: validRow, problems } = validateRow(row);
    invalid.push(...problems);
    if (validRow) valid.push(validRow);
  }
  // A dry run still plans the valid rows, so one run shows both the problems and the rest.
  if (invalid.length && !options.skipInvalid && !options.dryRun) return { created: [], duplicates: [], invalid, stored: false };

  // The dry run and the import plan alike: one rule (import-identity.ts), against what is stored now.
  const plan = async (client: Client) => {
    const plans = planImportRows(
      valid.map((row) => ({ line: row.line, sourceId: row.sourceId, content: contentOf(row) })),
      await findStored(client, valid),
    );
    const toCreate: ValidRow[] = [];
    const duplicates: ImportReport["duplicates"] = [];
    valid.forEach((row, k) => {
      const p = plans[k];
      if (p.kind === "new") toCreate.push(row);
      else duplicates.push({ line: row.line, title: row.input.title, existingId: p.kind === "stored" ? p.id : null, sameAsLine: p.kind === "repeat" ? p.line : null });
    });
    return { toCreate, duplicates };
  };
  const summary = (row: ValidRow, id: number | null): ImportedIncident => ({
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
        const built = buildIncidentCreate({ ...incidentDraftFrom(row.input, row.input.reporter, now), fingerprint: row.fingerprint }, {
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
