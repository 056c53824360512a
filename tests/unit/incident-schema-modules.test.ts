import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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

  it("no browser code loads zod with its page: only schema-resolvers.ts imports zod or a module that does, and resolvers.ts loads it with import()", () => {
    const runtimeImports = (source: string) => [...source.matchAll(/^import\s+(?!type\b)(?:[^;]*?from\s+)?"([^"]+)"/gms)].map((m) => m[1]);
    const importsZod = (source: string) => runtimeImports(source).some((spec) => spec === "zod" || spec === "@hookform/resolvers/zod");
    const resolve = (spec: string, from: string) => {
      const base = spec.startsWith("@/") ? path.resolve(spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
      return base ? [".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find((file) => existsSync(file)) : undefined;
    };
    const browserFiles = [
      ...sourceFiles(path.resolve("components")),
      ...sourceFiles(path.resolve("app")).filter((file) => readFileSync(file, "utf8").includes('"use client"')),
    ];
    const offenders = browserFiles
      .filter((file) => !MAY_IMPORT_ALL_SCHEMAS.has(path.relative(process.cwd(), file)))
      .flatMap((file) => {
        const source = readFileSync(file, "utf8");
        const zodImports = runtimeImports(source).filter((spec) => {
          if (spec === "zod" || spec === "@hookform/resolvers/zod" || spec.endsWith("/schema-resolvers")) return true;
          const target = resolve(spec, file);
          return target !== undefined && importsZod(readFileSync(target, "utf8"));
        });
        return zodImports.map((spec) => `${path.relative(process.cwd(), file)} imports ${spec}`);
      });
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
