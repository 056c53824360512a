import { checkRunbooks, formatProblem, type ContentProblem } from "./check-runbooks";
import type { RunbookFrontmatter } from "./frontmatter-schema";
import type { CalculatorId } from "./taxonomy";

/**
 * The validated runbooks, read once per process. Content is fixed at build
 * time (content:check runs before next build), so a problem here means the
 * files changed under a running server: fail loudly rather than serve half.
 */

export interface RunbookMeta extends RunbookFrontmatter {
  slug: string;
  file: string;
}

export interface RunbookEntry {
  meta: RunbookMeta;
  body: string;
  bodyStartLine: number;
}

/** The runbook files do not pass content:check (a draft from `triage new-runbook` not yet filled in, say). */
export class InvalidRunbookContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Invalid runbook content:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "InvalidRunbookContentError";
  }
}

let cache: Map<string, RunbookEntry> | undefined;

function load(): Map<string, RunbookEntry> {
  const { runbooks, problems } = checkRunbooks();
  if (problems.length) throw new InvalidRunbookContentError(problems);
  const entries = runbooks
    .map(({ source, frontmatter }) => ({ meta: { ...frontmatter, slug: source.slug, file: source.file }, body: source.body, bodyStartLine: source.bodyStartLine }))
    .sort((a, b) => a.meta.title.localeCompare(b.meta.title));
  return new Map(entries.map((e) => [e.meta.slug, e]));
}

function index(): Map<string, RunbookEntry> {
  cache ??= load();
  return cache;
}

export function listRunbooks(): RunbookMeta[] {
  return [...index().values()].map((e) => e.meta);
}

export function getRunbookEntry(slug: string): RunbookEntry | undefined {
  return index().get(slug);
}

export function runbookExists(slug: string): boolean {
  return index().has(slug);
}

export function findRunbookByAlert(alertname: string): RunbookMeta | undefined {
  return listRunbooks().find((r) => r.alerts.includes(alertname));
}

/**
 * What `/runbooks/alerts/<name>` opens: the runbook listing that exact name,
 * else one listing it in another case. kubernetes-mixin (and so
 * kube-prometheus) lower-cases the alert name in `runbookURLPattern`, so a
 * pattern pointed here yields `/runbooks/alerts/kubepodcrashlooping`.
 */
export function findRunbookForAlertPage(name: string): RunbookMeta | undefined {
  const lower = name.toLowerCase();
  return findRunbookByAlert(name) ?? listRunbooks().find((r) => r.alerts.some((a) => a.toLowerCase() === lower));
}

export function listRunbooksUsingCalculator(id: CalculatorId): RunbookMeta[] {
  return listRunbooks().filter((r) => r.calculators.includes(id));
}
