import "server-only";
import { getConfig } from "@/lib/config/env";
import type { MetricsDialect } from "./metrics-dialect";
import { postgresMetricsDialect } from "./postgres-metrics-dialect";
import { sqliteMetricsDialect } from "./sqlite-metrics-dialect";

/** The metrics SQL of the configured provider (DATABASE_URL). */
export function metricsDialect(): MetricsDialect {
  return getConfig().database.kind === "postgres" ? postgresMetricsDialect : sqliteMetricsDialect;
}
