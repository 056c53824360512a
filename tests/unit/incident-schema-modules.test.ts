import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as eventSchemas from "@/lib/incidents/incident-event-schemas";
import * as listQuerySchema from "@/lib/incidents/incident-list-query-schema";
import * as incidentSchemas from "@/lib/incidents/incident-schemas";
import * as vocabulary from "@/lib/incidents/incident-vocabulary";

/**
 * Zod builds every schema of a module when the module loads, and the create and
 * update schemas are the costly ones. The browser's list, labels and dashboard
 * import the zod-free vocabulary or the one schema module they need; only the
 * forms' resolvers (schema-resolvers.ts, loaded on first use) take the whole
 * incident-schemas module.
 */
const MAY_IMPORT_ALL_SCHEMAS = new Set(["components/incidents/lib/schema-resolvers.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

describe("incident schema modules", () => {
  it("the vocabulary imports nothing (no zod on pages that only label or filter incidents)", () => {
    expect(readFileSync(path.resolve("lib/incidents/incident-vocabulary.ts"), "utf8")).not.toMatch(/^\s*import\s/m);
  });

  it("browser components import incident-schemas only for types, except the form resolvers", () => {
    const offenders = sourceFiles(path.resolve("components"))
      .map((file) => path.relative(process.cwd(), file))
      .filter((file) => !MAY_IMPORT_ALL_SCHEMAS.has(file))
      .filter((file) => /^import\s+(?!type\b)[^;]*from\s+"@\/lib\/incidents\/incident-schemas"/m.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("no browser component loads zod with its page: only schema-resolvers.ts imports zod or a schema module, and resolvers.ts loads it with import()", () => {
    const runtimeZod = /^import\s+(?!type\b)(?:[^;]*from\s+)?"(?:zod|@hookform\/resolvers\/zod|@\/lib\/zod-jitless|@\/lib\/incidents\/(?:incident-schemas|incident-event-schemas|incident-list-query-schema))"/m;
    const offenders = sourceFiles(path.resolve("components"))
      .map((file) => path.relative(process.cwd(), file))
      .filter((file) => !MAY_IMPORT_ALL_SCHEMAS.has(file))
      .filter((file) => runtimeZod.test(readFileSync(file, "utf8")) || /^import\s[^;]*from\s+"[^"]*schema-resolvers"/m.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
    expect(readFileSync(path.resolve("components/incidents/lib/resolvers.ts"), "utf8")).toMatch(/import\("\.\/schema-resolvers"\)/);
  });

  it("the list's URL helpers that the dashboard links with build no schema (parsing a URL lives in parse-list-state.ts)", () => {
    const imports = readFileSync(path.resolve("components/incidents/lib/list-state.ts"), "utf8").match(/from\s+"[^"]+"/g) ?? [];
    expect(imports).toEqual(['from "@/lib/incidents/incident-vocabulary"']);
  });

  it("incident-schemas re-exports the same objects, so server code keeps one import", () => {
    expect(incidentSchemas.SEVERITIES).toBe(vocabulary.SEVERITIES);
    expect(incidentSchemas.RESULT_REQUIRED_MESSAGE).toBe(vocabulary.RESULT_REQUIRED_MESSAGE);
    expect(incidentSchemas.incidentListQuerySchema).toBe(listQuerySchema.incidentListQuerySchema);
    expect(incidentSchemas.incidentExportQuerySchema).toBe(listQuerySchema.incidentExportQuerySchema);
    expect(incidentSchemas.incidentEventCreateSchema).toBe(eventSchemas.incidentEventCreateSchema);
    expect(incidentSchemas.splitListParam(["open,mitigated", " open "])).toEqual(["open", "mitigated"]);
  });
});
