import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { BETTER_AUTH_ROUTES } from "@/lib/auth/better-auth-routes";
import { API_ROUTE_METHODS } from "@/lib/http/api-route-methods";
import { ROUTES_OUTSIDE_DOCUMENT } from "@/lib/openapi/api-operations";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

/**
 * The OpenAPI document covers every API route: each route.ts under app/api is
 * read as Next.js reads it (the URL from its folders, the HTTP methods from
 * its exports), and every method of every route must be an operation of the
 * document, unless the route is in ROUTES_OUTSIDE_DOCUMENT with its reason.
 * The other way round too: an operation without a route, or an exclusion
 * whose route is gone, fails.
 */

const API_DIR = "app/api";
const HTTP_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);

function routeFiles(): string[] {
  return readdirSync(path.resolve(API_DIR), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "route.ts")
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * The URL of a route file as an OpenAPI path template: route groups `(x)`
 * leave no segment, `[id]` is `{id}`. A catch-all (`[...x]`, `[[...x]]`)
 * has no OpenAPI template: null.
 */
function routeTemplate(file: string): string | null {
  const segments = path.posix.dirname(file).split("/").slice(1); // drop "app"
  const parts: string[] = [];
  for (const segment of segments) {
    if (/^\(.*\)$/.test(segment)) continue;
    if (segment.startsWith("[[") || segment.startsWith("[...")) return null;
    const dynamic = /^\[(.+)\]$/.exec(segment);
    parts.push(dynamic ? `{${dynamic[1]}}` : segment);
  }
  return `/${parts.join("/")}`;
}

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The HTTP methods a route module exports: `export function GET`, `export const POST = …`, `export { handle as PATCH }`. */
function exportedMethods(source: string): string[] {
  const file = ts.createSourceFile("route.ts", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names: string[] = [];
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) names.push(statement.name.text);
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    }
  }
  return names.filter((name) => HTTP_METHODS.has(name)).sort();
}

describe("the OpenAPI document covers every API route", () => {
  const files = routeFiles();
  const document = buildOpenApiDocument();
  const documented = new Set(Object.entries(document.paths).flatMap(([template, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${template}`)));
  const excluded = new Map(ROUTES_OUTSIDE_DOCUMENT.map((entry) => [entry.route, entry.reason]));

  it("reads route files as Next.js does", () => {
    expect(routeTemplate("app/api/incidents/[id]/events/route.ts")).toBe("/api/incidents/{id}/events");
    expect(routeTemplate("app/api/(public)/health/route.ts")).toBe("/api/health");
    expect(routeTemplate("app/api/openapi.json/route.ts")).toBe("/api/openapi.json");
    expect(routeTemplate("app/api/auth/[...all]/route.ts")).toBeNull();
    expect(routeTemplate("app/api/docs/[[...slug]]/route.ts")).toBeNull();
    expect(
      exportedMethods(`
        export const dynamic = "force-dynamic";
        export async function GET() {}
        export const POST = apiRoute({}, handler);
        const handle = () => {};
        export { handle as PATCH, helper };
        function DELETE() {}
      `),
    ).toEqual(["GET", "PATCH", "POST"]);
  });

  it("finds the routes (the walk is not vacuous)", () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
    expect(files).toContain("app/api/incidents/[id]/route.ts");
  });

  it("documents every method of every route, or names the route as left out with its reason", () => {
    const missing: string[] = [];
    for (const file of files) {
      if (excluded.has(file)) continue;
      const template = routeTemplate(file);
      const methods = exportedMethods(readFileSync(file, "utf8"));
      expect(methods.length, `${file} exports no HTTP method`).toBeGreaterThan(0);
      if (template === null) {
        missing.push(`${file}: a catch-all route has no OpenAPI path; document its routes another way and list it in ROUTES_OUTSIDE_DOCUMENT`);
        continue;
      }
      for (const method of methods) if (!documented.has(`${method} ${template}`)) missing.push(`${method} ${template} (${file})`);
    }
    expect(missing, "routes missing from lib/openapi/api-operations.ts").toEqual([]);
  });

  it("documents no operation without a route", () => {
    const served = new Set(files.filter((file) => !excluded.has(file)).flatMap((file) => exportedMethods(readFileSync(file, "utf8")).map((method) => `${method} ${routeTemplate(file)}`)));
    expect([...documented].filter((operation) => !served.has(operation))).toEqual([]);
  });

  it("leaves out only existing routes, each with a reason", () => {
    for (const [route, reason] of excluded) {
      expect(existsSync(route), `${route} is listed in ROUTES_OUTSIDE_DOCUMENT but does not exist`).toBe(true);
      expect(reason.length, `${route}: say why it is left out`).toBeGreaterThan(20);
    }
    expect([...excluded.keys()]).toEqual(["app/api/auth/[...all]/route.ts", "app/api/[...path]/route.ts"]);
  });
});

/**
 * The server in front of Next refuses a method a route does not take with 405 and Allow, from a plain
 * table (lib/http/api-route-methods.ts: it cannot load the OpenAPI operations). The table must be the
 * route files' exports, or a route's own method would be refused, or a wrong one passed to Next.
 */
describe("the edge's method table is the route files' exports", () => {
  const files = routeFiles();

  it("lists every route with a path template, with exactly the methods its file exports", () => {
    const fromFiles: Record<string, string[]> = {};
    for (const file of files) {
      const template = routeTemplate(file);
      if (template !== null) fromFiles[template] = exportedMethods(readFileSync(file, "utf8"));
    }
    const fromTable = Object.fromEntries(Object.entries(API_ROUTE_METHODS).map(([template, methods]) => [template, [...methods].sort()]));
    expect(fromTable).toEqual(fromFiles);
  });

  it("gives the Better Auth endpoints only methods its catch-all exports", () => {
    const exported = exportedMethods(readFileSync("app/api/auth/[...all]/route.ts", "utf8"));
    for (const route of BETTER_AUTH_ROUTES) expect(exported, `${route.method} ${route.path}`).toContain(route.method);
  });
});
