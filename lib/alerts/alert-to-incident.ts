import { decodePathSegment } from "@/lib/http/decode-path-segment";
import type { Severity } from "@/lib/incidents/incident-schemas";
import type { AlertmanagerAlert, AlertmanagerPayload } from "./alertmanager-payload-schema";
import { ownValue } from "@/lib/own-property";
import { infrastructureKind, isKubeStateMetrics, isNodeExporter, workloadOfJob, workloadOfPod } from "./kube-names";

/**
 * How an Alertmanager alert becomes an incident (pure; the runbook lookups
 * are passed in). Documented in the README's Alertmanager section.
 */

/** A Map, not an object: a label value such as "constructor" must not find Object.prototype's. */
const SEVERITY_BY_LABEL = new Map<string, Severity>([
  ["critical", "SEV1"],
  ["page", "SEV1"],
  ["p1", "SEV1"],
  ["sev1", "SEV1"],
  ["error", "SEV2"],
  ["high", "SEV2"],
  ["major", "SEV2"],
  ["p2", "SEV2"],
  ["sev2", "SEV2"],
  ["warning", "SEV3"],
  ["warn", "SEV3"],
  ["medium", "SEV3"],
  ["p3", "SEV3"],
  ["sev3", "SEV3"],
]);

/** The `severity` label → SEV1…SEV4; info, none, unknown values and a missing label are SEV4. */
export function mapSeverity(value: string | undefined): Severity {
  return SEVERITY_BY_LABEL.get((value ?? "").trim().toLowerCase()) ?? "SEV4";
}

export const ENVIRONMENT_LABELS = ["cluster", "env", "environment"] as const;
export const HOST_LABELS = ["node", "host", "hostname", "instance"] as const;
const UNKNOWN = "unknown";

type Labels = Record<string, string>;

/** A label's trimmed value, own properties only ("constructor" is not a label unless it was sent). */
function label(labels: Labels, name: string): string | undefined {
  return ownValue(labels, name)?.trim() || undefined;
}

/**
 * The first of `names` that has a value. Labels are the group's common labels
 * overlaid with the alert's own (Alertmanager's common labels are a subset of
 * every alert's; other senders may put some only in the common set).
 */
function pick(names: readonly string[], labels: Labels): string | undefined {
  for (const name of names) {
    const value = label(labels, name);
    if (value) return value;
  }
  return undefined;
}

/**
 * Where the service name can come from, most specific first: an explicit
 * `service`, then the workload (the container the alert measures, the
 * kube-state-metrics object, the app labels, the pod's controller), then the
 * scrape `job`. `workload` turns a pod or Job name into its controller's name.
 */
const SERVICE_SOURCES: readonly { label: string; workload?: (value: string) => string }[] = [
  { label: "service" },
  { label: "container" },
  { label: "deployment" },
  { label: "statefulset" },
  { label: "daemonset" },
  { label: "cronjob" },
  { label: "job_name", workload: workloadOfJob },
  { label: "app.kubernetes.io/name" },
  { label: "app_kubernetes_io_name" },
  { label: "app" },
  { label: "pod", workload: workloadOfPod },
  { label: "job" },
];

/**
 * The service as an SRE reads the alert: the first candidate (in
 * SERVICE_SOURCES order) that names neither an exporter nor a cluster
 * component; else the first that names a component (the alert is about it:
 * KubeletDown, CoreDNSDown); else unknown. Exporters (kube-state-metrics,
 * node-exporter, …) never name the service: they report on something else.
 */
export function deriveService(labels: Labels): string {
  const candidates = SERVICE_SOURCES.flatMap((source) => {
    const value = label(labels, source.label);
    return value ? [source.workload ? source.workload(value) : value] : [];
  });
  return (
    candidates.find((name) => infrastructureKind(name) === undefined) ??
    candidates.find((name) => infrastructureKind(name) === "component") ??
    UNKNOWN
  );
}

