import { readFileSync } from "node:fs";
import { checkAlertRules, type RunbookCatalogue } from "@/lib/alert-rules/check-alert-rules";
import { formatRulesReport, RULES_REPORT_FORMATS, type RulesReportFormat } from "@/lib/alert-rules/format-rules-report";
import { localRunbookCatalogue } from "@/lib/alert-rules/local-runbook-catalogue";
import { readRuleFile, type AlertRule, type RuleFileProblem } from "@/lib/alert-rules/read-rule-file";
import { RemoteCatalogueError, remoteRunbookCatalogue } from "@/lib/alert-rules/remote-runbook-catalogue";
import { parseBaseUrl } from "@/lib/alert-rules/runbook-link";
import { collectFiles, displayPath } from "@/lib/cli/collect-files";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CommandSpec, type ParsedCommandLine } from "@/lib/cli/parse-command-line";
import type { CliIo } from "./io";

export const checkRulesSpec: CommandSpec = {
  name: "check-rules",
  summary: "Check that every alerting rule (Prometheus rule files, PrometheusRule resources) links a runbook here; suggest runbooks where not.",
  args: "<files or folders>…",
  minArgs: 1,
  options: {
    "base-url": { type: "string", value: "<url>", description: "The URL people open Triage at (default: --url, else $TRIAGE_PUBLIC_URL)." },
    url: { type: "string", value: "<url>", description: "Check against a running Triage through its API instead of ./content/runbooks." },
    token: { type: "string", value: "<token>", description: "API token for --url (default: $TRIAGE_TOKEN)." },
    format: { type: "string", value: "<format>", choices: RULES_REPORT_FORMATS, description: "text (default), json, or github (GitHub Actions annotations)." },
  },
  details: [
    "A runbook_url passes when it is <base-url>/runbooks/<slug> and the runbook exists, or",
    "<base-url>/runbooks/alerts/<AlertName> and a runbook lists that alert. Folders are searched for .yaml/.yml files;",
    "documents that are not rule files (a Deployment next to the rules) are skipped.",
    "",
    "Exit codes: 0 every alert has a working runbook, 1 some do not, 2 bad usage or a file that is not valid YAML or rules.",
    "",
    "Example: triage check-rules manifests/ --base-url https://triage.example.com --format github",
  ],
};

export async function checkRules({ values, positionals }: ParsedCommandLine, io: CliIo): Promise<number> {
  const format = (values.format as RulesReportFormat | undefined) ?? "text";
  const serverUrl = values.url as string | undefined;
  if (values.token !== undefined && serverUrl === undefined) {
    // It was ignored: without --url the check reads this checkout's runbooks and sends nothing anywhere.
    throw new UsageError("--token is sent to the server --url names; without --url the check reads content/runbooks here and needs no token");
  }
  if (serverUrl !== undefined && !parseBaseUrl(serverUrl)) throw new UsageError(`--url must be an http(s) URL like http://localhost:3000, got "${serverUrl}"`);
  const baseValue = (values["base-url"] as string | undefined) ?? serverUrl ?? io.env.TRIAGE_PUBLIC_URL;
  if (!baseValue) throw new UsageError("--base-url is required (the URL your runbook_url annotations should start with, e.g. https://triage.example.com)");
  const base = parseBaseUrl(baseValue);
  if (!base) throw new UsageError(`--base-url must be an http(s) URL without query or fragment, like https://triage.example.com, got "${baseValue}"`);

  const files = collectFiles(positionals, io.cwd, [".yaml", ".yml"]);
  const rules: AlertRule[] = [];
  const inputProblems: RuleFileProblem[] = [];
  let recordingRules = 0;
  let otherDocuments = 0;
  for (const abs of files) {
    const file = displayPath(abs, io.cwd);
    let source: string;
    try {
      source = readFileSync(abs, "utf8");
    } catch (error) {
      throw new UsageError(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`);
    }
    const read = readRuleFile(file, source);
    rules.push(...read.rules);
    inputProblems.push(...read.problems);
    recordingRules += read.recordingRules;
    otherDocuments += read.otherDocuments;
  }
  if (rules.length === 0 && inputProblems.length === 0) {
    // A pass that checked nothing (a folder of Deployments, a wrong path) would read as "all linked".
    io.stderr(
      `triage check-rules: no alerting rules found in ${files.length === 1 ? "1 file" : `${files.length} files`} (${recordingRules} recording rule${recordingRules === 1 ? "" : "s"}, ${otherDocuments} other document${otherDocuments === 1 ? "" : "s"}): nothing was checked\n`,
    );
  }

  let catalogue: RunbookCatalogue;
  try {
    catalogue = serverUrl ? await remoteRunbookCatalogue(serverUrl, (values.token as string | undefined) ?? io.env.TRIAGE_TOKEN) : localRunbookCatalogue();
  } catch (error) {
    if (error instanceof RemoteCatalogueError) throw new UsageError(error.message);
    throw error;
  }
  const report = await checkAlertRules({ rules, files: files.length, recordingRules }, base, catalogue);
  io.stdout(formatRulesReport(format, report, inputProblems));
  if (inputProblems.length) return EXIT_USAGE;
  return report.summary.withoutRunbook > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
