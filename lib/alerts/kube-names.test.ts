import { describe, expect, it } from "vitest";
import { infrastructureKind, isKubeStateMetrics, isNodeExporter, workloadOfJob, workloadOfPod } from "./kube-names";

describe("workloadOfPod", () => {
  it.each([
    // Deployment → ReplicaSet (pod-template-hash) → pod
    ["checkout-7d9c8b6f5-x2kqp", "checkout"],
    ["executor-svc-849ffcf9c7-wbmvz", "executor-svc"],
    ["api-v2-5b544df485-29qql", "api-v2"],
    ["kube-prometheus-stack-kube-state-metrics-6b9d7f8c5-tq4zn", "kube-prometheus-stack-kube-state-metrics"],
    // StatefulSet ordinals
    ["postgres-0", "postgres"],
    ["prometheus-k8s-1", "prometheus-k8s"],
    ["cart-redis-master-12", "cart-redis-master"],
    // DaemonSet, Job or bare ReplicaSet: one random suffix
    ["node-exporter-x7k2p", "node-exporter"],
    ["kube-proxy-4xz8b", "kube-proxy"],
    ["kube-prometheus-stack-prometheus-node-exporter-w7bb7", "kube-prometheus-stack-prometheus-node-exporter"],
    // A CronJob's Job: the schedule (minutes since the epoch), then the random suffix
    ["nightly-report-29400480-h2x9k", "nightly-report"],
    // Nothing recognised: the name as it is
    ["gateway", "gateway"],
    ["debug-shell", "debug-shell"],
    // A last word with vowels is a name, not a random suffix
    ["payments-proxy", "payments-proxy"],
    ["node-exporter", "node-exporter"],
    // "search" has vowels, so it is no pod-template-hash: DaemonSet rule, not Deployment
    ["web-search-x2kqp", "web-search"],
    ["  checkout-7d9c8b6f5-x2kqp ", "checkout"],
  ])("%s → %s", (pod, workload) => {
    expect(workloadOfPod(pod)).toBe(workload);
  });
});

describe("workloadOfJob", () => {
  it.each([
    ["nightly-report-29400480", "nightly-report"],
    ["db-migrate", "db-migrate"],
    ["backup-2", "backup-2"],
  ])("%s → %s", (job, workload) => {
    expect(workloadOfJob(job)).toBe(workload);
  });
});

describe("infrastructureKind", () => {
  it.each([
    // Exporters, as kube-prometheus names them and with a Helm release prefix
    ["kube-state-metrics", "exporter"],
    ["kube-prometheus-stack-kube-state-metrics", "exporter"],
    ["prometheus-kube-state-metrics", "exporter"],
    ["node-exporter", "exporter"],
    ["kube-prometheus-stack-prometheus-node-exporter", "exporter"],
    ["redis_exporter", "exporter"],
    ["blackbox-exporter", "exporter"],
    ["kube-rbac-proxy", "exporter"],
    ["kube-rbac-proxy-main", "exporter"],
    ["istio-proxy", "exporter"],
    ["cadvisor", "exporter"],
    // Components that report on themselves
    ["kubelet", "component"],
    ["kube-prometheus-stack-kubelet", "component"],
    ["apiserver", "component"],
    ["kubernetes", "component"],
    ["coredns", "component"],
    ["kube-proxy", "component"],
    ["prometheus", "component"],
    ["prometheus-k8s", "component"],
    ["prometheus-operator", "component"],
    ["kube-prometheus-stack-prometheus", "component"],
    ["alertmanager-main", "component"],
    ["Kubelet", "component"],
    // Applications
    ["gateway", undefined],
    ["checkout", undefined],
    ["kubeletter", undefined],
    ["my-prometheus-app", undefined],
    ["exporter", undefined],
    ["", undefined],
    // Label values are data: prototype names are plain names
    ["constructor", undefined],
    ["__proto__", undefined],
    ["toString", undefined],
  ])("%j → %s", (name, kind) => {
    expect(infrastructureKind(name)).toBe(kind);
  });

  it("recognises the two exporters whose labels need care, with a release prefix", () => {
    expect([isKubeStateMetrics("kube-state-metrics"), isKubeStateMetrics("kps-kube-state-metrics"), isKubeStateMetrics("checkout")]).toEqual([true, true, false]);
    expect([isNodeExporter("node-exporter"), isNodeExporter("prometheus-node-exporter"), isNodeExporter("node")]).toEqual([true, true, false]);
  });
});
