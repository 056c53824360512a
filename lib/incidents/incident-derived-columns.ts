import { titleKeyOf } from "./title-key";

/**
 * The derived columns of an incident (see prisma/models/incident.prisma):
 * every write in lib/incidents and lib/alerts sets them from the same
 * function, so search and sorting never disagree with the row.
 */

export interface SearchableFields {
  title: string;
  phenomenon: string;
  cause: string;
  fix: string;
  result: string;
  service: string;
  environment: string;
  alertname: string | null;
}

/**
 * LIKE's special characters, swapped for private-use code points in both the
 * stored text and the query. Prisma's `contains` does not escape them, and the
 * providers disagree on escaping (PostgreSQL: backslash by default; SQLite:
 * none), so after the swap the pattern simply has no special characters.
 */
const LIKE_SPECIALS: Record<string, string> = { "%": "\uE000", _: "\uE001", "\\": "\uE002" };

/**
 * Folds text for matching: NFKC turns full-width forms (common in CJK input,
 * e.g. "ＤＮＳ") into plain ones, and toLowerCase covers every script, unlike
 * SQLite's ASCII-only lower()/LIKE.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[%_\\]/g, (c) => LIKE_SPECIALS[c]);
}

export function searchTextOf(fields: SearchableFields): string {
  return foldForSearch(
    [fields.title, fields.phenomenon, fields.cause, fields.fix, fields.result, fields.service, fields.environment, fields.alertname ?? ""].join("\n"),
  );
}

/** Whole seconds from start to resolution; null while unresolved. */
export function resolveSecondsOf(startedAt: Date, resolvedAt: Date | null): number | null {
  return secondsSinceStart(startedAt, resolvedAt);
}

/** Whole seconds from the start to a later milestone (detected, mitigated, resolved); null when it has no time. */
export function secondsSinceStart(startedAt: Date, at: Date | null): number | null {
  return at ? Math.round((at.getTime() - startedAt.getTime()) / 1000) : null;
}

/** The times the dashboard's time-to-detect/mitigate/resolve percentiles read (lib/metrics), as whole seconds. */
export interface IncidentMilestones {
  startedAt: Date;
  detectedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
}

export function derivedColumns(fields: SearchableFields & IncidentMilestones) {
  return {
    searchText: searchTextOf(fields),
    resolveSeconds: resolveSecondsOf(fields.startedAt, fields.resolvedAt),
    detectSeconds: secondsSinceStart(fields.startedAt, fields.detectedAt),
    mitigateSeconds: secondsSinceStart(fields.startedAt, fields.mitigatedAt),
    titleKey: titleKeyOf(fields.title),
  };
}
