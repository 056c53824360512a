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
  return resolvedAt ? Math.round((resolvedAt.getTime() - startedAt.getTime()) / 1000) : null;
}

export function derivedColumns(fields: SearchableFields & { startedAt: Date; resolvedAt: Date | null }) {
  return { searchText: searchTextOf(fields), resolveSeconds: resolveSecondsOf(fields.startedAt, fields.resolvedAt) };
}
