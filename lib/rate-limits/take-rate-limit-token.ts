import "server-only";
import { getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { takeTokenSql } from "./rate-limit-sql";

/**
 * A token bucket per key, kept in the database (RateLimitBucket) so that
 * every server on it shares one allowance: `limit` requests per `windowMs`,
 * refilled continuously, so a client may burst up to `limit` and then goes
 * at the sustained rate. Returns 0 when the request may go ahead, else the
 * milliseconds until a token is available.
 */
export async function takeRateLimitToken(key: string, limit: number, windowMs: number, now = Date.now()): Promise<number> {
  const rate = limit / windowMs;
  const { sql, params } = takeTokenSql(getConfig().database.kind, { key, limit, now, rate });
  const rows = await db().$queryRawUnsafe<{ tokens: number; allowed: boolean | number | bigint }[]>(sql, ...params);
  const [row] = rows;
  if (!row) throw new Error(`Rate limit: taking a token for ${key} returned no row`);
  await forgetQuietBuckets(now, windowMs);
  // SQLite answers a boolean as 0 or 1.
  return Boolean(Number(row.allowed)) ? 0 : Math.ceil((1 - Number(row.tokens)) / rate);
}

let lastPrunedMs = 0;

/**
 * A bucket untouched for a whole window is full again, the same as no row:
 * each server deletes those at most once a window, so the table holds about
 * the clients of the last minute.
 */
async function forgetQuietBuckets(now: number, windowMs: number): Promise<void> {
  if (now - lastPrunedMs < windowMs) return;
  lastPrunedMs = now;
  await db().rateLimitBucket.deleteMany({ where: { updatedAtMs: { lt: now - windowMs } } });
}
