import { z } from "zod";

/** One record of prisma/seed-data/incidents.json: times are relative, so the sample stays recent. */
export const sampleIncidentSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    severity: z.enum(["SEV1", "SEV2", "SEV3", "SEV4"]),
    status: z.enum(["open", "mitigated", "resolved"]),
    service: z.string().min(1),
    environment: z.string().min(1),
    host: z.string().nullable(),
    source: z.enum(["manual", "alertmanager", "api"]),
    alertname: z.string().nullable(),
    reporter: z.string().min(1),
    startedDaysAgo: z.number().positive().max(90),
    detectedAfterMinutes: z.number().nonnegative().nullable(),
    mitigatedAfterMinutes: z.number().nonnegative().nullable(),
    resolvedAfterMinutes: z.number().nonnegative().nullable(),
    phenomenon: z.string(),
    cause: z.string(),
    fix: z.string(),
    result: z.string(),
    runbooks: z.array(z.object({ slug: z.string(), fixWorked: z.boolean().nullable() })),
    notes: z.array(z.object({ afterMinutes: z.number().nonnegative(), author: z.string().min(1), message: z.string().min(1) })),
  })
  .superRefine((incident, ctx) => {
    if ((incident.status === "resolved") !== (incident.resolvedAfterMinutes !== null)) {
      ctx.addIssue({ code: "custom", path: ["resolvedAfterMinutes"], message: "set exactly when status is resolved" });
    }
    if (incident.status === "resolved" && !incident.result.trim()) {
      ctx.addIssue({ code: "custom", path: ["result"], message: "a resolved incident needs a result" });
    }
  });

export type SampleIncident = z.infer<typeof sampleIncidentSchema>;
export const sampleIncidentsSchema = z.array(sampleIncidentSchema);
