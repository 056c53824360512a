import { describe, expect, it } from "vitest";
import { buildAlertCatalogue, sourceOfAlert } from "./list-known-alerts";
import { UPSTREAM_ALERTS } from "./upstream-alerts";

describe("buildAlertCatalogue", () => {
  const runbooks = [
    { slug: "pod-crashloopbackoff", title: "CrashLoopBackOff", alerts: ["KubePodCrashLooping"] },
    { slug: "watchdog-reboots", title: "Watchdog", alerts: ["NodeRebooted", "NodeClockSkewDetected"] },
    { slug: "no-alerts", title: "Nothing", alerts: [] },
  ];

  it("lists every alert a runbook answers, sorted, with its source and runbook", () => {
    const { answered } = buildAlertCatalogue(runbooks);
    expect(answered.map((a) => [a.alert, a.source.kind, a.runbook.slug])).toEqual([
      ["KubePodCrashLooping", "upstream", "pod-crashloopbackoff"],
      ["NodeClockSkewDetected", "upstream", "watchdog-reboots"],
      ["NodeRebooted", "shipped", "watchdog-reboots"],
    ]);
  });

  it("names the rule file an upstream alert comes from", () => {
    expect(sourceOfAlert("KubePodCrashLooping")).toMatchObject({ kind: "upstream", mixin: "kubernetes-mixin", path: "alerts/apps_alerts.libsonnet" });
    expect(sourceOfAlert("etcdHighFsyncDurations")).toMatchObject({ kind: "upstream", mixin: "etcd-mixin", repo: "etcd-io/etcd" });
    expect(sourceOfAlert("NodeRebooted")).toEqual({ kind: "shipped" });
  });

  it("lists the upstream alerts no runbook answers, and only those", () => {
    const { unanswered } = buildAlertCatalogue(runbooks);
    expect(unanswered).toHaveLength(UPSTREAM_ALERTS.size - 2);
    expect(unanswered.map((u) => u.alert)).not.toContain("KubePodCrashLooping");
    expect(unanswered.map((u) => u.alert)).toContain("Watchdog");
  });
});
