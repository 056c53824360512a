/**
 * Which rows of an import file (`triage import`) are new incidents, which are
 * incidents already stored, and which repeat an earlier row of the file: the
 * one rule, used by the dry run and by the real import alike
 * (import-incidents.ts). Pure, so it is unit-tested without a database.
 *
 * Why not a few fields (it was start time, service, environment and title):
 * Alertmanager opens one incident per alert fingerprint, so KubePodCrashLooping
 * for several pods of one Deployment gives incidents with the same start,
 * service, environment and title that differ in fingerprint, severity or
 * status; two incidents logged through the API can differ only in status. Any
 * subset of the fields merges real incidents, and an export stops round-tripping.
 *
 * The rule:
 * - Alert incidents (the row and the stored incident both have a fingerprint)
 *   are the same when fingerprint and start time are equal: the alert's own
 *   identity, the database's unique key (fingerprint, startedAt) and what the
 *   webhook deduplicates by. It still holds after the stored incident was
 *   edited or resolved, and the import can never break that unique key.
 * - Otherwise (the CSV has no fingerprint column; manual and API incidents have
 *   none) they are the same when the whole row is equal: every field the import
 *   stores (IncidentContent). A status time the row leaves empty, which the
 *   import fills in with its own time (incidentDraftFrom), matches any stored one.
 * - Inside one file, rows equal by the content rule are still two incidents when
 *   their export ids differ: ids are unique in the database that wrote the file,
 *   so two identical rows with two ids are two incidents there (a form sent
 *   twice, a retried API call) and both are kept. A row with the same id, or
 *   without ids, repeats the earlier line. Ids are never compared with stored
 *   ids: they belong to the exporting database.
 * - Against the database the content rule counts: each stored incident answers
 *   for one row, so n identical rows match n identical stored incidents. A second
 *   import of the same file creates nothing; an import into a database that holds
 *   one of two identical incidents creates the other.
 *
 * The price: an incident without a fingerprint that is edited after the import
 * (say, resolved) no longer has its row's content, and importing the old file
 * again creates it anew. No id ties it across databases, and every coarser rule
 * silently drops real incidents, which is worse than a visible duplicate.
 */

/** What the import stores of a row, and what identifies an incident by content. */
export interface IncidentContent {
  title: string;
  severity: string;
  status: string;
  service: string;
  environment: string;
  host: string | null;
  namespace: string | null;
  source: string;
  reporter: string;
  startedAt: Date;
  detectedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
  /** Linked runbook slugs; their order is not part of the identity (the import links them all at once). */
  runbooks: readonly string[];
  alertname: string | null;
  fingerprint: string | null;
  phenomenon: string;
  cause: string;
  fix: string;
  result: string;
}

export interface RowToPlan {
  line: number;
  /** The id the exporting database gave the incident (the export's id column or field), if the row has one. */
  sourceId: string | null;
  content: IncidentContent;
}

export interface StoredIncident extends IncidentContent {
  id: number;
}

export type RowPlan = { kind: "new" } | { kind: "stored"; id: number } | { kind: "repeat"; line: number };

/** Stands for a status time the row leaves empty and the import fills in. */
const FILLED_BY_IMPORT = "*";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function contentKey(c: IncidentContent, mitigatedAt: string | null, resolvedAt: string | null): string {
  return JSON.stringify([
    c.title, c.severity, c.status, c.service, c.environment, c.host, c.namespace, c.source, c.reporter,
    iso(c.startedAt), iso(c.detectedAt), mitigatedAt, resolvedAt, [...c.runbooks].sort(), c.alertname,
    c.phenomenon, c.cause, c.fix, c.result,
  ]);
}

function alertKey(c: IncidentContent): string | null {
  return c.fingerprint === null ? null : JSON.stringify([c.fingerprint, iso(c.startedAt)]);
}

/** A row's content key: a status time it needs but leaves empty is FILLED_BY_IMPORT. */
function rowContentKey(c: IncidentContent): string {
  return contentKey(
    c,
    c.mitigatedAt ? iso(c.mitigatedAt) : c.status === "mitigated" ? FILLED_BY_IMPORT : null,
    c.resolvedAt ? iso(c.resolvedAt) : c.status === "resolved" ? FILLED_BY_IMPORT : null,
  );
}

/** The content keys a stored incident answers to: its own, and with the status time an import could have filled in. */
function storedContentKeys(c: IncidentContent): string[] {
  const keys = [contentKey(c, iso(c.mitigatedAt), iso(c.resolvedAt))];
  if (c.status === "mitigated" && c.mitigatedAt) keys.push(contentKey(c, FILLED_BY_IMPORT, iso(c.resolvedAt)));
  if (c.status === "resolved" && c.resolvedAt) keys.push(contentKey(c, iso(c.mitigatedAt), FILLED_BY_IMPORT));
  return keys;
}

function add(index: Map<string, number[]>, key: string, id: number) {
  const ids = index.get(key);
  if (ids) ids.push(id);
  else index.set(key, [id]);
}

/**
 * One plan per row, in file order: "repeat" (of an earlier line), "stored" (the
 * incident it is already) or "new". `stored` needs only the incidents that start
 * at one of the rows' start times (no other can be the same).
 */
export function planImportRows(rows: readonly RowToPlan[], stored: readonly StoredIncident[]): RowPlan[] {
  const byAlert = new Map<string, number>();
  const byContent = new Map<string, number[]>();
  const byContentWithoutFingerprint = new Map<string, number[]>();
  for (const incident of [...stored].sort((a, b) => a.id - b.id)) {
    const alert = alertKey(incident);
    if (alert !== null) byAlert.set(alert, incident.id);
    for (const key of storedContentKeys(incident)) {
      add(byContent, key, incident.id);
      if (alert === null) add(byContentWithoutFingerprint, key, incident.id);
    }
  }
  const claimed = new Set<number>();
  const unclaimed = (ids: number[] | undefined) => ids?.find((id) => !claimed.has(id)) ?? null;
  const firstLine = new Map<string, number>();

  return rows.map((row): RowPlan => {
    const alert = alertKey(row.content);
    const content = rowContentKey(row.content);
    const inFile = alert === null ? JSON.stringify(["content", row.sourceId, content]) : JSON.stringify(["alert", alert]);
    const earlier = firstLine.get(inFile);
    if (earlier !== undefined) return { kind: "repeat", line: earlier };
    firstLine.set(inFile, row.line);

    // An alert stored with the same fingerprint and start is this row even when another row took it:
    // the database holds one incident per (fingerprint, startedAt).
    const sameAlert = alert === null ? undefined : byAlert.get(alert);
    const id = sameAlert ?? unclaimed((alert === null ? byContent : byContentWithoutFingerprint).get(content));
    if (id === null) return { kind: "new" };
    claimed.add(id);
    return { kind: "stored", id };
  });
}
