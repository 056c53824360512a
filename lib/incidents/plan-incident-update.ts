import { FieldValidationError } from "./errors";
import { derivedColumns } from "./incident-derived-columns";
import type { IncidentRow } from "./incident-dto";
import { RESULT_REQUIRED_MESSAGE, checkIncidentTimes, type IncidentEventKind, type IncidentUpdate } from "./incident-schemas";
import { runbookLinkChanges } from "./runbook-link-changes";
import { statusTimes } from "./status-times";

/**
 * What a PATCH does to an incident, worked out without the database so the
 * rules (status transitions, the result required to resolve, which events to
 * record) are unit-tested on their own. update-incident.ts applies the plan.
 */

/** What the plan reads of the stored incident. */
export type CurrentIncident = Pick<
  IncidentRow,
  | "title" | "severity" | "status" | "service" | "environment" | "host" | "namespace" | "phenomenon" | "cause" | "fix" | "result"
  | "reporter" | "startedAt" | "detectedAt" | "mitigatedAt" | "resolvedAt" | "alertname"
> & { runbooks: Pick<IncidentRow["runbooks"][number], "runbookSlug" | "fixWorked">[] };

type Fields = Omit<CurrentIncident, "runbooks" | "alertname">;

export interface UpdatePlan {
  /** False when the patch repeats what is stored: nothing is written, the version stays. */
  changed: boolean;
  data: Fields & ReturnType<typeof derivedColumns>;
  link: string[];
  unlink: string[];
  feedback: { slug: string; fixWorked: boolean | null }[];
  events: { kind: IncidentEventKind; message: string }[];
}

const EDITABLE = ["title", "severity", "service", "environment", "host", "namespace", "startedAt", "detectedAt", "mitigatedAt", "resolvedAt", "reporter", "phenomenon", "cause", "fix", "result"] as const;

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
const feedbackWords = (fixWorked: boolean | null) => (fixWorked === null ? "feedback cleared" : fixWorked ? "the fix worked" : "the fix did not work");

/** The model's own fields: `current` is usually a whole row (id, version, links…), which must not be written back. */
function fieldsOf(c: CurrentIncident): Fields {
  return {
    title: c.title,
    severity: c.severity,
    status: c.status,
    service: c.service,
    environment: c.environment,
    host: c.host,
    namespace: c.namespace,
    phenomenon: c.phenomenon,
    cause: c.cause,
    fix: c.fix,
    result: c.result,
    reporter: c.reporter,
    startedAt: c.startedAt,
    detectedAt: c.detectedAt,
    mitigatedAt: c.mitigatedAt,
    resolvedAt: c.resolvedAt,
  };
}

export function planIncidentUpdate(current: CurrentIncident, patch: IncidentUpdate, now: Date, runbookExists: (slug: string) => boolean): UpdatePlan {
  const problems: Record<string, string> = {};
  const next = fieldsOf(current);
  for (const field of EDITABLE) {
    const value = patch[field];
    if (value !== undefined) Object.assign(next, { [field]: value });
  }

  // Status transitions record their time (status-times.ts, shared with the page's optimistic update).
  const from = current.status;
  const to = patch.status ?? from;
  next.status = to;
  if (to !== "resolved" && patch.resolvedAt) problems.resolvedAt = "Resolved at needs status resolved";
  Object.assign(next, statusTimes(from, to, next, { mitigatedAt: patch.mitigatedAt !== undefined, resolvedAt: patch.resolvedAt !== undefined }, now));
  if (to === "resolved" && !next.resolvedAt) problems.resolvedAt = "Resolved at is required while resolved";
  if (to === "mitigated" && !next.mitigatedAt) problems.mitigatedAt = "Mitigated at is required while mitigated";
  if (to === "resolved" && !next.result.trim()) problems.result = RESULT_REQUIRED_MESSAGE;
  Object.assign(problems, checkIncidentTimes(next, now.getTime(), current));

  // Runbook links and feedback (runbook-link-changes.ts, shared with the page's optimistic update).
  const { link, unlink, feedback, notLinked } = runbookLinkChanges(
    current.runbooks.map((l) => ({ slug: l.runbookSlug, fixWorked: l.fixWorked })),
    patch.runbooks,
    patch.runbookFeedback,
  );
  const missing = link.filter((slug) => !runbookExists(slug));
  if (missing.length) problems.runbooks = `No runbook ${missing.map((s) => `"${s}"`).join(", ")}: it may have been renamed or removed`;
  if (notLinked.length) problems.runbookFeedback = `Runbook "${notLinked[0]}" is not linked to this incident`;
  if (Object.keys(problems).length) throw new FieldValidationError(problems);

  const edited = EDITABLE.filter((field) => patch[field] !== undefined && !same(patch[field], current[field]));
  const events: UpdatePlan["events"] = [];
  if (to !== from) events.push({ kind: "status_changed", message: `Status changed from ${from} to ${to}` });
  if (edited.length) events.push({ kind: "edited", message: `Edited ${edited.join(", ")}` });
  for (const slug of link) events.push({ kind: "runbook_linked", message: `Linked runbook ${slug}` });
  for (const slug of unlink) events.push({ kind: "runbook_unlinked", message: `Unlinked runbook ${slug}` });
  for (const entry of feedback) events.push({ kind: "runbook_feedback", message: `Runbook ${entry.slug}: ${feedbackWords(entry.fixWorked)}` });

  const fieldsChanged = (Object.keys(next) as (keyof Fields)[]).some((field) => !same(next[field], current[field]));
  return {
    changed: fieldsChanged || link.length > 0 || unlink.length > 0 || feedback.length > 0,
    data: { ...next, ...derivedColumns({ ...next, alertname: current.alertname }) },
    link,
    unlink,
    feedback,
    events,
  };
}
