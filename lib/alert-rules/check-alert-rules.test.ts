import { describe, expect, it } from "vitest";
import { checkAlertRules, type RunbookCatalogue } from "./check-alert-rules";
import { formatGithub, formatJson, formatText, escapeData, escapeProperty } from "./format-rules-report";
import type { AlertRule } from "./read-rule-file";
import { parseBaseUrl } from "./runbook-link";

const base = parseBaseUrl("https://triage.example.com")!;

/** Scores the search gives its answers, best first: over the suggestion floor (lib/search/suggestion-floor.ts). */
const STRONG = [30, 29, 28, 27];

/** A catalogue of three runbooks; search answers from a table (with the scores given, else STRONG) and records what it was asked. */
function fakeCatalogue(searchAnswers: Record<string, string[]>, scores: number[] = STRONG): RunbookCatalogue & { queries: string[] } {
  const runbooks = { "pod-crashloopbackoff": "Pod in CrashLoopBackOff", "cfs-cpu-throttling": "Container CPU throttling under a CFS limit", "oom-killer": "OOM killer" } as Record<string, string>;
  const owners: Record<string, string> = { KubePodCrashLooping: "pod-crashloopbackoff", CPUThrottlingHigh: "cfs-cpu-throttling" };
  const queries: string[] = [];
  return {
    queries,
    runbook: (slug) => (runbooks[slug] ? { slug, title: runbooks[slug] } : undefined),
    runbookForAlert: (alert) => (owners[alert] ? { slug: owners[alert], title: runbooks[owners[alert]] } : undefined),
    runbookForAlertPage: (name) => {
      const alert = Object.keys(owners).find((a) => a.toLowerCase() === name.toLowerCase());
      return alert ? { slug: owners[alert], title: runbooks[owners[alert]] } : undefined;
    },
    search: async (text, limit) => {
      queries.push(text);
      const key = Object.keys(searchAnswers).find((k) => text.includes(k));
      return (key ? searchAnswers[key] : []).slice(0, limit).map((slug, i) => ({ slug, title: runbooks[slug], score: scores[i] }));
    },
  };
}

const rule = (alert: string, runbookUrl: string | undefined, extra: Partial<AlertRule> = {}): AlertRule => ({
  file: "rules.yaml",
  line: 10,
  alert,
  group: "g",
  resource: null,
  expr: "up == 0",
  for: "5m",
  labels: { severity: "warning" },
  annotations: { summary: `${alert} summary`, ...(runbookUrl ? { runbook_url: runbookUrl } : {}) },
  runbookUrlLine: runbookUrl ? 14 : null,
  ...extra,
});

