import type { Severity } from "@/lib/incidents/incident-schemas";
import type { AlertmanagerAlert, AlertmanagerPayload } from "./alertmanager-payload-schema";

/**
 * How an Alertmanager alert becomes an incident (pure; the runbook lookups
 * are passed in). Documented in the README's Alertmanager section.
 */

const SEVERITY_BY_LABEL: Record<string, Severity> = {
  critical: "SEV1",
  page: "SEV1",
  p1: "SEV1",
  sev1: "SEV1",
  error: "SEV2",
  high: "SEV2",
  major: "SEV2",
  p2: "SEV2",
  sev2: "SEV2",
  warning: "SEV3",
  warn: "SEV3",
  medium: "SEV3",
  p3: "SEV3",
  sev3: "SEV3",
};

/** The `severity` label → SEV1…SEV4; info, none, unknown values and a missing label are SEV4. */
export function mapSeverity(label: string | undefined): Severity {
  return SEVERITY_BY_LABEL[(label ?? "").trim().toLowerCase()] ?? "SEV4";
}

/** Label names tried in order: the first present wins. */
export const SERVICE_LABELS = ["service", "job", "app"] as const;
export const ENVIRONMENT_LABELS = ["cluster", "env", "environment"] as const;
export const HOST_LABELS = ["node", "host", "hostname", "instance"] as const;
const UNKNOWN = "unknown";

/**
 * The first of `names` that has a value. Labels are the group's common labels
 * overlaid with the alert's own (Alertmanager's common labels are a subset of
 * every alert's; other senders may put some only in the common set).
 */
function pick(names: readonly string[], labels: Record<string, string>): string | undefined {
  for (const name of names) {
    const value = labels[name]?.trim();
    if (value) return value;
  }
  return undefined;
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
  if (byAlert) return lookups.runbookForAlert(decodeURIComponent(byAlert[1]));
  const bySlug = /^\/runbooks\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(path);
  return bySlug && lookups.runbookExists(bySlug[1]) ? bySlug[1] : undefined;
}

export interface AlertIncidentFields {
  title: string;
  severity: Severity;
  service: string;
  environment: string;
  host: string | null;
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
  const alertname = alert.labels.alertname.trim();
  const summary = annotations.summary?.trim() || annotations.message?.trim();
  const description = annotations.description?.trim();
  const runbooks = [lookups.runbookForAlert(alertname), runbookFromUrl(annotations.runbook_url, lookups)].filter((slug): slug is string => Boolean(slug));
  return {
    title: (summary ? `${alertname}: ${summary}` : alertname).slice(0, 200),
    severity: mapSeverity(labels.severity),
    service: pick(SERVICE_LABELS, labels) ?? UNKNOWN,
    environment: pick(ENVIRONMENT_LABELS, labels) ?? UNKNOWN,
    host: pick(HOST_LABELS, labels) ?? null,
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
