import "server-only";
import { db } from "@/lib/db/client";
import { titleKeyOf } from "./title-key";

const BATCH = 2000;

/**
 * Fills Incident.titleKey where it is NULL: rows written before the column
 * existed (its migration cannot run the JavaScript normaliser), or after a
 * migration that resets the keys because titleKeyOf() changed. Every write
 * sets the key itself (derivedColumns), so on an up-to-date database this is
 * one indexed query that finds nothing. Returns how many rows it derived.
 */
export async function deriveMissingTitleKeys(): Promise<number> {
  let derived = 0;
  for (;;) {
    const rows = await db().incident.findMany({ where: { titleKey: null }, select: { id: true, title: true }, orderBy: { id: "asc" }, take: BATCH });
    if (rows.length === 0) return derived;
    const idsByKey = new Map<string, number[]>();
    for (const row of rows) {
      const key = titleKeyOf(row.title);
      idsByKey.set(key, [...(idsByKey.get(key) ?? []), row.id]);
    }
    await db().$transaction([...idsByKey].map(([titleKey, ids]) => db().incident.updateMany({ where: { id: { in: ids } }, data: { titleKey } })));
    derived += rows.length;
  }
}
