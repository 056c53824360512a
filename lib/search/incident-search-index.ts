import "server-only";
import { createHash } from "node:crypto";
import type { Db, DbExecutor } from "@/lib/db/client";
import { distinctTokens, incidentSearchTokens, type SearchableIncident } from "./incident-tokens";
import { allTokensMatch, clearLookupSql, deleteLookupSql, insertLookupSql, matchingIdsSql, placeholders, UPSERT_TERMS, type DatabaseKind } from "./incident-search-sql";
import { tokenize } from "./tokenize";

/**
 * The incident search index lives in the database, so every replica sees
 * every write at once and needs no warm-up:
 *
 * - `Incident.searchTokens`: the tokens, written with the row (derivedColumns);
 * - the token → incidents lookup: an FTS5 table on SQLite, a tsvector table
 *   with a GIN index on PostgreSQL, written here in the same transaction;
 * - `SearchTerm`: how many incidents hold each token, written here.
 *
 * indexIncidentSearch is the one function every write path calls after it
 * writes an incident (create, update, Alertmanager ingest, seed, bulk import).
 */

const BATCH = 400;
/** The row of SearchTerm that counts the indexed incidents. */
export const TOTAL_TERM = "";

/**
 * Brings the index in step with one incident's new tokens. `before` is the
 * searchTokens value the row had (null for a new row), `after` the value it
 * has now (null when the row is deleted). Run it in the write's transaction.
 */
export async function indexIncidentSearch(tx: DbExecutor, kind: DatabaseKind, id: number, before: string | null, after: string | null): Promise<void> {
  if (before === after) return;
  const old = new Set(before === null ? [] : distinctTokens(before));
  const now = new Set(after === null ? [] : distinctTokens(after));
  // SQLite's FTS5 table has no update; PostgreSQL's insert replaces the row.
  if (before !== null && (after === null || kind === "sqlite")) await tx.$executeRawUnsafe(deleteLookupSql(kind), id);
  if (after !== null) await tx.$executeRawUnsafe(insertLookupSql(kind, 1), id, [...now].join(" "));
  const deltas = new Map<string, number>();
  for (const token of now) if (!old.has(token)) deltas.set(token, 1);
  for (const token of old) if (!now.has(token)) deltas.set(token, -1);
  if (before === null && after !== null) deltas.set(TOTAL_TERM, 1);
  if (before !== null && after === null) deltas.set(TOTAL_TERM, -1);
  await addTermCounts(tx, kind, deltas);
}

/** Adds to SearchTerm's counts; tokens that drop to no incident are removed. Sorted, so concurrent writers lock rows in one order. */
async function addTermCounts(tx: DbExecutor, kind: DatabaseKind, deltas: Map<string, number>): Promise<void> {
  const entries = [...deltas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < entries.length; i += BATCH) {
    const slice = entries.slice(i, i + BATCH);
    await tx.$executeRawUnsafe(UPSERT_TERMS(kind, slice.length), ...slice.flat());
  }
  const dropped = entries.filter(([term, delta]) => delta < 0 && term !== TOTAL_TERM).map(([term]) => term);
  for (let i = 0; i < dropped.length; i += BATCH) {
    const slice = dropped.slice(i, i + BATCH);
    await tx.$executeRawUnsafe(`DELETE FROM "SearchTerm" WHERE "docs" <= 0 AND "term" IN (${placeholders(kind, slice.length)})`, ...slice);
  }
}

/**
 * Identifies the tokeniser: a format number, bumped by hand when the index
 * layout changes, and a digest of the tokens of a probe text that exercises
 * the normaliser, stemming, CamelCase and Chinese rules, so a change in any
 * of them (or in the stemmer package) triggers a rebuild by itself.
 */
const INDEX_FORMAT = 1;
const PROBE = [
  "E0510 17:43:56.892945  790992 reflector.go:178] Failed to list *v1.ClusterRole: Get https://10.13.96.11:6443/apis?resourceVersion=331916875: x509: certificate has expired or is not yet valid",
  "Warning BackOff 2m (x17 over 6m) kubelet Back-off restarting failed container in pod web-74c6bc97cd-x7k2p_default(2f0c5a1e-6b1f-4c1e-9d1a-7a2b3c4d5e6f) CrashLoopBackOff OOMKilled exit code 137",
  "0/5 nodes are available: 2 Insufficient cpu, 3 node(s) had taint, that the pod didn't tolerate; sha256:9f86d081884c7d659a2feaa0 [fe80::1]:8080 took 1.2s 512Mi 7%",
  "缓存命中率低 定时任务执行kubectl返回空 ＤＮＳ 解析失败 Ärger running throttled connections KubeAPIErrorBudgetBurn IPv4",
].join("\n");

export function searchIndexVersion(): string {
  return `${INDEX_FORMAT}:${createHash("sha256").update(tokenize(PROBE).join(" ")).digest("hex").slice(0, 16)}`;
}

