import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from "kysely";
import { getConfig, type DatabaseConfig } from "@/lib/config/env";
import { db } from "./client";
import type { Incident, IncidentRunbook } from "./generated/sqlite/client";

/**
 * A typed SQL query builder for the reads Prisma's API cannot express
 * (grouped week buckets, percentiles, joins with aggregates): Kysely builds
 * and compiles the query for the configured provider, and Prisma's own client
 * runs it ($queryRawUnsafe with bound parameters). So there is one connection
 * pool, and SQLite's single connection is not shared with a second driver.
 * Read-only: writes go through Prisma's API, where the write model lives.
 */

/** A DateTime as a raw query returns it: a Date for a plain column, ISO text from SQLite for an expression such as max(). */
export type RawTimestamp = Date | string;

/** A Prisma model's columns as raw rows carry them. */
type RawColumns<Model> = {
  [K in keyof Model]: Model[K] extends Date ? RawTimestamp : Model[K] extends Date | null ? RawTimestamp | null : Model[K];
};

/** The tables the query builder may read, typed from the generated Prisma models (so a renamed column fails typecheck). */
export interface QueryTables {
  Incident: RawColumns<Omit<Incident, "alertLabels">>;
  IncidentRunbook: RawColumns<IncidentRunbook>;
}

/** Queries run inside captureQueries(), for their plans (npm run bench:dashboard). */
const captured = new AsyncLocalStorage<CompiledQuery[]>();

class PrismaReadConnection implements DatabaseConnection {
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!SelectQueryNode.is(query.query)) throw new Error("The query builder only reads; write through the Prisma client in lib/<domain>/.");
    captured.getStore()?.push(query);
    return { rows: await db().$queryRawUnsafe<R[]>(query.sql, ...query.parameters) };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Streaming queries are not supported through the Prisma client.");
  }
}

class PrismaReadDriver implements Driver {
  private readonly connection = new PrismaReadConnection();
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error("The query builder only reads; use db().$transaction for writes.");
  }
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

function dialectFor(kind: DatabaseConfig["kind"]): Dialect {
  const driver = () => new PrismaReadDriver();
  return kind === "postgres"
    ? { createAdapter: () => new PostgresAdapter(), createDriver: driver, createIntrospector: (k) => new PostgresIntrospector(k), createQueryCompiler: () => new PostgresQueryCompiler() }
    : { createAdapter: () => new SqliteAdapter(), createDriver: driver, createIntrospector: (k) => new SqliteIntrospector(k), createQueryCompiler: () => new SqliteQueryCompiler() };
}

declare global {
  // A global, so the one instance survives Next's dev reloads (`var` is how TypeScript declares one).
  var triageQueryBuilder: Kysely<QueryTables> | undefined;
}

/** The shared query builder for the configured provider; `.execute()` runs through db(). */
export function queryBuilder(): Kysely<QueryTables> {
  globalThis.triageQueryBuilder ??= new Kysely<QueryTables>({ dialect: dialectFor(getConfig().database.kind) });
  return globalThis.triageQueryBuilder;
}

/** Counts and sums come back as bigint (both providers), averages and percentiles as numbers; null stays null. */
export function toNumber(value: number | bigint | string | null): number | null {
  return value === null ? null : Number(value);
}

export function toDate(value: RawTimestamp | null): Date | null {
  return value === null ? null : new Date(value);
}

/** Runs `run` and returns the query builder's queries it executed, in order (with their parameters). */
export async function captureQueries(run: () => Promise<unknown>): Promise<CompiledQuery[]> {
  const queries: CompiledQuery[] = [];
  await captured.run(queries, run);
  return queries;
}

/** The database's plan for a query: EXPLAIN QUERY PLAN on SQLite (indented by depth), EXPLAIN on PostgreSQL. */
export async function explainQuery(query: CompiledQuery): Promise<string[]> {
  if (getConfig().database.kind === "postgres") {
    const rows = await db().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${query.sql}`, ...query.parameters);
    return rows.map((row) => row["QUERY PLAN"]);
  }
  const rows = await db().$queryRawUnsafe<{ id: number | bigint; parent: number | bigint; detail: string }[]>(`EXPLAIN QUERY PLAN ${query.sql}`, ...query.parameters);
  const depth = new Map<number, number>();
  return rows.map((row) => {
    const level = (depth.get(Number(row.parent)) ?? -1) + 1;
    depth.set(Number(row.id), level);
    return `${"  ".repeat(level)}${row.detail}`;
  });
}
