import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as engineModule from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseConfig } from "@/lib/config/env";
import { readSchemaFiles, type SchemaFile } from "./migration-files";

/**
 * Prisma's schema engine compiled to WebAssembly, driven through a driver
 * adapter. Prisma 7's CLI needs a native engine it downloads at run time,
 * which an offline machine cannot do; this does the same work without it.
 */

interface WasmBindings {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (options: { datamodels: [string, string][] }, log: (line: string) => void, adapter: object) => Promise<SchemaEngine> };
}

let ready: Promise<WasmBindings> | undefined;

/** Instantiates the wasm module once: its JS glue expects a bundler to do it. */
function loadWasm(): Promise<WasmBindings> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve("@prisma/schema-engine-wasm").replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
    const bindings = engineModule as unknown as WasmBindings;
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": engineModule as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === "function") start();
    return bindings;
  })();
  return ready;
}

/** PostgreSQL's internal one-byte `"char"` type (OID 18) and TEXT (OID 25). */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
interface PgFieldsResult {
  fields: { dataTypeID: number }[];
}
type PerformIO = (this: unknown, query: unknown) => Promise<PgFieldsResult>;
let pgCharPatched = false;

/**
 * The schema engine's catalog queries return `"char"` columns (e.g.
 * pg_class.relkind), which @prisma/adapter-pg refuses to decode. pg already
 * hands their values over as strings, so reporting them as TEXT is exact.
 * Patched once on the adapter's shared query class (its transactions use it too).
 */
function decodePgCharAsText(adapter: SqlDriverAdapter): void {
  if (pgCharPatched) return;
  let proto: object | null = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto) throw new Error("@prisma/adapter-pg changed: performIO not found; the \"char\" workaround needs updating.");
  const target = proto as { performIO: PerformIO };
  const original = target.performIO;
  target.performIO = async function (this: unknown, query: unknown) {
    const result = await original.call(this, query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  pgCharPatched = true;
}

interface PgAdapterInternals {
  client: { query(sql: string): Promise<unknown> };
  executeScript(script: string): Promise<void>;
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";",
 * including those inside comments and string literals, which breaks valid
 * migrations. PostgreSQL's simple-query protocol takes the whole script at once
 * (and runs it as one implicit transaction), so send it unsplit.
 */
function executeScriptUnsplit(adapter: SqlDriverAdapter): void {
  const internals = adapter as unknown as PgAdapterInternals;
  if (typeof internals.client?.query !== "function") throw new Error("@prisma/adapter-pg changed: no client.query; the executeScript fix needs updating.");
  internals.executeScript = async (script: string) => {
    await internals.client.query(script);
  };
}

/** The pg adapter with the two fixes the schema engine needs (see above). */
function adaptPgForSchemaEngine(adapter: SqlDriverAdapter): SqlDriverAdapter {
  decodePgCharAsText(adapter);
  executeScriptUnsplit(adapter);
  return adapter;
}

export function adapterFactory(database: DatabaseConfig): SqlMigrationAwareDriverAdapterFactory {
  if (database.kind === "postgres") {
    const base = new PrismaPg({ connectionString: database.url });
    return {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => adaptPgForSchemaEngine(await base.connect()),
      connectToShadowDb: async () => adaptPgForSchemaEngine(await base.connectToShadowDb()),
    };
  }
  return new PrismaBetterSqlite3({ url: database.url });
}

/**
 * engine.free() leaves the adapters it opened connected (an open SQLite handle
 * makes the next engine's queries fail as busy; a pg pool keeps the process
 * alive), so remember each one and dispose of it with the session.
 */
function trackingFactory(base: SqlMigrationAwareDriverAdapterFactory): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  disposeAll: () => Promise<void>;
} {
  const opened: SqlDriverAdapter[] = [];
  const remember = (adapter: SqlDriverAdapter) => (opened.push(adapter), adapter);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => remember(await base.connect()),
    connectToShadowDb: async () => remember(await base.connectToShadowDb()),
  };
  return { factory, disposeAll: async () => void (await Promise.allSettled(opened.map((a) => a.dispose()))) };
}

export interface EngineSession {
  engine: SchemaEngine;
  schemaFiles: SchemaFile[];
}

/** Runs `work` with a schema engine connected to `database`, and frees it afterwards. */
export async function withSchemaEngine<T>(database: DatabaseConfig, work: (session: EngineSession) => Promise<T>): Promise<T> {
  const bindings = await loadWasm();
  const schemaFiles = readSchemaFiles(database.kind);
  const { factory, disposeAll } = trackingFactory(adapterFactory(database));
  const logs: string[] = [];
  const engine = await bindings.SchemaEngine.new(
    { datamodels: schemaFiles.map((f) => [f.path, f.content]) },
    (line) => logs.push(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work({ engine, schemaFiles });
  } finally {
    engine.free();
    await disposeAll();
  }
}
