import "server-only";
import { getConfig } from "@/lib/config/env";
import type { DatabaseKind } from "./incident-search-sql";

/** The provider of the app's database (db()), which picks the search SQL. */
export function searchDialect(): DatabaseKind {
  return getConfig().database.kind;
}
