import "server-only";
import type { DatabaseConfig } from "@/lib/config/env";
import { createClient, type Db } from "@/lib/db/client";
import { placeholders, type DatabaseKind } from "@/lib/search/incident-search-sql";
import { titleKeyOf } from "./title-key";

const BATCH = 2000;

/**
 * Fills Incident.titleKey where it is NULL: rows written before the column
 * existed (its migration cannot run the tokeniser). With `all`, every key is
 * derived again first: the key is made of search tokens, so when the
 * tokeniser changes (the search index is rebuilt, see prepareDatabase) the
 * stored keys must follow. Every write sets the key itself (derivedColumns),
 * so on an up-to-date database this is one indexed query that finds nothing.
 * Returns how many rows it derived.
 */
export async function deriveTitleKeys(database: DatabaseConfig, { all = false } = {}): Promise<number> {
  const client = createClient(database);
  try {
    // Raw SQL, not Prisma's updateMany: re-deriving is not an edit, so updatedAt (@updatedAt) and version stay.
    if (all) await client.$executeRawUnsafe(`UPDATE "Incident" SET "titleKey" = NULL WHERE "titleKey" IS NOT NULL`);
    return await deriveMissing(client, database.kind);
  } finally {
    await client.$disconnect();
  }
}

async function deriveMissing(client: Db, kind: DatabaseKind): Promise<number> {
  let derived = 0;
  for (;;) {
    const rows = await client.incident.findMany({ where: { titleKey: null }, select: { id: true, title: true }, orderBy: { id: "asc" }, take: BATCH });
    if (rows.length === 0) return derived;
    const idsByKey = new Map<string, number[]>();
    for (const row of rows) {
      const key = titleKeyOf(row.title);
      idsByKey.set(key, [...(idsByKey.get(key) ?? []), row.id]);
    }
    await client.$transaction(
      [...idsByKey].map(([titleKey, ids]) =>
        client.$executeRawUnsafe(`UPDATE "Incident" SET "titleKey" = ${placeholders(kind, 1)} WHERE "id" IN (${placeholders(kind, ids.length, 2)})`, titleKey, ...ids),
      ),
    );
    derived += rows.length;
  }
}
