/**
 * First-load JavaScript per page route, read from the `next build` output
 * (deterministic for a given build, so budgets on it can be a test):
 * the framework's root scripts (build-manifest.json's rootMainFiles) plus every
 * client entry chunk of the route's layouts and page (entryJSFiles in its client
 * reference manifest). Polyfills are left out: modern browsers skip them (noModule).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface RouteJs {
  route: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

function clientEntryFiles(manifestJs: string): string[] {
  // The manifest is `globalThis.__RSC_MANIFEST["<page>"] = {…};`: read the object literal, do not execute it.
  const json = manifestJs.slice(manifestJs.indexOf("] = ") + 4).replace(/;\s*$/, "");
  const manifest = JSON.parse(json) as { entryJSFiles?: Record<string, string[]> };
  return Object.values(manifest.entryJSFiles ?? {}).flat();
}

export function measureFirstLoadJs(distDir = ".next"): RouteJs[] {
  const routesFile = path.join(distDir, "app-path-routes-manifest.json");
  if (!existsSync(routesFile)) throw new Error(`${routesFile} not found: run \`npx next build\` first`);
  const routes = readJson<Record<string, string>>(routesFile);
  const gzipCache = new Map<string, [number, number]>();
  const size = (file: string): [number, number] => {
    let sizes = gzipCache.get(file);
    if (!sizes) {
      const bytes = readFileSync(path.join(distDir, file));
      sizes = [bytes.length, gzipSync(bytes, { level: 9 }).length];
      gzipCache.set(file, sizes);
    }
    return sizes;
  };
  return Object.entries(routes)
    .filter(([entry, route]) => entry.endsWith("/page") && !route.startsWith("/_"))
    .map(([entry, route]) => {
      const dir = path.join(distDir, "server/app", entry);
      const build = readJson<{ rootMainFiles: string[] }>(path.join(dir, "build-manifest.json"));
      const client = clientEntryFiles(readFileSync(`${dir}_client-reference-manifest.js`, "utf8"));
      const files = [...new Set([...build.rootMainFiles, ...client])].sort();
      const [rawBytes, gzipBytes] = files.map(size).reduce(([r, g], [r2, g2]) => [r + r2, g + g2], [0, 0]);
      return { route, files, rawBytes, gzipBytes };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