const VERSION_KEY = "tokenizer";

export async function storedSearchIndexVersion(client: DbExecutor, kind: DatabaseKind): Promise<string | null> {
  const rows = await client.$queryRawUnsafe<{ value: string }[]>(`SELECT "value" FROM "SearchIndexState" WHERE "key" = ${placeholders(kind, 1)}`, VERSION_KEY);
  return rows[0]?.value ?? null;
}

interface IncidentText extends SearchableIncident {
  id: number;
  searchTokens: string;
}

/**
 * Recomputes every incident's tokens with the current tokeniser and rebuilds
 * the lookup table and the counts from them, in one transaction (a reader
 * sees the old index or the new one). Runs from `npm run db:migrate` and
 * `npm start` when the stored version differs (prepareDatabase), and after a
 * bulk import. Returns how many incidents it indexed.
 */
export async function rebuildIncidentSearchIndex(client: DbExecutor, kind: DatabaseKind): Promise<number> {
  const counts = new Map<string, number>();
  let indexed = 0;
  await client.$executeRawUnsafe(clearLookupSql(kind));
  for (let after = 0; ; ) {
    const rows = await client.$queryRawUnsafe<IncidentText[]>(
      `SELECT "id", "title", "phenomenon", "cause", "fix", "result", "service", "environment", "alertname", "searchTokens"
       FROM "Incident" WHERE "id" > ${placeholders(kind, 1)} ORDER BY "id" LIMIT ${BATCH}`,
      after,
    );
    if (rows.length === 0) break;
    const lookup: (number | string)[] = [];
    for (const row of rows) {
      const id = Number(row.id);
      const tokens = incidentSearchTokens(row);
      // Raw SQL, not Prisma's update: re-tokenising is not an edit, updatedAt and version stay.
      if (tokens !== row.searchTokens) await client.$executeRawUnsafe(`UPDATE "Incident" SET "searchTokens" = ${placeholders(kind, 1)} WHERE "id" = ${placeholders(kind, 1, 2)}`, tokens, id);
      const distinct = distinctTokens(tokens);
      lookup.push(id, distinct.join(" "));
      for (const token of distinct) counts.set(token, (counts.get(token) ?? 0) + 1);
      indexed += 1;
    }
    await client.$executeRawUnsafe(insertLookupSql(kind, rows.length), ...lookup);
    after = Number(rows[rows.length - 1].id);
  }
  counts.set(TOTAL_TERM, indexed);
  await client.$executeRawUnsafe(`DELETE FROM "SearchTerm"`);
  await addTermCounts(client, kind, counts);
  // Fresh statistics, so the planner reads a rare token's postings through the GIN index instead of scanning the table.
  if (kind === "postgres") await client.$executeRawUnsafe(`ANALYZE "IncidentSearchVector", "SearchTerm"`);
  const version = searchIndexVersion();
  await client.$executeRawUnsafe(
    `INSERT INTO "SearchIndexState" ("key", "value") VALUES (${placeholders(kind, 2)}) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`,
    VERSION_KEY,
    version,
  );
  return indexed;
}

/** Empties the index (with the incidents: tests' resetDatabase). */
export async function clearIncidentSearchIndex(tx: DbExecutor, kind: DatabaseKind): Promise<void> {
  await tx.$executeRawUnsafe(clearLookupSql(kind));
  await tx.$executeRawUnsafe(`DELETE FROM "SearchTerm"`);
}

/**
 * Runs a query on the token lookup. On PostgreSQL it runs in a transaction
 * that turns sequential scans (and parallel workers) off: the planner costs
 * `tokens @@ query` as if reading a tsvector were free, but each row a scan
 * visits decompresses one, so it scans a table of a few thousand incidents
 * where the GIN index reads only the postings of the rare tokens chosen
 * (measured: a 12-token candidate query on 5,000 incidents, every branch a
 * sequential scan, against bitmap index scans of about a millisecond each).
 */
export async function queryLookup<T>(client: Db, kind: DatabaseKind, sql: string, values: unknown[]): Promise<T[]> {
  if (kind === "sqlite") return client.$queryRawUnsafe<T[]>(sql, ...values);
  return client.$transaction(async (tx) => {
    // SET LOCAL for both, in one round trip.
    await tx.$queryRawUnsafe(`SELECT set_config('enable_seqscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`);
    return tx.$queryRawUnsafe<T[]>(sql, ...values);
  });
}

/** Incident ids holding every one of `tokens` (the list filter `q`). */
export async function idsWithAllTokens(client: Db, kind: DatabaseKind, tokens: string[]): Promise<number[]> {
  if (tokens.length === 0) return [];
  const rows = await queryLookup<{ id: number | bigint }>(client, kind, matchingIdsSql(kind, placeholders(kind, 1)), [allTokensMatch(kind, tokens)]);
  return rows.map((r) => Number(r.id));
}