describe("checkAlertRules", () => {
  it("passes /runbooks/<existing slug> and /runbooks/alerts/<listed alert>; fails every other case with its code", async () => {
    const catalogue = fakeCatalogue({});
    const report = await checkAlertRules(
      {
        files: 1,
        recordingRules: 0,
        rules: [
          rule("KubePodCrashLooping", "https://triage.example.com/runbooks/alerts/KubePodCrashLooping"),
          // kubernetes-mixin's runbookURLPattern lower-cases the name; the alert page resolves it.
          rule("CPUThrottlingHigh", "https://triage.example.com/runbooks/alerts/cputhrottlinghigh"),
          rule("CPUThrottlingHigh", "https://triage.example.com/runbooks/cfs-cpu-throttling"),
          rule("A", undefined),
          rule("B", "https://runbooks.prometheus-operator.dev/runbooks/general/targetdown"),
          rule("C", "https://triage.example.com/incidents/4"),
          rule("D", "https://triage.example.com/runbooks/no-such-runbook"),
          rule("E", "https://triage.example.com/runbooks/alerts/E"),
        ],
      },
      base,
      catalogue,
    );
    expect(report.checks.map((c) => [c.rule.alert, c.ok, c.problem?.code ?? null, c.runbook?.slug ?? null])).toEqual([
      ["KubePodCrashLooping", true, null, "pod-crashloopbackoff"],
      ["CPUThrottlingHigh", true, null, "cfs-cpu-throttling"],
      ["CPUThrottlingHigh", true, null, "cfs-cpu-throttling"],
      ["A", false, "missing-runbook-url", null],
      ["B", false, "foreign-runbook-url", null],
      ["C", false, "not-a-runbook-url", null],
      ["D", false, "unknown-runbook", null],
      ["E", false, "alert-not-listed", null],
    ]);
    expect(report.summary).toEqual({ files: 1, alerts: 8, withRunbook: 3, withoutRunbook: 5, listedByRunbook: 0, suggested: 0, nothingToSuggest: 5, recordingRules: 0 });
    // Working rules are not searched for.
    expect(catalogue.queries).toHaveLength(5);
  });

  it("fills in the templates Prometheus fills from the rule alone (checked as written, {{ $labels.alertname }} failed)", async () => {
    const catalogue = fakeCatalogue({});
    const report = await checkAlertRules(
      {
        files: 1,
        recordingRules: 0,
        rules: [
          rule("KubePodCrashLooping", "https://triage.example.com/runbooks/alerts/{{ $labels.alertname }}"),
          rule("CPUThrottlingHigh", "https://triage.example.com/runbooks/alerts/{{ .Labels.alertname | toLower }}"),
          rule("KubePodCrashLooping", "https://triage.example.com/runbooks/{{$labels.runbook}}", { labels: { runbook: "pod-crashloopbackoff" } }),
          rule("KubePodCrashLooping", "https://triage.example.com/runbooks/alerts/{{ $labels.alertname }}?ns={{ $labels.namespace }}"),
          rule("KubePodCrashLooping", "https://triage.example.com/runbooks/{{ $value }}"),
        ],
      },
      base,
      catalogue,
    );
    expect(report.checks.map((c) => [c.ok, c.problem?.code ?? null, c.runbook?.slug ?? null])).toEqual([
      [true, null, "pod-crashloopbackoff"],
      [true, null, "cfs-cpu-throttling"],
      [true, null, "pod-crashloopbackoff"],
      [false, "templated-runbook-url", null],
      [false, "templated-runbook-url", null],
    ]);
    expect(report.checks[3].problem?.message).toBe(
      "runbook_url https://triage.example.com/runbooks/alerts/KubePodCrashLooping?ns={{ $labels.namespace }} depends on {{ $labels.namespace }}, which only the firing alert knows: link a runbook by its slug or by the alert name",
    );
  });

  it("suggests the runbook that lists the alert first, then search results without repeating it, at most three", async () => {
    const catalogue = fakeCatalogue({ "CPU throttling": ["cfs-cpu-throttling", "oom-killer", "pod-crashloopbackoff"] });
    const report = await checkAlertRules(
      {
        files: 1,
        recordingRules: 0,
        rules: [
          rule("CPUThrottlingHigh", "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/cputhrottlinghigh", {
            annotations: { summary: "Processes experience elevated CPU throttling.", runbook_url: "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/cputhrottlinghigh" },
          }),
          rule("ContainerThrottled", undefined, { annotations: { summary: "CPU throttling of {{ $labels.container }}" } }),
        ],
      },
      base,
      catalogue,
    );
    const [owned, searched] = report.checks;
    expect(owned.suggestions.map((s) => [s.slug, s.reason, s.url])).toEqual([
      ["cfs-cpu-throttling", "lists-alert", "https://triage.example.com/runbooks/alerts/CPUThrottlingHigh"],
      ["oom-killer", "search", "https://triage.example.com/runbooks/oom-killer"],
      ["pod-crashloopbackoff", "search", "https://triage.example.com/runbooks/pod-crashloopbackoff"],
    ]);
    expect(searched.suggestions.map((s) => s.slug)).toEqual(["cfs-cpu-throttling", "oom-killer", "pod-crashloopbackoff"]);
    expect(catalogue.queries[1]).toBe("CPU throttling of container throttled");
    expect(report.summary).toMatchObject({ withoutRunbook: 2, listedByRunbook: 1, suggested: 1, nothingToSuggest: 0 });
  });

  it.each([
    // [search scores of its three answers, the slugs suggested]
    [[30, 29, 28], ["cfs-cpu-throttling", "oom-killer", "pod-crashloopbackoff"]],
    [[30, 19.9, 12], ["cfs-cpu-throttling"]],
    // Near-exact matches are read above their tier: a strong one passes, a weak one does not.
    [[1045.6, 1008.2, 25], ["cfs-cpu-throttling", "pod-crashloopbackoff"]],
    [[1011.3, 19.9, 8], []],
  ])("suggests only search results over the floor: scores %j → %j", async (scores, expected) => {
    const catalogue = fakeCatalogue({ throttled: ["cfs-cpu-throttling", "oom-killer", "pod-crashloopbackoff"] }, scores);
    const report = await checkAlertRules({ files: 1, recordingRules: 0, rules: [rule("ContainerThrottled", undefined, { annotations: { summary: "throttled" } })] }, base, catalogue);
    const [check] = report.checks;
    expect(check.suggestions.map((s) => s.slug)).toEqual(expected);
    expect(check.newRunbook).toBe(expected.length ? null : "container-throttled");
    expect(report.summary).toMatchObject(expected.length ? { suggested: 1, nothingToSuggest: 0 } : { suggested: 0, nothingToSuggest: 1 });
  });

  it("with nothing to suggest, names a runbook to write: the alert name in kebab case, not a slug the library has", async () => {
    const report = await checkAlertRules(
      {
        files: 1,
        recordingRules: 0,
        rules: [rule("NodeFilesystemAlmostOutOfSpace", undefined), rule("KubeAPIDown", undefined), rule("PodCrashloopbackoff", undefined), rule("KubePodCrashLooping", undefined)],
      },
      base,
      fakeCatalogue({}),
    );
    expect(report.checks.map((c) => c.newRunbook)).toEqual(["node-filesystem-almost-out-of-space", "kube-api-down", "pod-crashloopbackoff-2", null]);
  });
});

