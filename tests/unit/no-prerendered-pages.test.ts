import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every page is rendered per request: proxy.ts gives each response a fresh CSP nonce, and Next puts it
 * on the page's scripts only while rendering (ARCHITECTURE.md, "Cost"). A prerendered page carries no
 * nonce, so the browser refuses all of its scripts: /api was force-static, and its navigation, search
 * palette and theme switch did nothing there.
 */
function pageFiles(): string[] {
  return readdirSync(path.resolve("app"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /^(page|layout)\.tsx$/.test(entry.name))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

describe("pages under the nonce CSP", () => {
  it("finds the pages", () => {
    expect(pageFiles()).toContain("app/(docs)/api/page.tsx");
  });

  it.each(pageFiles())("%s is not prerendered", (file) => {
    const source = readFileSync(file, "utf8");
    expect(source).not.toMatch(/export const dynamic = ["']force-static["']/);
    expect(source).not.toMatch(/export const revalidate = /);
  });
});

/**
 * API routes are not prerendered either. Next answers every method but GET and HEAD on a prerendered
 * route itself, before the route's code and the edge's method table: /api/openapi.json was
 * force-static, and OPTIONS on it was a bare text/plain 405 with two Allow headers (GET; HEAD)
 * while the edge told a DELETE that it takes OPTIONS. A prerendered route also never sees the
 * query string, so it cannot refuse a parameter it does not take (lib/http/unknown-names.ts).
 */
function apiRouteFiles(): string[] {
  return readdirSync(path.resolve("app/api"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "route.ts")
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

describe("API routes answer OPTIONS and see their query string", () => {
  it("every API route is rendered per request", () => {
    const files = apiRouteFiles();
    expect(files).toContain("app/api/openapi.json/route.ts");
    const prerendered = files.filter((file) => {
      const source = readFileSync(file, "utf8");
      return !/export const dynamic = "force-dynamic"/.test(source) || /export const revalidate = /.test(source);
    });
    expect(prerendered).toEqual([]);
  });
});
