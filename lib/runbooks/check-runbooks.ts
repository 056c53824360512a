import path from "node:path";
import { runbookFrontmatterSchema, slugPattern, type RunbookFrontmatter } from "./frontmatter-schema";
import { reservedSlugProblem } from "./reserved-slugs";
import { FrontmatterSyntaxError, lineOfField, listRunbookFiles, readRunbookSource, type RunbookSource } from "./read-runbook-files";
import { checkRulesBlock, isRulesBlock } from "./check-rules-block";
import { findProseInShell, SHELL_LANGS, type ProseInShell } from "./check-shell-blocks";
import { checkSymptoms } from "./check-symptoms";
import { scanBody } from "./scan-body";
import { findDraftMarkers } from "./draft-markers";
import { checkSections, findHeadings } from "./sections";
import { upstreamAlertSource } from "./upstream-alerts";

/** Validation of the runbook files: every problem, each with the file, line and field it concerns. */

export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export interface ValidRunbook {
  source: RunbookSource;
  frontmatter: RunbookFrontmatter;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`;
}

function proseMessage({ kind, text }: ProseInShell, lang: string): string {
  const where = `inside a ${lang} block breaks it when pasted whole`;
  if (kind === "connector") return `"${text}" between alternatives ${where}; put each alternative in its own block`;
  if (kind === "prompt") return `the shell prompt of "${text}" ${where}; drop the prompt, or make the transcript a console block`;
  return `"${text}" is not a shell command: prose or output ${where}; move it out of the block`;
}

/** Validates one file on its own (frontmatter and sections). */
export function checkRunbookFile(absPath: string): { runbook?: ValidRunbook; problems: ContentProblem[] } {
  let source: RunbookSource;
  try {
    source = readRunbookSource(absPath);
  } catch (error) {
    const file = path.relative(process.cwd(), absPath);
    if (error instanceof FrontmatterSyntaxError) return { problems: [{ file, line: error.line, field: "frontmatter", message: error.message }] };
    throw error;
  }
  const problems: ContentProblem[] = [];
  const at = (line: number, field: string, message: string) => problems.push({ file: source.file, line, field, message });

  if (!slugPattern.test(source.slug)) {
    at(1, "slug", `file name "${source.slug}.mdx" must be a lower-case kebab-case slug, e.g. pod-pending.mdx`);
  }
  const reserved = reservedSlugProblem(source.slug);
  if (reserved) at(1, "slug", `${reserved}: rename ${source.slug}.mdx`);
  if (Object.keys(source.data).length === 0) at(1, "frontmatter", "missing frontmatter (a --- block with title, summary, symptoms, tags, updated)");

  const parsed = runbookFrontmatterSchema.safeParse(source.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.code === "unrecognized_keys" ? issue.keys[0] : String(issue.path[0] ?? "frontmatter");
      const field = issue.path.length ? issue.path.join(".") : key;
      const message = issue.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : issue.message;
      at(lineOfField(source.raw, key), field, message);
    }
  }
  if (!parsed.success || parsed.data.kind === "runbook") {
    for (const p of checkSections(findHeadings(source.body, source.bodyStartLine), source.bodyStartLine)) at(p.line, "sections", p.message);
  }
  for (const marker of findDraftMarkers(source.raw)) at(marker.line, "draft", `placeholder left from a generated draft: ${marker.text.slice(0, 120)}`);
  const body = scanBody(source.body, source.bodyStartLine);
  for (const block of body.blocks.filter((b) => SHELL_LANGS.has(b.lang))) {
    for (const line of findProseInShell(block)) at(block.line + 1 + line.index, "code", proseMessage(line, block.lang));
  }
  if (parsed.success) {
    for (const p of checkSymptoms(parsed.data, source.raw, body)) at(p.line, p.field, p.message);
    const shipped = new Set<string>();
    for (const block of body.blocks.filter(isRulesBlock)) {
      const result = checkRulesBlock(block, source.slug, parsed.data.alerts);
      for (const p of result.problems) at(p.line, "rules", p.message);
      for (const alert of result.alerts) shipped.add(alert.name);
    }
    for (const alert of parsed.data.alerts) {
      if (!upstreamAlertSource(alert) && !shipped.has(alert)) {
        at(lineOfField(source.raw, "alerts"), "alerts", `"${alert}" is neither an upstream alert (lib/runbooks/upstream-alerts.ts) nor shipped by this runbook in a "yaml rules" code block`);
      }
    }
  }
  return { runbook: parsed.success ? { source, frontmatter: parsed.data } : undefined, problems };
}

/** Checks that need every file: unique slugs, alerts claimed once, related slugs that exist. */
export function checkAcrossRunbooks(runbooks: ValidRunbook[], allSlugs: Map<string, string[]>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [slug, files] of allSlugs) {
    if (files.length > 1) {
      for (const file of files) problems.push({ file, line: 1, field: "slug", message: `duplicate slug "${slug}" (also ${files.filter((f) => f !== file).join(", ")})` });
    }
  }
  const alertOwners = new Map<string, ValidRunbook[]>();
  for (const runbook of runbooks) {
    for (const alert of runbook.frontmatter.alerts) alertOwners.set(alert, [...(alertOwners.get(alert) ?? []), runbook]);
  }
  for (const [alert, owners] of alertOwners) {
    if (owners.length < 2) continue;
    for (const owner of owners) {
      const others = owners.filter((o) => o !== owner).map((o) => o.source.file);
      problems.push({ file: owner.source.file, line: lineOfField(owner.source.raw, "alerts"), field: "alerts", message: `alert "${alert}" is also claimed by ${others.join(", ")}; an alert belongs to one runbook` });
    }
  }
  for (const runbook of runbooks) {
    for (const slug of runbook.frontmatter.related) {
      if (!allSlugs.has(slug)) problems.push({ file: runbook.source.file, line: lineOfField(runbook.source.raw, "related"), field: "related", message: `no runbook has the slug "${slug}"` });
      if (slug === runbook.source.slug) problems.push({ file: runbook.source.file, line: lineOfField(runbook.source.raw, "related"), field: "related", message: "a runbook cannot list itself as related" });
    }
  }
  return problems;
}

export interface CheckResult {
  runbooks: ValidRunbook[];
  problems: ContentProblem[];
}

/** Validates every runbook under `dir` (frontmatter, sections, cross-file rules). Compiling MDX is separate (compile-runbooks.ts). */
export function checkRunbooks(dir?: string): CheckResult {
  const files = listRunbookFiles(dir);
  const runbooks: ValidRunbook[] = [];
  const problems: ContentProblem[] = [];
  const allSlugs = new Map<string, string[]>();
  for (const absPath of files) {
    const slug = path.basename(absPath, ".mdx");
    allSlugs.set(slug, [...(allSlugs.get(slug) ?? []), path.relative(process.cwd(), absPath)]);
    const result = checkRunbookFile(absPath);
    problems.push(...result.problems);
    if (result.runbook) runbooks.push(result.runbook);
  }
  problems.push(...checkAcrossRunbooks(runbooks, allSlugs));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { runbooks, problems };
}