describe("report formats", () => {
  const reportOf = () =>
    checkAlertRules(
      {
        files: 2,
        recordingRules: 3,
        rules: [rule("KubePodCrashLooping", "https://x.example/a,b"), rule("CPUThrottlingHigh", "https://triage.example.com/runbooks/cfs-cpu-throttling"), rule("NodeBondingDegraded", undefined)],
      },
      base,
      fakeCatalogue({}),
    );
  const invalid = [{ file: "bad.yaml", line: 3, message: "not valid YAML: oops" }];

  it("text: file:line: alert: problem, the suggestions indented, a summary line", async () => {
    expect(formatText(await reportOf(), invalid)).toBe(
      [
        "bad.yaml:3: not valid YAML: oops",
        "rules.yaml:14: KubePodCrashLooping: runbook_url https://x.example/a,b is not a page of https://triage.example.com",
        '    set runbook_url to https://triage.example.com/runbooks/alerts/KubePodCrashLooping ("Pod in CrashLoopBackOff" lists KubePodCrashLooping)',
        "rules.yaml:10: NodeBondingDegraded: no runbook_url annotation",
        "    no runbook found — write one: triage new-runbook node-bonding-degraded",
        "3 alerting rules checked in 2 files: 1 with a working runbook, 2 without (1 listed by a runbook: fix the runbook_url; 1 with no runbook found: write one).",
        "",
      ].join("\n"),
    );
  });

  it("github: one ::error per rule at the runbook_url line, properties and data escaped, a ::notice summary", async () => {
    const lines = formatGithub(await reportOf(), invalid).trimEnd().split("\n");
    expect(lines).toEqual([
      "::error file=bad.yaml,line=3,title=Not a valid rule file::not valid YAML: oops",
      "::error file=rules.yaml,line=14,title=KubePodCrashLooping%3A no working runbook::runbook_url https://x.example/a,b is not a page of https://triage.example.com%0Aset runbook_url to https://triage.example.com/runbooks/alerts/KubePodCrashLooping (\"Pod in CrashLoopBackOff\" lists KubePodCrashLooping)",
      "::error file=rules.yaml,line=10,title=NodeBondingDegraded%3A no working runbook::no runbook_url annotation%0Ano runbook found — write one: triage new-runbook node-bonding-degraded",
      expect.stringMatching(/^::notice title=triage check-rules::3 alerting rules checked/),
    ]);
    expect(escapeData("50%\r\nok")).toBe("50%25%0D%0Aok");
    expect(escapeProperty("a:b,c")).toBe("a%3Ab%2Cc");
  });

  it("json: every rule with its verdict, and the invalid files", async () => {
    const body = JSON.parse(formatJson(await reportOf(), invalid));
    expect(body.summary).toMatchObject({ alerts: 3, withRunbook: 1, withoutRunbook: 2, nothingToSuggest: 1, recordingRules: 3 });
    expect(body.invalidFiles).toEqual(invalid);
    expect(body.alerts[1]).toMatchObject({ alert: "CPUThrottlingHigh", ok: true, runbook: { slug: "cfs-cpu-throttling" }, severity: "warning", line: 14 });
    expect(body.alerts[0]).toMatchObject({ ok: false, problem: { code: "foreign-runbook-url" }, suggestions: [{ reason: "lists-alert" }], newRunbook: null });
    expect(body.alerts[2]).toMatchObject({ ok: false, problem: { code: "missing-runbook-url" }, suggestions: [], newRunbook: "node-bonding-degraded" });
  });
});
