import { z } from "zod";
import { cleanText, INCIDENT_LIMITS, textRule, yearProblem } from "@/lib/incidents/incident-limits";
import { ownValue } from "@/lib/own-property";
import { parseIsoDateTime } from "@/lib/incidents/iso-time";

/**
 * Alertmanager's webhook payload (version 4; Grafana's webhook contact point
 * sends the same shape as version "1" with extra fields). Objects are loose:
 * fields added by newer senders pass through instead of failing the delivery.
 * Only what an incident needs is required, and each message names its field.
 * https://prometheus.io/docs/alerting/latest/configuration/#webhook_config
 */

/** Go's zero time, which Alertmanager sends as endsAt of a firing alert with no end. */
const GO_ZERO_YEAR = 1;

/** An RFC 3339 time inside the accepted years (lib/incidents/incident-limits.ts); Go's zero time is null where `goZero` allows it. */
const timestamp = (field: string, goZero = false) =>
  z.string({ error: `${field} must be an RFC 3339 timestamp` }).transform((text, ctx): Date | null => {
    const date = parseIsoDateTime(text);
    if (!date) {
      ctx.addIssue({ code: "custom", message: `${field} must be an RFC 3339 timestamp, got "${cleanText(text.slice(0, 40), "line")}"` });
      return z.NEVER;
    }
    if (goZero && date.getUTCFullYear() <= GO_ZERO_YEAR) return null;
    const problem = yearProblem(date);
    if (problem) {
      ctx.addIssue({ code: "custom", message: `${field} ${problem}` });
      return z.NEVER;
    }
    return date;
  });

const labelSet = (field: string) =>
  z.record(z.string(), z.string({ error: `${field} values must be strings` }), { error: `${field} must be an object of string values` });

const alertSchema = z.looseObject({
  status: z.enum(["firing", "resolved"], { error: 'status must be "firing" or "resolved"' }),
  labels: labelSet("labels").superRefine((labels, ctx) => {
    if (!ownValue(labels, "alertname")?.trim()) ctx.addIssue({ code: "custom", path: ["alertname"], message: "the alertname label is required" });
  }),
  annotations: labelSet("annotations").default({}),
  startsAt: timestamp("startsAt").pipe(z.date({ error: "startsAt must be a real time, not Go's zero time" })),
  endsAt: timestamp("endsAt", true)
    .optional()
    .transform((date) => date ?? null),
  generatorURL: z.string({ error: "generatorURL must be a string" }).optional(),
  fingerprint: z.string({ error: "fingerprint is required" }).trim().min(1, "fingerprint is required").max(INCIDENT_LIMITS.fingerprint, "fingerprint is too long")
    // The alert's identity: refused rather than cleaned, or a cleaned copy would never match its redelivery.
    .refine(...textRule("fingerprint", "line")),
});

export const alertmanagerPayloadSchema = z.looseObject({
  version: z.string({ error: "version must be a string" }).optional(),
  groupKey: z.string({ error: "groupKey must be a string" }).optional(),
  truncatedAlerts: z.number({ error: "truncatedAlerts must be a number" }).int().nonnegative().optional(),
  status: z.enum(["firing", "resolved"], { error: 'status must be "firing" or "resolved"' }).optional(),
  receiver: z.string({ error: "receiver must be a string" }).optional(),
  groupLabels: labelSet("groupLabels").default({}),
  commonLabels: labelSet("commonLabels").default({}),
  commonAnnotations: labelSet("commonAnnotations").default({}),
  externalURL: z.string({ error: "externalURL must be a string" }).optional(),
  alerts: z.array(alertSchema, { error: "alerts must be a list" }).min(1, "alerts must not be empty").max(1000, "at most 1000 alerts per delivery"),
});

export type AlertmanagerPayload = z.output<typeof alertmanagerPayloadSchema>;
export type AlertmanagerAlert = AlertmanagerPayload["alerts"][number];
