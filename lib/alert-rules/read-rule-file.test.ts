import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readRuleFile } from "./read-rule-file";

const fixture = (name: string) => readFileSync(`tests/fixtures/rules/${name}`, "utf8");

describe("readRuleFile", () => {
  it("reads a kube-prometheus PrometheusRule: every alerting rule with its line, group, for, labels and annotations; recording rules counted", () => {
    const file = "kubernetesControlPlane-prometheusRule.yaml";
    const source = fixture(`kube-prometheus/${file}`);
    const result = readRuleFile(file, source);
    expect(result.problems).toEqual([]);
    expect(result.rules).toHaveLength(56);
    expect(result.recordingRules).toBe(2);
    const lines = source.split("\n");
    for (const rule of result.rules) {
      expect(lines[rule.line - 1]).toContain(`- alert: ${rule.alert}`);
      expect(lines[(rule.runbookUrlLine ?? 0) - 1]).toContain(`runbook_url: https://runbooks.prometheus-operator.dev/runbooks/kubernetes/${rule.alert.toLowerCase()}`);
    }
    const crashLooping = result.rules.find((r) => r.alert === "KubePodCrashLooping");
    expect(crashLooping).toMatchObject({
      group: "kubernetes-apps",
      resource: "kubernetes-monitoring-rules",
      for: "15m",
      labels: { severity: "warning" },
      annotations: { summary: "Pod is crash looping." },
    });
    expect(crashLooping?.expr).toContain('kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff", job="kube-state-metrics"}');
    expect(result.rules.filter((r) => r.alert === "KubeAPIErrorBudgetBurn").map((r) => r.labels.long)).toEqual(["1h", "6h", "1d", "3d"]);
    expect(result.rules.find((r) => r.alert === "KubeJobNotCompleted")?.for).toBeNull();
  });

  it("reads several documents of one file with lines counted across them, and skips documents that are not rules", () => {
    const source = fixture("team/platform-rules.yaml");
    const result = readRuleFile("platform-rules.yaml", source);
    expect(result.problems).toEqual([]);
    expect(result.otherDocuments).toBe(1);
    expect(result.rules.map((r) => [r.alert, r.resource])).toEqual([
      ["KubePodCrashLooping", "platform-kubernetes-apps"],
      ["KubeJobFailed", "platform-kubernetes-apps"],
      ["CPUThrottlingHigh", "platform-kubernetes-apps"],
      ["NodeFilesystemAlmostOutOfSpace", "platform-node"],
      ["NodeClockNotSynchronising", "platform-node"],
      ["NodeMemoryHighUtilization", "platform-node"],
    ]);
    const lines = source.split("\n");
    for (const rule of result.rules) expect(lines[rule.line - 1]).toContain(`- alert: ${rule.alert}`);
    expect(result.rules.find((r) => r.alert === "NodeFilesystemAlmostOutOfSpace")?.runbookUrlLine).toBeNull();
  });

  it("reads a plain rule file (groups: at the top)", () => {
    const result = readRuleFile("node-mixin-rules.yml", fixture("team/node-mixin-rules.yml"));
    expect(result.rules.map((r) => r.alert)).toEqual(["NodeClockSkewDetected", "NodeRAIDDegraded", "NodeHighNumberConntrackEntriesUsed"]);
    expect(result.rules.every((r) => r.resource === null && r.group === "node-exporter")).toBe(true);
    expect(result.recordingRules).toBe(1);
  });

  it("reports YAML syntax errors at their line", () => {
    const result = readRuleFile("broken.yaml", fixture("invalid/broken-indent.yaml"));
    expect(result.problems).toEqual([{ file: "broken.yaml", line: 7, message: expect.stringMatching(/^not valid YAML: /) }]);
  });

  it.each([
    ["groups: {a: 1}\n", 1, "`groups` must be a list of rule groups"],
    ["groups:\n- just-a-name\n", 2, "each group must be a mapping"],
    ["groups:\n- name: g\n  rules: nope\n", 3, '`rules` of group "g" must be a list'],
    ["groups:\n- rules: []\n", 2, "a rule group needs a `name`"],
    ["groups:\n- name: g\n  rules:\n  - expr: up == 0\n", 4, 'a rule of group "g" has neither `alert` nor `record`'],
    // Prometheus refuses both to load; they were checked as ordinary rules (or counted as recording rules).
    ["groups:\n- name: g\n  rules:\n  - alert: Down\n    labels: {severity: page}\n", 4, 'alert "Down" of group "g" has no `expr`'],
    ["groups:\n- name: g\n  rules:\n  - alert: Down\n    expr: \"\"\n", 4, 'alert "Down" of group "g" has no `expr`'],
    ["groups:\n- name: g\n  rules:\n  - record: job:up:sum\n    alert: Down\n    expr: up == 0\n", 4, 'a rule of group "g" has both `alert` and `record`'],
    ["apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: r\nspec:\n  groups: 3\n", 6, 'PrometheusRule "r": `groups` must be a list'],
  ])("reports a wrong shape: %j", (source, line, message) => {
    const result = readRuleFile("f.yaml", source);
    expect(result.problems).toEqual([{ file: "f.yaml", line, message: expect.stringContaining(message) }]);
  });

  it("accepts empty files, empty documents and empty groups", () => {
    expect(readRuleFile("f.yaml", "")).toMatchObject({ rules: [], problems: [] });
    expect(readRuleFile("f.yaml", "---\n---\ngroups:\n- name: g\n  rules:\n")).toMatchObject({ rules: [], problems: [], otherDocuments: 0 });
  });
});

