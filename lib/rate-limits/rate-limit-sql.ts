import "server-only";
import type { DatabaseConfig } from "@/lib/config/env";

export interface TakeToken {
  key: string;
  /** The bucket's size. */
  limit: number;
  /** Milliseconds since the epoch. */
  now: number;
  /** Tokens per millisecond. */
  rate: number;
}

/**
 * Taking one token from a client's bucket, as one statement (insert or update,
 * and read back), so servers sharing the database cannot both take the last
 * token. Per provider only in spelling: LEAST/GREATEST and typed `$n`
 * parameters on PostgreSQL, MIN/MAX and `?` on SQLite (whose driver binds
 * each `?` in order, so a value used twice is passed twice). Every SET
 * expression reads the row as it was. The refill counts only time that moved
 * forward, so a server whose clock is behind adds nothing.
 */
export function takeTokenSql(kind: DatabaseConfig["kind"], take: TakeToken): { sql: string; params: (string | number)[] } {
  const pg = kind === "postgres";
  const params: (string | number)[] = [];
  const bind = (value: string | number) => {
    params.push(value);
    if (!pg) return "?";
    return typeof value === "number" ? `$${params.length}::double precision` : `$${params.length}`;
  };
  const [least, greatest] = pg ? ["LEAST", "GREATEST"] : ["MIN", "MAX"];
  const refilled = () => `${least}(${bind(take.limit)}, "RateLimitBucket"."tokens" + ${greatest}(0, ${bind(take.now)} - "RateLimitBucket"."updatedAtMs") * ${bind(take.rate)})`;
  const sql = `INSERT INTO "RateLimitBucket" ("key", "tokens", "updatedAtMs", "allowed") VALUES (${bind(take.key)}, ${bind(take.limit)} - 1, ${bind(take.now)}, true)
ON CONFLICT ("key") DO UPDATE SET
  "tokens" = CASE WHEN ${refilled()} >= 1 THEN ${refilled()} - 1 ELSE ${refilled()} END,
  "allowed" = ${refilled()} >= 1,
  "updatedAtMs" = ${greatest}("RateLimitBucket"."updatedAtMs", ${bind(take.now)})
RETURNING "tokens", "allowed"`;
  return { sql, params };
}
