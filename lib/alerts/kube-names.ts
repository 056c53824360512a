/**
 * What the names in kube-prometheus alerts mean (pure). Prometheus Operator
 * adds target labels (`service`, `pod`, `container`, `job`) that name the
 * exporter it scraped, not what the alert is about: `CPUThrottlingHigh` for a
 * container `gateway` arrives with `service="kubelet"`, a crash-looping pod
 * with `job="kube-state-metrics"`. This file knows those names, and how
 * Kubernetes controllers name their pods. Documented in the README's
 * Alertmanager section.
 */

/**
 * - exporter: reports on other things (nodes, containers, cluster objects) or
 *   fronts an exporter; never the service an incident is about.
 * - component: a cluster or monitoring component that reports on itself; the
 *   service only when the alert names nothing more specific (`KubeletDown`,
 *   `CoreDNSDown`, `PrometheusRuleFailures`).
 */
export type InfrastructureKind = "exporter" | "component";

/**
 * The one list of infrastructure names. A label value matches an entry when it
 * is the entry, or starts with `<entry>-` or ends with `-<entry>` (Helm prefixes
 * the release: `kube-prometheus-stack-kube-state-metrics`, `prometheus-k8s`,
 * `kube-rbac-proxy-main`). Any name ending in `-exporter` is an exporter too.
 */
export const INFRASTRUCTURE: readonly { name: string; kind: InfrastructureKind }[] = [
  { name: "kube-state-metrics", kind: "exporter" },
  { name: "node-exporter", kind: "exporter" },
  { name: "cadvisor", kind: "exporter" },
  { name: "kube-rbac-proxy", kind: "exporter" },
  { name: "istio-proxy", kind: "exporter" },
  { name: "linkerd-proxy", kind: "exporter" },
  { name: "kubelet", kind: "component" },
  { name: "apiserver", kind: "component" },
  { name: "kube-apiserver", kind: "component" },
  { name: "kubernetes", kind: "component" },
  { name: "kube-scheduler", kind: "component" },
  { name: "kube-controller-manager", kind: "component" },
  { name: "kube-proxy", kind: "component" },
  { name: "coredns", kind: "component" },
  { name: "kube-dns", kind: "component" },
  { name: "etcd", kind: "component" },
  { name: "kube-etcd", kind: "component" },
  { name: "prometheus", kind: "component" },
  { name: "alertmanager", kind: "component" },
  { name: "grafana", kind: "component" },
];

/** Whether `name` is, or is release-prefixed to, `entry` (the same boundary rule as the list). */
function matchesEntry(name: string, entry: string): boolean {
  const value = name.trim().toLowerCase();
  return value === entry || value.startsWith(`${entry}-`) || value.endsWith(`-${entry}`);
}

export const isKubeStateMetrics = (job: string) => matchesEntry(job, "kube-state-metrics");
export const isNodeExporter = (job: string) => matchesEntry(job, "node-exporter");

const EXPORTER_SUFFIX = /[-_]exporter$/;

/** The kind of infrastructure `name` names, or undefined for anything else (an application). */
export function infrastructureKind(name: string): InfrastructureKind | undefined {
  const value = name.trim().toLowerCase();
  if (!value) return undefined;
  if (EXPORTER_SUFFIX.test(value)) return "exporter";
  // Exporters first: `prometheus-kube-state-metrics` (Helm release "prometheus") is kube-state-metrics, not Prometheus.
  const match = (entry: { name: string }) => matchesEntry(value, entry.name);
  return INFRASTRUCTURE.find((entry) => entry.kind === "exporter" && match(entry))?.kind ?? INFRASTRUCTURE.find(match)?.kind;
}

/**
 * Characters of the random suffixes Kubernetes appends (generateName and
 * ReplicaSet hashes): alphanumerics without vowels and without 0, 1 and 3, so
 * a suffix never spells a word.
 */
const SUFFIX_CHARS = "[bcdfghjklmnpqrstvwxz2456789]";
/** pod-template-hash: the decimal digits of a 32-bit hash, each mapped to one of these ten characters. */
const TEMPLATE_HASH = "[4-9bcdf]{6,10}";

const CONTROLLER_SUFFIXES: readonly RegExp[] = [
  // Deployment → ReplicaSet → pod: checkout-7d9c8b6f5-x2kqp
  new RegExp(`^(.+)-${TEMPLATE_HASH}-${SUFFIX_CHARS}{5}$`),
  // DaemonSet, Job or bare ReplicaSet: node-exporter-x7k2p; a CronJob's Job adds its schedule in minutes: backup-29400480-x7k2p
  new RegExp(`^(.+?)(?:-\\d{8,})?-${SUFFIX_CHARS}{5}$`),
  // StatefulSet: postgres-0
  /^(.+)-\d+$/,
];

/** The workload a pod belongs to, from its name (checkout-7d9c8b6f5-x2kqp → checkout); the name itself when no controller suffix is recognised. */
export function workloadOfPod(pod: string): string {
  const name = pod.trim();
  for (const pattern of CONTROLLER_SUFFIXES) {
    const match = pattern.exec(name);
    if (match) return match[1];
  }
  return name;
}

/** A Job's name without the schedule a CronJob appends (backup-29400480 → backup). */
export function workloadOfJob(job: string): string {
  const name = job.trim();
  return /^(.+)-\d{8,}$/.exec(name)?.[1] ?? name;
}
