/**
 * Reports the first-load JavaScript of a statically generated runbook page:
 * every script the built HTML loads, gzipped, summed. Needs `next build` first.
 * Target: < 150 KB gzipped.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const slug = process.argv[2] ?? "cfs-cpu-throttling";
const html = path.join(".next/server/app/runbooks", `${slug}.html`);
if (!existsSync(html)) {
  console.error(`first-load-js: ${html} not found; run \`npm run build\` first.`);
  process.exit(1);
}
// What the browser fetches for the page: its <script src> tags (minus the noModule
// polyfills modern browsers skip) and the script chunks it is told to preload.
const page = readFileSync(html, "utf8");
const tags = [...page.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0]);
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
const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`first-load JS of /runbooks/${slug}: ${scripts.length} scripts, ${kb(raw)} KB raw, ${kb(gzipped)} KB gzipped (target < 150 KB: ${gzipped < 150 * 1024 ? "met" : "MISSED"})`);