describe("readRuleFile: YAML as Prometheus reads it", () => {
  const read = (source: string) => readRuleFile("rules.yaml", source);

  it("follows anchors, aliases and << merge keys (aliased annotations read as \"no runbook_url\")", () => {
    const source = [
      "groups:",
      "  - name: pods",
      "    rules:",
      "      - &crash",
      "        alert: PodCrashLooping",
      "        expr: rate(kube_pod_container_status_restarts_total[5m]) > 0",
      "        labels: &warn",
      "          severity: warning",
      "        annotations: &crashNotes",
      "          summary: Pod is crash looping",
      "          runbook_url: https://triage.example.com/runbooks/pod-crashloopbackoff",
      "      - alert: PodCrashLoopingCritical",
      "        expr: rate(kube_pod_container_status_restarts_total[5m]) > 1",
      "        labels:",
      "          <<: *warn",
      "          severity: critical",
      "        annotations: *crashNotes",
      "      - alert: PodCrashLoopingPage",
      "        expr: rate(kube_pod_container_status_restarts_total[5m]) > 2",
      "        annotations:",
      "          <<: *crashNotes",
      "          description: more restarts",
      "      - *crash",
    ].join("\n");
    const result = read(source);
    expect(result.problems).toEqual([]);
    expect(result.rules.map((r) => [r.alert, r.line, r.labels, r.annotations.runbook_url, r.runbookUrlLine])).toEqual([
      ["PodCrashLooping", 5, { severity: "warning" }, "https://triage.example.com/runbooks/pod-crashloopbackoff", 11],
      ["PodCrashLoopingCritical", 12, { severity: "critical" }, "https://triage.example.com/runbooks/pod-crashloopbackoff", 11],
      ["PodCrashLoopingPage", 18, {}, "https://triage.example.com/runbooks/pod-crashloopbackoff", 11],
      ["PodCrashLooping", 23, { severity: "warning" }, "https://triage.example.com/runbooks/pod-crashloopbackoff", 11],
    ]);
    expect(result.rules[2].annotations).toEqual({ summary: "Pod is crash looping", runbook_url: "https://triage.example.com/runbooks/pod-crashloopbackoff", description: "more restarts" });
  });

  it("reads the PrometheusRules of a kind: List (kubectl get prometheusrules -A -o yaml), which was skipped", () => {
    const source = [
      "apiVersion: v1",
      "kind: List",
      "items:",
      "  - apiVersion: monitoring.coreos.com/v1",
      "    kind: PrometheusRule",
      "    metadata:",
      "      name: team-rules",
      "    spec:",
      "      groups:",
      "        - name: team",
      "          rules:",
      "            - alert: LedgerSyncLag",
      "              expr: ledger_sync_lag_seconds > 300",
      "  - apiVersion: v1",
      "    kind: ConfigMap",
      "    metadata:",
      "      name: unrelated",
    ].join("\n");
    const result = read(source);
    expect(result.problems).toEqual([]);
    expect(result.rules.map((r) => [r.alert, r.line, r.resource])).toEqual([["LedgerSyncLag", 12, "team-rules"]]);
    expect(result.otherDocuments).toBe(1);
  });

  it("refuses a key given twice in one mapping, naming it (the line of one copy was reported with the other's value)", () => {
    const source = ["groups:", "  - name: a", "    rules:", "      - alert: A", "        expr: up == 0", "        annotations:", "          runbook_url: https://triage.example.com/runbooks/pod-pending", "          runbook_url: https://elsewhere.example.com/x"].join("\n");
    expect(read(source)).toMatchObject({ rules: [], problems: [{ file: "rules.yaml", line: 8, message: 'not valid YAML: the key "runbook_url" is given twice in one mapping (Prometheus refuses that too)' }] });
  });

  it.each([
    ["an unclosed quote on the last line (was reported on line 8 of a 7-line file)", "groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up\n        annotations:\n          summary: \"unterminated\n", 7],
    ["an unclosed [ before the next document (was reported on the --- line)", "---\ngroups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up\n---\nfoo: [\n---\ngroups: []\n", 8],
  ])("reports a syntax error at a line that holds it: %s", (_name, source, line) => {
    const { problems } = read(source);
    expect(problems[0].line).toBe(line);
    expect(problems[0].message).toMatch(/^not valid YAML: /);
  });
});
