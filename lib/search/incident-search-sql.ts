import "server-only";
import type { DatabaseConfig } from "@/lib/config/env";

/**
 * The SQL the incident search index needs, per provider: one typed function
 * per statement, each with a SQLite (FTS5 table) and a PostgreSQL (tsvector
 * table with a GIN index) text. Tokens are letters and digits only (tokenize.ts),
 * and are passed as bound values, quoted for the match syntax here anyway:
 * nothing a user types reaches FTS5 or tsquery syntax.
 */

export type DatabaseKind = DatabaseConfig["kind"];

/** Placeholders for `count` bound values starting at `from` (1-based on PostgreSQL). */
export function placeholders(kind: DatabaseKind, count: number, from = 1): string {
  return Array.from({ length: count }, (_, i) => (kind === "postgres" ? `$${from + i}` : "?")).join(", ");
}

/** One token as an FTS5 string: double quotes doubled. */
export function fts5Token(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

/** One token as a tsquery lexeme: single quotes doubled, backslashes escaped. */
export function tsqueryToken(token: string): string {
  return `'${token.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** The match argument for "every one of these tokens". */
export function allTokensMatch(kind: DatabaseKind, tokens: string[]): string {
  return kind === "postgres" ? tokens.map(tsqueryToken).join(" & ") : tokens.map(fts5Token).join(" AND ");
}

/** SELECT of the incident ids matching a match argument (one bound value). */
export function matchingIdsSql(kind: DatabaseKind, param: string): string {
  return kind === "postgres"
    ? `SELECT "incidentId" AS id FROM "IncidentSearchVector" WHERE "tokens" @@ ${param}::tsquery`
    : `SELECT rowid AS id FROM "IncidentSearch" WHERE "IncidentSearch" MATCH ${param}`;
}

/** INSERT of `rows` (id, space-separated distinct tokens) into the lookup table; replaces existing rows on PostgreSQL. */
export function insertLookupSql(kind: DatabaseKind, rows: number): string {
  if (kind === "sqlite") return `INSERT INTO "IncidentSearch" (rowid, "tokens") VALUES ${Array.from({ length: rows }, () => "(?, ?)").join(", ")}`;
  const values = Array.from({ length: rows }, (_, i) => `($${2 * i + 1}::integer, array_to_tsvector(string_to_array($${2 * i + 2}, ' ')))`).join(", ");
  return `INSERT INTO "IncidentSearchVector" ("incidentId", "tokens") VALUES ${values} ON CONFLICT ("incidentId") DO UPDATE SET "tokens" = excluded."tokens"`;
}

/** DELETE of one incident's row from the lookup table. */
export function deleteLookupSql(kind: DatabaseKind): string {
  return kind === "sqlite" ? `DELETE FROM "IncidentSearch" WHERE rowid = ?` : `DELETE FROM "IncidentSearchVector" WHERE "incidentId" = $1`;
}

/** Empties the lookup table. */
export function clearLookupSql(kind: DatabaseKind): string {
  return kind === "sqlite" ? `INSERT INTO "IncidentSearch" ("IncidentSearch") VALUES ('delete-all')` : `DELETE FROM "IncidentSearchVector"`;
}

/** SELECT of (id, w) for the incidents matching one token: bound values are the weight, then the match argument. */
export function weightedMatchSql(kind: DatabaseKind, from: number): string {
  return kind === "postgres"
    ? `SELECT "incidentId" AS id, $${from}::float8 AS w FROM "IncidentSearchVector" WHERE "tokens" @@ $${from + 1}::tsquery`
    : `SELECT rowid AS id, ? AS w FROM "IncidentSearch" WHERE "IncidentSearch" MATCH ?`;
}

export const UPSERT_TERMS = (kind: DatabaseKind, rows: number) => {
  const values = Array.from({ length: rows }, (_, i) => `(${placeholders(kind, 2, 2 * i + 1)})`).join(", ");
  return `INSERT INTO "SearchTerm" ("term", "docs") VALUES ${values} ON CONFLICT ("term") DO UPDATE SET "docs" = "SearchTerm"."docs" + excluded."docs"`;
};
