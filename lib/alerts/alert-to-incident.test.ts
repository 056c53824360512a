import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alertToIncident, mapSeverity, runbookFromUrl, type RunbookLookups } from "./alert-to-incident";
import { alertmanagerPayloadSchema } from "./alertmanager-payload-schema";

const fixture = (name: string) =>
  alertmanagerPayloadSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../tests/fixtures/alertmanager", name), "utf8")));

const lookups: RunbookLookups = {
  runbookExists: (slug) => ["pod-pending", "pod-crashloopbackoff", "kubelet-node-not-found"].includes(slug),
  runbookForAlert: (name) => ({ KubePodCrashLooping: "pod-crashloopbackoff", KubeNodeNotReady: "kubelet-node-not-found" })[name],
};

describe("mapSeverity", () => {
  it.each([
    ["critical", "SEV1"],
    ["Critical", "SEV1"],
    ["page", "SEV1"],
    ["error", "SEV2"],
    ["high", "SEV2"],
    ["warning", "SEV3"],
    [" warning ", "SEV3"],
    ["info", "SEV4"],
    ["none", "SEV4"],
    ["whatever", "SEV4"],
    [undefined, "SEV4"],
  ])("%j → %s", (label, severity) => {
    expect(mapSeverity(label)).toBe(severity);
  });
});

describe("runbookFromUrl", () => {
  it.each([
    ["https://triage.example.com/runbooks/pod-pending", "pod-pending"],
    ["https://triage.example.com/runbooks/pod-pending/", "pod-pending"],
    ["/runbooks/pod-pending", "pod-pending"],
    ["https://triage.example.com/runbooks/alerts/KubeNodeNotReady", "kubelet-node-not-found"],
    ["https://triage.example.com/runbooks/no-such-runbook", undefined],
    ["https://triage.example.com/runbooks/alerts/UnknownAlert", undefined],
    ["https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubepodcrashlooping", undefined],
    ["https://wiki.example.com/pod-pending", undefined],
    ["not a url at all ::", undefined],
    [undefined, undefined],
  ])("%s → %s", (url, slug) => {
    expect(runbookFromUrl(url, lookups)).toBe(slug);
  });
});

describe("alertToIncident", () => {
  it("maps a kube-prometheus alert", () => {
    const payload = fixture("firing.json");
    const fields = alertToIncident(payload, payload.alerts[0], lookups);
    expect(fields).toMatchObject({
      title: "KubePodCrashLooping: Pod is crash looping.",
      severity: "SEV1",
      service: "checkout",
      environment: "prod-eks-1",
      host: "10.2.7.14:8080",
      alertname: "KubePodCrashLooping",
      fingerprint: "5f7a0c3e9b1d2a48",
      startedAt: new Date("2026-11-21T09:14:07.123Z"),
      runbooks: ["pod-crashloopbackoff"],
    });
    expect(fields.phenomenon).toBe(
      [
        "Pod is crash looping.",
        'Pod shop/checkout-7d9c8b6f5-x2kqp (checkout) is in waiting state (reason: "CrashLoopBackOff").',
        `[Alert source](<${payload.alerts[0].generatorURL}>)`,
      ].join("\n\n"),
    );
    expect(fields.alertLabels.pod).toBe("checkout-7d9c8b6f5-x2kqp");
  });

  it("takes each alert's own labels in a group, and links a runbook once even when matched twice", () => {
    const payload = fixture("grouped-firing.json");
    const all = payload.alerts.map((alert) => alertToIncident(payload, alert, lookups));
    expect(all.map((f) => f.host)).toEqual(["ip-10-2-1-17.eu-west-1.compute.internal", "ip-10-2-2-41.eu-west-1.compute.internal", "ip-10-2-3-9.eu-west-1.compute.internal"]);
    expect(new Set(all.map((f) => f.fingerprint)).size).toBe(3);
    expect(all.every((f) => f.severity === "SEV3" && f.runbooks.length === 1 && f.runbooks[0] === "kubelet-node-not-found")).toBe(true);
  });

  it("maps a Grafana alert: env label, page severity, runbook_url to one of ours", () => {
    const payload = fixture("grafana-firing.json");
    expect(alertToIncident(payload, payload.alerts[0], lookups)).toMatchObject({
      title: "Payments p99 latency: p99 latency above 2 s for 10 minutes",
      severity: "SEV1",
      service: "payments",
      environment: "staging",
      host: null,
      startedAt: new Date("2026-11-21T09:00:00Z"),
      runbooks: ["pod-pending"],
    });
  });

  it("falls back when labels are missing and never links a non-http source", () => {
    const payload = alertmanagerPayloadSchema.parse({
      alerts: [{ status: "firing", labels: { alertname: "Watchdog" }, startsAt: "2026-11-21T09:00:00Z", fingerprint: "f", generatorURL: "javascript:alert(1)" }],
    });
    expect(alertToIncident(payload, payload.alerts[0], lookups)).toMatchObject({ title: "Watchdog", severity: "SEV4", service: "unknown", environment: "unknown", phenomenon: "", runbooks: [] });
  });
});
