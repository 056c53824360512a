/**
 * Reports the first-load JavaScript of pages: every script the HTML loads,
 * gzipped, summed. Needs `next build` first.
 * - a statically generated runbook page, read from the build (target < 150 KB gzipped);
 * - the dashboard `/`, which is rendered per request: served by `next start`
 *   (scripts/start.ts on a scratch SQLite database with the sample incidents,
 *   port 3302 or FIRST_LOAD_PORT) and fetched once (target ≤ 200 KB gzipped).
 *   Its charts load after first paint (next/dynamic, client only), so they are
 *   not in this figure; their chunk is printed beside it.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const kb = (n: number) => (n / 1024).toFixed(1);

/** What the browser fetches for a page: its <script src> tags (minus the noModule polyfills modern browsers skip) and the script chunks it is told to preload. */
function firstLoad(html: string): { scripts: string[]; raw: number; gzipped: number } {
  const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0]);
  const scripts = [
    ...new Set(
      tags
        .filter((tag) => (tag.startsWith("<script") && !/noModule/i.test(tag)) || (/rel="preload"/.test(tag) && /as="script"/.test(tag)))
        .flatMap((tag) => tag.match(/(?:src|href)="\/_next\/(static\/[^"]+?\.js)"/)?.[1] ?? []),
    ),
  ];
  let raw = 0;
  let gzipped = 0;
  for (const script of scripts) {
    const bytes = readFileSync(path.join(".next", script));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { scripts, raw, gzipped };
}

function report(label: string, html: string, targetKb: number): boolean {
  const { scripts, raw, gzipped } = firstLoad(html);
  const met = gzipped <= targetKb * 1024;
  console.log(`first-load JS of ${label}: ${scripts.length} scripts, ${kb(raw)} KB raw, ${kb(gzipped)} KB gzipped (target ≤ ${targetKb} KB: ${met ? "met" : "MISSED"})`);
  return met;
}

/** The lazily loaded chart chunk: the built chunk that contains Chart.js (found by one of its option names, which minifying keeps). */
function chartChunk(): string {
  const dir = ".next/static/chunks";
  const files = readdirSync(dir).filter((f) => f.endsWith(".js"));
  const chunk = files.find((f) => readFileSync(path.join(dir, f), "utf8").includes("borderSkipped"));
  if (!chunk) return "chart chunk: not found";
  const bytes = readFileSync(path.join(dir, chunk));
  return `loaded after first paint: the chart chunk (Chart.js and the dashboard charts), ${kb(bytes.length)} KB raw, ${kb(gzipSync(bytes, { level: 9 }).length)} KB gzipped`;
}

async function dashboardHtml(): Promise<string> {
  const port = Number(process.env.FIRST_LOAD_PORT ?? 3302);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "triage-first-load-"));
  const server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/start.ts", "--skip-build"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${path.join(scratch, "bench.db")}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  try {
    for (let attempt = 0; attempt < 240; attempt++) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.ok) return await response.text();
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`the server on port ${port} did not answer / within 120 s`);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(scratch, { recursive: true, force: true });
  }
}

const slug = process.argv[2] ?? "cfs-cpu-throttling";
const runbookHtml = path.join(".next/server/app/runbooks", `${slug}.html`);
if (!existsSync(runbookHtml)) {
  console.error(`first-load-js: ${runbookHtml} not found; run \`npm run build\` first.`);
  process.exit(1);
}
const runbookOk = report(`/runbooks/${slug}`, readFileSync(runbookHtml, "utf8"), 150);
const dashboardOk = report("/ (dashboard)", await dashboardHtml(), 200);
console.log(chartChunk());
process.exit(runbookOk && dashboardOk ? 0 : 1);
