import "server-only";
import { db } from "@/lib/db/client";
import { searchDialect } from "./search-dialect";

/** Bytes the incident search index takes on disk (tokens column excluded), for the benchmark. */
export async function searchIndexSize(): Promise<number> {
  if (searchDialect() === "postgres") {
    const [row] = await db().$queryRawUnsafe<{ bytes: bigint | number }[]>(
      `SELECT pg_total_relation_size('"IncidentSearchVector"') + pg_total_relation_size('"SearchTerm"') AS bytes`,
    );
    return Number(row.bytes);
  }
  const [row] = await db().$queryRawUnsafe<{ bytes: bigint | number | null }[]>(
    `SELECT SUM("pgsize") AS bytes FROM "dbstat" WHERE "name" LIKE 'IncidentSearch%' OR "name" IN ('SearchTerm', 'sqlite_autoindex_SearchTerm_1')`,
  );
  return Number(row.bytes ?? 0);
}
