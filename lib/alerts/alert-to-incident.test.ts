import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alertToIncident, deriveHost, deriveNamespace, deriveService, mapSeverity, runbookFromUrl, type RunbookLookups } from "./alert-to-incident";
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
    // Label values are data: names of Object.prototype's members must not find them.
    ["constructor", "SEV4"],
    ["__proto__", "SEV4"],
    ["toString", "SEV4"],
    ["hasOwnProperty", "SEV4"],
  ])("%j → %s", (label, severity) => {
    expect(mapSeverity(label)).toBe(severity);
  });
});

/**
 * Label sets in the shape kube-prometheus (jsonnet manifests, "kp") and the
 * kube-prometheus-stack Helm chart ("helm") deliver them: the rule's own
 * labels plus the target labels Prometheus Operator adds (service, endpoint,
 * pod, container, namespace, job), with the external `prometheus` label.
 */
const KUBE_ALERTS: [string, Record<string, string>, { service: string; namespace: string | null; host: string | null }][] = [
  [
    "kp CPUThrottlingHigh (cAdvisor via the kubelet Service)",
    { alertname: "CPUThrottlingHigh", container: "gateway", instance: "10.2.1.17:10250", namespace: "api", pod: "gateway-7c9f8d6b5-x2kqp", prometheus: "monitoring/k8s", service: "kubelet", severity: "info" },
    { service: "gateway", namespace: "api", host: "10.2.1.17:10250" },
  ],
  [
    "helm CPUThrottlingHigh in a StatefulSet",
    { alertname: "CPUThrottlingHigh", container: "redis", instance: "10.0.0.32:10250", namespace: "cart", pod: "cart-redis-master-0", prometheus: "monitoring/kube-prometheus-stack-prometheus", service: "kube-prometheus-stack-kubelet", severity: "info" },
    { service: "redis", namespace: "cart", host: "10.0.0.32:10250" },
  ],
  [
    "kp CPUThrottlingHigh of a mesh sidecar: the pod's workload",
    { alertname: "CPUThrottlingHigh", container: "istio-proxy", instance: "10.2.1.17:10250", namespace: "api", pod: "gateway-7c9f8d6b5-x2kqp", service: "kubelet", severity: "info" },
    { service: "gateway", namespace: "api", host: "10.2.1.17:10250" },
  ],
  [
    "kp KubePodCrashLooping (kube-state-metrics; pod/service/namespace target labels dropped)",
    { alertname: "KubePodCrashLooping", container: "checkout", instance: "10.2.7.14:8443", job: "kube-state-metrics", namespace: "shop", pod: "checkout-5d8f4c9b7-q2w8z", reason: "CrashLoopBackOff", severity: "warning", uid: "0b9a3d7e-52d1-4c1e-9a0c-6f1f4b8e2d11" },
    { service: "checkout", namespace: "shop", host: null },
  ],
  [
    "helm KubePodCrashLooping (kube-state-metrics Service label kept)",
    { alertname: "KubePodCrashLooping", container: "executor", endpoint: "http", instance: "10.42.9.105:8080", job: "kube-state-metrics", namespace: "backup", pod: "executor-849ffcf9c7-wbmvz", reason: "CrashLoopBackOff", service: "kube-prometheus-stack-kube-state-metrics", severity: "warning" },
    { service: "executor", namespace: "backup", host: null },
  ],
  [
    "kp KubePodNotReady (aggregated to namespace and pod)",
    { alertname: "KubePodNotReady", namespace: "shop", pod: "cart-6c8d9f7b4-h2x9k", severity: "warning" },
    { service: "cart", namespace: "shop", host: null },
  ],
  [
    "kp KubeStatefulSetReplicasMismatch (container is kube-rbac-proxy's, in front of kube-state-metrics)",
    { alertname: "KubeStatefulSetReplicasMismatch", container: "kube-rbac-proxy-main", instance: "10.2.7.14:8443", job: "kube-state-metrics", namespace: "db", statefulset: "postgres", severity: "warning" },
    { service: "postgres", namespace: "db", host: null },
  ],
  [
    "helm KubeDeploymentReplicasMismatch (pod and container are kube-state-metrics' own)",
    { alertname: "KubeDeploymentReplicasMismatch", container: "kube-state-metrics", deployment: "checkout", endpoint: "http", instance: "10.42.9.105:8080", job: "kube-state-metrics", namespace: "shop", pod: "kube-prometheus-stack-kube-state-metrics-6b9d7f8c5-tq4zn", service: "kube-prometheus-stack-kube-state-metrics", severity: "warning" },
    { service: "checkout", namespace: "shop", host: null },
  ],
  [
    "kp KubeJobFailed of a CronJob's Job",
    { alertname: "KubeJobFailed", container: "kube-rbac-proxy-main", instance: "10.2.7.14:8443", job: "kube-state-metrics", job_name: "nightly-report-29400480", namespace: "reports", severity: "warning" },
    { service: "nightly-report", namespace: "reports", host: null },
  ],
  [
    "kp KubeNodeNotReady: about a node, no service",
    { alertname: "KubeNodeNotReady", condition: "Ready", container: "kube-rbac-proxy-main", instance: "10.2.7.14:8443", job: "kube-state-metrics", node: "ip-10-2-1-17.eu-west-1.compute.internal", status: "true", severity: "warning" },
    { service: "unknown", namespace: null, host: "ip-10-2-1-17.eu-west-1.compute.internal" },
  ],
  [
    "kp NodeFilesystemSpaceFillingUp (node-exporter: instance relabelled to the node name)",
    { alertname: "NodeFilesystemSpaceFillingUp", container: "kube-rbac-proxy", device: "/dev/nvme0n1p1", endpoint: "https", fstype: "xfs", instance: "ip-10-2-1-17.eu-west-1.compute.internal", job: "node-exporter", mountpoint: "/", namespace: "monitoring", pod: "node-exporter-x7k2p", service: "node-exporter", severity: "warning" },
    { service: "unknown", namespace: null, host: "ip-10-2-1-17.eu-west-1.compute.internal" },
  ],
  [
    "helm NodeMemoryHighUtilization (node-exporter on host:9100)",
    { alertname: "NodeMemoryHighUtilization", container: "node-exporter", endpoint: "http-metrics", instance: "10.0.0.33:9100", job: "node-exporter", namespace: "kube-prometheus-stack", pod: "kube-prometheus-stack-prometheus-node-exporter-w7bb7", service: "kube-prometheus-stack-prometheus-node-exporter", severity: "warning" },
    { service: "unknown", namespace: null, host: "10.0.0.33:9100" },
  ],
  [
    "kp KubeletDown: about the kubelet itself",
    { alertname: "KubeletDown", job: "kubelet", metrics_path: "/metrics", severity: "critical" },
    { service: "kubelet", namespace: null, host: null },
  ],
  [
    "kp PrometheusRuleFailures: about that Prometheus",
    { alertname: "PrometheusRuleFailures", container: "prometheus", endpoint: "web", instance: "10.2.3.4:9090", job: "prometheus-k8s", namespace: "monitoring", pod: "prometheus-k8s-0", rule_group: "/etc/prometheus/rules/k8s.yaml;kubernetes-apps", service: "prometheus-k8s", severity: "critical" },
    { service: "prometheus-k8s", namespace: "monitoring", host: "10.2.3.4:9090" },
  ],
  [
    "an application's own rule with a service label",
    { alertname: "CheckoutHighErrorRate", job: "checkout", namespace: "shop", service: "checkout-api", severity: "critical" },
    { service: "checkout-api", namespace: "shop", host: null },
  ],
  [
    "an application scraped without the operator: job only",
    { alertname: "PaymentsLatencyHigh", job: "payments", instance: "10.9.0.4:8080", severity: "warning" },
    { service: "payments", namespace: null, host: "10.9.0.4:8080" },
  ],
  [
    "the Kubernetes recommended label (Prometheus 3 UTF-8 names, or Grafana)",
    { alertname: "SearchSlow", "app.kubernetes.io/name": "search", namespace: "web", service: "kubelet" },
    { service: "search", namespace: "web", host: null },
  ],
  [
    "an app label behind an exporter job",
    { alertname: "QueueBacklog", app: "billing-worker", job: "rabbitmq-exporter", namespace: "billing" },
    { service: "billing-worker", namespace: "billing", host: null },
  ],
  [
    "a component name loses to an application name wherever they stand",
    { alertname: "Custom", service: "kubelet", job: "gateway" },
    { service: "gateway", namespace: null, host: null },
  ],
  [
    "only exporters: unknown",
    { alertname: "TargetDown", job: "node-exporter", namespace: "monitoring", service: "node-exporter", severity: "warning" },
    { service: "unknown", namespace: null, host: null },
  ],
  [
    "no labels to go on",
    { alertname: "Watchdog", severity: "none" },
    { service: "unknown", namespace: null, host: null },
  ],
  [
    "blank values count as missing",
    { alertname: "X", service: "  ", container: "", pod: "checkout-7d9c8b6f5-x2kqp", namespace: " " },
    { service: "checkout", namespace: null, host: null },
  ],
  [
    "prototype names as values are plain names",
    { alertname: "X", service: "constructor", namespace: "__proto__" },
    { service: "constructor", namespace: "__proto__", host: null },
  ],
];