/** kube-state-metrics reports on the whole cluster from one pod: its `instance` is its own address, not the incident's host. */
export function deriveHost(labels: Labels): string | null {
  const job = label(labels, "job");
  const names = job && isKubeStateMetrics(job) ? HOST_LABELS.filter((name) => name !== "instance") : HOST_LABELS;
  return pick(names, labels) ?? null;
}

/** node-exporter's metrics carry no namespace: a `namespace` on its alerts is the exporter's own (monitoring), not the incident's. */
export function deriveNamespace(labels: Labels): string | null {
  const job = label(labels, "job");
  if (job && isNodeExporter(job)) return null;
  return label(labels, "namespace") ?? null;
}

export interface RunbookLookups {
  runbookExists(slug: string): boolean;
  /** The slug of the runbook whose frontmatter `alerts` lists this alert name. */
  runbookForAlert(alertname: string): string | undefined;
}

/**
 * A `runbook_url` that points at one of our pages: /runbooks/<slug> or
 * /runbooks/alerts/<AlertName>, on any host (our public address is not
 * configured, and a path that names an existing runbook is specific enough).
 */
export function runbookFromUrl(url: string | undefined, lookups: RunbookLookups): string | undefined {
  if (!url?.trim()) return undefined;
  let path: string;
  try {
    path = new URL(url.trim(), "http://triage.invalid").pathname;
  } catch {
    return undefined;
  }
  const byAlert = /^\/runbooks\/alerts\/([^/]+)\/?$/.exec(path);
  if (byAlert) {
    const alertname = decodePathSegment(byAlert[1]);
    return alertname === undefined ? undefined : lookups.runbookForAlert(alertname);
  }
  const bySlug = /^\/runbooks\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(path);
  return bySlug && lookups.runbookExists(bySlug[1]) ? bySlug[1] : undefined;
}

export interface AlertIncidentFields {
  title: string;
  severity: Severity;
  service: string;
  environment: string;
  host: string | null;
  namespace: string | null;
  phenomenon: string;
  alertname: string;
  fingerprint: string;
  startedAt: Date;
  alertLabels: Record<string, string>;
  runbooks: string[];
}

export function alertToIncident(payload: AlertmanagerPayload, alert: AlertmanagerAlert, lookups: RunbookLookups): AlertIncidentFields {
  const labels = { ...payload.commonLabels, ...alert.labels };
  const annotations = { ...payload.commonAnnotations, ...alert.annotations };
  const alertname = label(alert.labels, "alertname") ?? UNKNOWN;
  const summary = label(annotations, "summary") ?? label(annotations, "message");
  const description = label(annotations, "description");
  const runbooks = [lookups.runbookForAlert(alertname), runbookFromUrl(label(annotations, "runbook_url"), lookups)].filter((slug): slug is string => Boolean(slug));
  return {
    // Not cut here: the incident builder fits every field to its limit, between graphemes.
    title: summary ? `${alertname}: ${summary}` : alertname,
    severity: mapSeverity(label(labels, "severity")),
    service: deriveService(labels),
    environment: pick(ENVIRONMENT_LABELS, labels) ?? UNKNOWN,
    host: deriveHost(labels),
    namespace: deriveNamespace(labels),
    phenomenon: [summary, description && description !== summary ? description : undefined, sourceLink(alert.generatorURL)]
      .filter(Boolean)
      .join("\n\n"),
    alertname,
    fingerprint: alert.fingerprint,
    startedAt: alert.startsAt,
    alertLabels: labels,
    runbooks: [...new Set(runbooks)],
  };
}

/** A Markdown link to the alert's graph; http(s) only, in <…> so parentheses in the URL cannot end it early. */
function sourceLink(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  return trimmed && /^https?:\/\/[^\s<>]+$/.test(trimmed) ? `[Alert source](<${trimmed}>)` : undefined;
}

export function autoResolutionResult(endsAt: Date): string {
  return `Resolved automatically: Alertmanager reported the alert resolved at ${endsAt.toISOString()}.`;
}
