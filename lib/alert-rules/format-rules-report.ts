import type { RuleCheck, RulesCheckReport } from "./check-alert-rules";
import type { RuleFileProblem } from "./read-rule-file";

/**
 * The three outputs of `triage check-rules`: text for people, JSON for
 * scripts, and GitHub Actions workflow commands (`::error file=…,line=…::`)
 * that show as annotations on the rule's line in a pull request. Pure.
 */

export const RULES_REPORT_FORMATS = ["text", "json", "github"] as const;
export type RulesReportFormat = (typeof RULES_REPORT_FORMATS)[number];

/** The line to fix: the runbook_url when there is one, else the rule's `alert:`. */
export const lineOfCheck = (check: RuleCheck) => check.rule.runbookUrlLine ?? check.rule.line;

function suggestionLines(check: RuleCheck): string[] {
  if (check.newRunbook) return [`no runbook found — write one: triage new-runbook ${check.newRunbook}`];
  return check.suggestions.map((s) =>
    s.reason === "lists-alert" ? `set runbook_url to ${s.url} ("${s.title}" lists ${check.rule.alert})` : `maybe ${s.url} ("${s.title}")`,
  );
}

export function summaryLine(report: RulesCheckReport): string {
  const { files, alerts, withRunbook, withoutRunbook, listedByRunbook, suggested, nothingToSuggest } = report.summary;
  const n = (value: number) => value.toLocaleString("en");
  const plural = (value: number, word: string) => `${n(value)} ${word}${value === 1 ? "" : "s"}`;
  const head = `${plural(alerts, "alerting rule")} checked in ${plural(files, "file")}: ${n(withRunbook)} with a working runbook, ${n(withoutRunbook)} without`;
  if (withoutRunbook === 0) return `${head}.`;
  const parts = [
    [listedByRunbook, `${n(listedByRunbook)} listed by a runbook: fix the runbook_url`],
    [suggested, `${n(suggested)} with suggested runbooks`],
    [nothingToSuggest, `${n(nothingToSuggest)} with no runbook found: write one`],
  ] as const;
  return `${head} (${parts.filter(([count]) => count > 0).map(([, text]) => text).join("; ")}).`;
}

export function formatText(report: RulesCheckReport, inputProblems: RuleFileProblem[]): string {
  const lines: string[] = [];
  for (const p of inputProblems) lines.push(`${p.file}:${p.line}: ${p.message}`);
  for (const check of report.checks) {
    if (check.ok || !check.problem) continue;
    lines.push(`${check.rule.file}:${lineOfCheck(check)}: ${check.rule.alert}: ${check.problem.message}`);
    for (const s of suggestionLines(check)) lines.push(`    ${s}`);
  }
  lines.push(summaryLine(report));
  return `${lines.join("\n")}\n`;
}

export function formatJson(report: RulesCheckReport, inputProblems: RuleFileProblem[]): string {
  const body = {
    baseUrl: report.baseUrl,
    summary: report.summary,
    invalidFiles: inputProblems,
    alerts: report.checks.map((c) => ({
      file: c.rule.file,
      line: lineOfCheck(c),
      alert: c.rule.alert,
      group: c.rule.group,
      resource: c.rule.resource,
      severity: c.rule.labels.severity ?? null,
      runbookUrl: c.rule.annotations.runbook_url ?? null,
      ok: c.ok,
      runbook: c.runbook,
      problem: c.problem,
      suggestions: c.suggestions,
      newRunbook: c.newRunbook,
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Workflow command escaping (as @actions/core does): data escapes % CR LF; properties also : and ,. */
export const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

function command(kind: "error" | "notice", props: Record<string, string | number>, message: string): string {
  const list = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  return `::${kind}${list ? ` ${list}` : ""}::${escapeData(message)}`;
}

export function formatGithub(report: RulesCheckReport, inputProblems: RuleFileProblem[]): string {
  const lines: string[] = [];
  for (const p of inputProblems) lines.push(command("error", { file: p.file, line: p.line, title: "Not a valid rule file" }, p.message));
  for (const check of report.checks) {
    if (check.ok || !check.problem) continue;
    const message = [check.problem.message, ...suggestionLines(check)].join("\n");
    lines.push(command("error", { file: check.rule.file, line: lineOfCheck(check), title: `${check.rule.alert}: no working runbook` }, message));
  }
  lines.push(command("notice", { title: "triage check-rules" }, summaryLine(report)));
  return `${lines.join("\n")}\n`;
}

export function formatRulesReport(format: RulesReportFormat, report: RulesCheckReport, inputProblems: RuleFileProblem[]): string {
  if (format === "json") return formatJson(report, inputProblems);
  if (format === "github") return formatGithub(report, inputProblems);
  return formatText(report, inputProblems);
}
