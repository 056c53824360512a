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
