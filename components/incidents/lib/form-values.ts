import type { IncidentDto } from "@/lib/incidents/incident-dto";
import type { IncidentCreateInput, IncidentStatus, IncidentUpdateInput, Severity } from "@/lib/incidents/incident-schemas";
import { datetimeLocalToIso, isoToDatetimeLocal } from "./datetime";

/**
 * What the incident form holds: strings as the inputs produce them. Times are
 * datetime-local values (the user's wall clock) and become ISO UTC strings just
 * before the shared schema validates them, so the schema is never redeclared.
 */
export interface IncidentFormValues {
  title: string;
  severity: Severity | "";
  status: IncidentStatus;
  service: string;
  environment: string;
  host: string;
  namespace: string;
  startedAt: string;
  detectedAt: string;
  mitigatedAt: string;
  resolvedAt: string;
  reporter: string;
  phenomenon: string;
  cause: string;
  fix: string;
  result: string;
  runbooks: string[];
}

export type IncidentFieldName = keyof IncidentFormValues;

/** Each field's label, for the form and for messages that name fields. */
export const FIELD_LABEL: Record<IncidentFieldName, string> = {
  title: "Title",
  severity: "Severity",
  status: "Status",
  service: "Service",
  environment: "Environment / cluster",
  host: "Host",
  namespace: "Namespace",
  startedAt: "Started at",
  detectedAt: "Detected at",
  mitigatedAt: "Mitigated at",
  resolvedAt: "Resolved at",
  reporter: "Reporter",
  phenomenon: "Phenomenon",
  cause: "Cause",
  fix: "Fix",
  result: "Result",
  runbooks: "Linked runbooks",
};

export const SECTION_FIELDS = [
  { name: "phenomenon", label: FIELD_LABEL.phenomenon, hint: "What you see: alerts, errors, graphs, user reports." },
  { name: "cause", label: FIELD_LABEL.cause, hint: "Why it happens, as far as you know." },
  { name: "fix", label: FIELD_LABEL.fix, hint: "What you did, step by step, with the exact commands." },
  { name: "result", label: FIELD_LABEL.result, hint: "What changed and how you know it is fixed. Required to resolve." },
] as const satisfies readonly { name: IncidentFieldName; label: string; hint: string }[];

export function emptyFormValues(runbooks: string[] = []): IncidentFormValues {
  return {
    title: "",
    severity: "",
    status: "open",
    service: "",
    environment: "",
    host: "",
    namespace: "",
    startedAt: "",
    detectedAt: "",
    mitigatedAt: "",
    resolvedAt: "",
    reporter: "",
    phenomenon: "",
    cause: "",
    fix: "",
    result: "",
    runbooks,
  };
}

export function formValuesFromIncident(incident: IncidentDto): IncidentFormValues {
  return {
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    service: incident.service,
    environment: incident.environment,
    host: incident.host ?? "",
    namespace: incident.namespace ?? "",
    startedAt: isoToDatetimeLocal(incident.startedAt),
    detectedAt: isoToDatetimeLocal(incident.detectedAt),
    mitigatedAt: isoToDatetimeLocal(incident.mitigatedAt),
    resolvedAt: isoToDatetimeLocal(incident.resolvedAt),
    reporter: incident.reporter,
    phenomenon: incident.phenomenon,
    cause: incident.cause,
    fix: incident.fix,
    result: incident.result,
    runbooks: [...incident.runbooks],
  };
}

/**
 * The body of POST /api/incidents. Times a status does not have yet are left to the server ("now").
 * A known viewer is the reporter, so the field is left out (the server refuses it from them).
 */
export function toCreateInput(values: IncidentFormValues, anonymous = true): IncidentCreateInput {
  const { reporter, ...rest } = values;
  return {
    ...rest,
    ...(anonymous ? { reporter } : {}),
    severity: values.severity as Severity, // "" is left for the schema to reject with its message
    startedAt: datetimeLocalToIso(values.startedAt) ?? "",
    detectedAt: datetimeLocalToIso(values.detectedAt) ?? null,
    mitigatedAt: values.status === "open" ? null : (datetimeLocalToIso(values.mitigatedAt) ?? null),
    resolvedAt: values.status === "resolved" ? (datetimeLocalToIso(values.resolvedAt) ?? null) : null,
    source: "manual",
  };
}

/** Every field as a PATCH body (validated whole); the form then sends only the fields that changed. */
export function toUpdateInput(values: IncidentFormValues): IncidentUpdateInput {
  return {
    ...values,
    severity: values.severity as Severity,
    startedAt: datetimeLocalToIso(values.startedAt) ?? "",
    detectedAt: datetimeLocalToIso(values.detectedAt) ?? null,
    mitigatedAt: datetimeLocalToIso(values.mitigatedAt) ?? null,
    resolvedAt: datetimeLocalToIso(values.resolvedAt) ?? null,
  };
}

/** The fields of `input` that differ from `baseline` (the form's values when it opened): the PATCH body. */
export function pickChanged(input: IncidentUpdateInput, baseline: IncidentUpdateInput): IncidentUpdateInput {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (JSON.stringify(value) !== JSON.stringify(baseline[key as keyof IncidentUpdateInput])) patch[key] = value;
  }
  return patch as IncidentUpdateInput;
}

export interface RebasedForm {
  /** What the form shows after the reload: the current version, with the user's own edits on top. */
  values: IncidentFormValues;
  /** Fields the user had changed, kept. */
  kept: IncidentFieldName[];
  /** Of those, the fields the other change touched too (to a different value): the user's value wins, and should be checked. */
  overlapping: IncidentFieldName[];
}

const same = (a: IncidentFormValues[IncidentFieldName], b: IncidentFormValues[IncidentFieldName]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * After a version conflict: start from the version now stored (`current`) and
 * re-apply what the user had typed (`typed`, compared with what the form opened
 * at, `opened`), so reloading does not throw their work away. Fields only the
 * other person changed take the stored value.
 */
export function rebaseFormValues(typed: IncidentFormValues, opened: IncidentFormValues, current: IncidentFormValues): RebasedForm {
  const values = { ...current };
  const kept: IncidentFieldName[] = [];
  const overlapping: IncidentFieldName[] = [];
  for (const name of Object.keys(opened) as IncidentFieldName[]) {
    if (same(typed[name], opened[name])) continue;
    kept.push(name);
    if (!same(current[name], opened[name]) && !same(current[name], typed[name])) overlapping.push(name);
    Object.assign(values, { [name]: typed[name] });
  }
  return { values, kept, overlapping };
}
