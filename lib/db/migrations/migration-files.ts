import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import type { DatabaseConfig } from "@/lib/config/env";

/** Reads a provider's schema folder and its standard Prisma migrations folder. */

export type DatabaseKind = DatabaseConfig["kind"];
export interface SchemaFile {
  path: string;
  content: string;
}

const prismaRoot = path.resolve(process.cwd(), "prisma");

export function schemaDir(kind: DatabaseKind): string {
  return path.join(prismaRoot, kind);
}

export function migrationsDir(kind: DatabaseKind): string {
  return path.join(schemaDir(kind), "migrations");
}

export function readSchemaFiles(kind: DatabaseKind): SchemaFile[] {
  const dir = schemaDir(kind);
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((f) => f.endsWith(".prisma"))
    .sort()
    .map((f) => ({ path: path.join(dir, f), content: readFileSync(path.join(dir, f), "utf8") }));
}

/** Migration folder names in the order they apply (Prisma sorts them by name). */
export function listMigrationNames(kind: DatabaseKind): string[] {
  const dir = migrationsDir(kind);
  if (!existsSync(dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}

export function readMigrationList(kind: DatabaseKind): MigrationList {
  const dir = migrationsDir(kind);
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: listMigrationNames(kind).map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}
