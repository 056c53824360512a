import type { FixWorkedFilter, IncidentEventKind, IncidentStatus, MilestoneTime, Severity } from "@/lib/incidents/incident-vocabulary";

export const SEVERITY_LABEL: Record<Severity, string> = {
  SEV1: "SEV1 · critical",
  SEV2: "SEV2 · major",
  SEV3: "SEV3 · minor",
  SEV4: "SEV4 · low",
};

export const STATUS_LABEL: Record<IncidentStatus, string> = { open: "Open", mitigated: "Mitigated", resolved: "Resolved" };

export const EVENT_KIND_LABEL: Record<IncidentEventKind, string> = {
  created: "Logged",
  edited: "Edited",
  status_changed: "Status changed",
  note_added: "Note",
  runbook_linked: "Runbook linked",
  runbook_unlinked: "Runbook unlinked",
  runbook_feedback: "Runbook feedback",
  alert_fired: "Alert fired",
  alert_resolved: "Alert resolved",
};

export const MILESTONE_LABEL: Record<MilestoneTime, string> = { detectedAt: "Detected at", mitigatedAt: "Mitigated at", resolvedAt: "Resolved at" };

export const FIX_WORKED_LABEL: Record<FixWorkedFilter, string> = { true: "Fix worked", false: "Fix did not work", unknown: "No feedback yet" };

/** IncidentEvent.via → how the timeline says the change came in. */
export function viaLabel(via: string): string | null {
  const [channel, ...rest] = via.split(":");
  const token = rest.join(":");
  if (channel === "web") return "web";
  if (channel === "api") return token ? `API token ${token}` : "API";
  if (channel === "webhook") return token ? `webhook, token ${token}` : "webhook";
  if (channel === "sample") return "sample data";
  if (channel === "import") return "import";
  return null;
}
