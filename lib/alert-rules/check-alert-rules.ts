import { newRunbookSlug } from "@/lib/runbooks/new-runbook-slug";
import { splitCamelCase } from "@/lib/runbooks/suggest-runbooks";
import { meetsSuggestionFloor } from "@/lib/search/suggestion-floor";
import type { AlertRule } from "./read-rule-file";
import { alertUrlFor, classifyRunbookUrl, fillRunbookUrl, runbookUrlFor, type BaseUrl } from "./runbook-link";
import { searchTextOfRule } from "./search-text";

/**
 * `triage check-rules`: does every alerting rule lead to a working runbook?
 * A rule passes when its `runbook_url` points at this Triage as
 * `/runbooks/<slug>` (the slug exists) or `/runbooks/alerts/<AlertName>` (a
 * runbook lists that alert). For every other rule: what is wrong, and the
 * runbooks to link — the one that already lists the alert first, then the
 * best matches of a search on its summary and description that clear the
 * suggestion floor (lib/search/suggestion-floor.ts) — or, when there is
 * none, the slug of a runbook to write.
 */

export interface CatalogueRunbook {
  slug: string;
  title: string;
}

/** The runbooks a check runs against: the local content folder, or a running server's API. */
export interface RunbookCatalogue {
  runbook(slug: string): CatalogueRunbook | undefined;
  /** The runbook listing exactly this alert name. */
  runbookForAlert(alert: string): CatalogueRunbook | undefined;
  /** What <base>/runbooks/alerts/<name> opens: the exact name, else the name in another case. */
  runbookForAlertPage(name: string): CatalogueRunbook | undefined;
  /** Runbooks best matching the text, best first, with the search's scores (the floor is applied here, not by the catalogue). */
  search(text: string, limit: number): Promise<(CatalogueRunbook & { score: number })[]>;
}

export type RuleProblemCode = "missing-runbook-url" | "templated-runbook-url" | "foreign-runbook-url" | "not-a-runbook-url" | "unknown-runbook" | "alert-not-listed";

export interface Suggestion extends CatalogueRunbook {
  /** What to put in runbook_url to link it. */
  url: string;
  /** "lists-alert": this runbook already lists the alert; "search": it matched the summary/description. */
  reason: "lists-alert" | "search";
  score: number | null;
}

export interface RuleCheck {
  rule: AlertRule;
  ok: boolean;
  /** The runbook the URL leads to, when it works. */
  runbook: CatalogueRunbook | null;
  problem: { code: RuleProblemCode; message: string } | null;
  suggestions: Suggestion[];
  /** With no suggestion: the slug to start one with (`triage new-runbook <slug>`), from the alert name. */
  newRunbook: string | null;
}

export interface RulesCheckSummary {
  files: number;
  alerts: number;
  withRunbook: number;
  withoutRunbook: number;
  /** Of those without a working runbook: a runbook lists the alert, only the runbook_url is wrong. */
  listedByRunbook: number;
  /** Of the others: the search suggested runbooks. */
  suggested: number;
  /** Nothing lists the alert and the search found nothing over the floor: write a runbook. */
  nothingToSuggest: number;
  recordingRules: number;
}

export interface RulesCheckReport {
  baseUrl: string;
  summary: RulesCheckSummary;
  checks: RuleCheck[];
}

export const SUGGESTION_LIMIT = 3;

function problemOf(rule: AlertRule, base: BaseUrl, catalogue: RunbookCatalogue): Pick<RuleCheck, "runbook" | "problem"> {
  const link = classifyRunbookUrl(fillRunbookUrl(rule.annotations.runbook_url, rule.alert, rule.labels), base);
  switch (link.kind) {
    case "missing":
      return { runbook: null, problem: { code: "missing-runbook-url", message: "no runbook_url annotation" } };
    case "template":
      return {
        runbook: null,
        problem: { code: "templated-runbook-url", message: `runbook_url ${link.url} depends on ${link.expression}, which only the firing alert knows: link a runbook by its slug or by the alert name` },
      };
    case "foreign":
      return { runbook: null, problem: { code: "foreign-runbook-url", message: `runbook_url ${link.url} is not a page of ${base.href}` } };
    case "other-page":
      return {
        runbook: null,
        problem: { code: "not-a-runbook-url", message: `runbook_url ${link.url} is not ${base.href}/runbooks/<slug> or ${base.href}/runbooks/alerts/<AlertName>` },
      };
    case "slug": {
      const runbook = catalogue.runbook(link.slug);
      return runbook ? { runbook, problem: null } : { runbook: null, problem: { code: "unknown-runbook", message: `runbook_url ${link.url}: there is no runbook "${link.slug}"` } };
    }
    case "alert": {
      const runbook = catalogue.runbookForAlertPage(link.alert);
      // The mixins lower-case the name in the URL: say it as the rule spells it.
      const name = link.alert.toLowerCase() === rule.alert.toLowerCase() ? rule.alert : link.alert;
      return runbook ? { runbook, problem: null } : { runbook: null, problem: { code: "alert-not-listed", message: `runbook_url ${link.url}: no runbook lists the alert ${name}` } };
    }
  }
}

export async function checkAlertRule(rule: AlertRule, base: BaseUrl, catalogue: RunbookCatalogue, limit = SUGGESTION_LIMIT): Promise<RuleCheck> {
  const { runbook, problem } = problemOf(rule, base, catalogue);
  if (!problem) return { rule, ok: true, runbook, problem: null, suggestions: [], newRunbook: null };
  const suggestions: Suggestion[] = [];
  const owner = catalogue.runbookForAlert(rule.alert);
  if (owner) suggestions.push({ ...owner, url: alertUrlFor(base, rule.alert), reason: "lists-alert", score: null });
  const query = searchTextOfRule(rule);
  if (query) {
    for (const found of await catalogue.search(query, limit + 1)) {
      if (suggestions.length >= limit) break;
      if (suggestions.some((s) => s.slug === found.slug) || !meetsSuggestionFloor(found.score)) continue;
      suggestions.push({ slug: found.slug, title: found.title, url: runbookUrlFor(base, found.slug), reason: "search", score: found.score });
    }
  }
  const newRunbook = suggestions.length === 0 ? newRunbookSlug(splitCamelCase(rule.alert), "alert-runbook", (slug) => catalogue.runbook(slug) !== undefined) : null;
  return { rule, ok: false, runbook: null, problem, suggestions, newRunbook };
}

export async function checkAlertRules(
  input: { rules: AlertRule[]; files: number; recordingRules: number },
  base: BaseUrl,
  catalogue: RunbookCatalogue,
  limit = SUGGESTION_LIMIT,
): Promise<RulesCheckReport> {
  const checks: RuleCheck[] = [];
  for (const rule of input.rules) checks.push(await checkAlertRule(rule, base, catalogue, limit));
  const failing = checks.filter((c) => !c.ok);
  return {
    baseUrl: base.href,
    summary: {
      files: input.files,
      alerts: checks.length,
      withRunbook: checks.length - failing.length,
      withoutRunbook: failing.length,
      listedByRunbook: failing.filter((c) => c.suggestions[0]?.reason === "lists-alert").length,
      suggested: failing.filter((c) => c.suggestions.length > 0 && c.suggestions[0].reason === "search").length,
      nothingToSuggest: failing.filter((c) => c.suggestions.length === 0).length,
      recordingRules: input.recordingRules,
    },
    checks,
  };
}