describe("service, namespace and host from kube-prometheus labels", () => {
  it.each(KUBE_ALERTS)("%s", (_name, labels, expected) => {
    expect({ service: deriveService(labels), namespace: deriveNamespace(labels), host: deriveHost(labels) }).toEqual(expected);
  });

  it("reads own labels only: nothing comes from Object.prototype", () => {
    const labels = JSON.parse('{"alertname": "X"}') as Record<string, string>;
    expect({ service: deriveService(labels), namespace: deriveNamespace(labels), host: deriveHost(labels) }).toEqual({ service: "unknown", namespace: null, host: null });
    expect(deriveService(Object.assign(Object.create({ service: "inherited" }), { alertname: "X" }))).toBe("unknown");
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
  it("maps a kube-prometheus-stack alert: the pod's container, not kube-state-metrics", () => {
    const payload = fixture("firing.json");
    const fields = alertToIncident(payload, payload.alerts[0], lookups);
    expect(fields).toMatchObject({
      title: "KubePodCrashLooping: Pod is crash looping.",
      severity: "SEV3",
      service: "checkout",
      namespace: "shop",
      environment: "prod-eks-1",
      host: null,
      alertname: "KubePodCrashLooping",
      fingerprint: "43ee1a98c272e7ac",
      startedAt: new Date("2026-11-21T09:14:07.123Z"),
      runbooks: ["pod-crashloopbackoff"],
    });
    expect(fields.phenomenon).toBe(
      [
        "Pod is crash looping.",
        'Pod shop/checkout-7d9c8b6f5-x2kqp (checkout) is in waiting state (reason: "CrashLoopBackOff") on cluster prod-eks-1.',
        `[Alert source](<${payload.alerts[0].generatorURL}>)`,
      ].join("\n\n"),
    );
    expect(fields.alertLabels.pod).toBe("checkout-7d9c8b6f5-x2kqp");
  });

  it.each([
    ["cpu-throttling-firing.json", { service: "gateway", namespace: "api", host: "10.2.1.17:10250", severity: "SEV4" }],
    ["node-memory-firing.json", { service: "unknown", namespace: null, host: "ip-10-2-2-41.eu-west-1.compute.internal", severity: "SEV3" }],
  ])("maps the kube-prometheus alert in %s", (name, expected) => {
    const payload = fixture(name);
    expect(alertToIncident(payload, payload.alerts[0], lookups)).toMatchObject(expected);
  });

  it("takes each alert's own labels in a group, and links a runbook once even when matched twice", () => {
    const payload = fixture("grouped-firing.json");
    const all = payload.alerts.map((alert) => alertToIncident(payload, alert, lookups));
    expect(all.map((f) => f.host)).toEqual(["ip-10-2-1-17.eu-west-1.compute.internal", "ip-10-2-2-41.eu-west-1.compute.internal", "ip-10-2-3-9.eu-west-1.compute.internal"]);
    expect(new Set(all.map((f) => f.fingerprint)).size).toBe(3);
    expect(all.map((f) => [f.service, f.namespace])).toEqual(Array(3).fill(["unknown", null]));
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
    expect(alertToIncident(payload, payload.alerts[0], lookups)).toMatchObject({ title: "Watchdog", severity: "SEV4", service: "unknown", environment: "unknown", namespace: null, phenomenon: "", runbooks: [] });
  });
});
