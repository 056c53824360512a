/**
 * A synthetic runbook library: copies of the real runbooks under new slugs (so
 * the MDX, frontmatter and list entries are realistic), valid as a set. Used by
 * bench:content (compile time at 1,000) and by the e2e list-size check.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listRunbookFiles } from "@/lib/runbooks/read-runbook-files";

/** `from`: the real library (not DEFAULT_CONTENT_DIR, which TRIAGE_CONTENT_DIR may point at the synthetic one). */
export function writeSyntheticLibrary(dir: string, count: number, from = path.resolve(process.cwd(), "content/runbooks")): void {
  const templates = listRunbookFiles(from).map((file) => ({ slug: path.basename(file, ".mdx"), text: readFileSync(file, "utf8") }));
  for (let i = 0; i < count; i++) {
    const { slug, text } = templates[i % templates.length];
    // Alerts must stay unique and related slugs must resolve inside the synthetic set.
    // Upstream alerts are dropped; alerts the runbook ships in a rules block keep
    // their rule (so the copy is validated like the original) under a per-copy
    // name, with runbook_url pointing at the copy.
    const shipped = [...text.matchAll(/^\s*- alert: (\w+)$/gm)].map((m) => m[1]);
    let copy = text
      .replace(/^alerts:.*$/m, `alerts: [${shipped.map((a) => `${a}Copy${i}`).join(", ")}]`)
      .replace(/^related:.*$/m, "related: []")
      .replaceAll(`/runbooks/${slug}\n`, `/runbooks/${slug}-${i}\n`);
    for (const alert of shipped) copy = copy.replace(new RegExp(`^(\\s*- alert: )${alert}$`, "m"), `$1${alert}Copy${i}`);
    const folder = path.join(dir, `area-${i % 10}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${slug}-${i}.mdx`), copy);
  }
}
