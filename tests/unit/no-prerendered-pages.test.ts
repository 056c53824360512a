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
