import "server-only";
import { db } from "@/lib/db/client";
import { placeholders } from "./incident-search-sql";
import { searchDialect } from "./search-dialect";

/**
 * The incident text search as it was before the search index: every word
 * of the query as a case-folded LIKE over the text columns, so a full scan
 * of the table. Kept only as the baseline `npm run bench:search` compares the
 * index with, on the same rows and queries.
 */
export async function scanIncidentsWithLike(words: string[]): Promise<number[]> {
  if (words.length === 0) return [];
  const kind = searchDialect();
  const text = `lower("title" || ' ' || "phenomenon" || ' ' || "cause" || ' ' || "fix" || ' ' || "result" || ' ' || "service" || ' ' || "environment")`;
  const where = words.map((_, i) => `${text} LIKE ${placeholders(kind, 1, i + 1)}`).join(" AND ");
  const rows = await db().$queryRawUnsafe<{ id: number | bigint }[]>(`SELECT "id" AS id FROM "Incident" WHERE ${where}`, ...words.map((w) => `%${w.toLowerCase()}%`));
  return rows.map((r) => Number(r.id));
}
