/**
 * Tables the incident search index keeps outside the Prisma models (an FTS5
 * virtual table and its shadow tables cannot be modelled; the term counts
 * need a byte-order collation on PostgreSQL; a tsvector column cannot be
 * modelled either). Prisma's schema diff is told to leave them alone, so
 * `npm run db:migration` never proposes dropping them.
 */
const FTS5 = "IncidentSearch";
const SHARED = ["SearchTerm", "SearchIndexState"];

export const SEARCH_INDEX_TABLES = {
  sqlite: [FTS5, ...["data", "idx", "content", "docsize", "config"].map((shadow) => `${FTS5}_${shadow}`), ...SHARED],
  postgres: ["IncidentSearchVector", ...SHARED],
} as const;

/** The names as the schema engine's `externalTables` filter wants them (PostgreSQL: schema-qualified). */
export function externalTableNames(kind: "sqlite" | "postgres", url: string): string[] {
  if (kind === "sqlite") return [...SEARCH_INDEX_TABLES.sqlite];
  let schema = "public";
  try {
    schema = new URL(url).searchParams.get("schema") || "public";
  } catch {
    // parseDatabaseUrl has validated the URL already; keep the default schema.
  }
  return SEARCH_INDEX_TABLES.postgres.map((table) => `${schema}.${table}`);
}
