import { z } from "zod";
import { incidentDtoSchema, type IncidentDto } from "./incident-dto";

/** Export file builders: pure, so the quoting rules are unit-tested without a database. */

export const CSV_COLUMNS = [
  "id",
  "title",
  "severity",
  "status",
  "service",
  "environment",
  "host",
  "source",
  "reporter",
  "startedAt",
  "detectedAt",
  "mitigatedAt",
  "resolvedAt",
  "timeToResolveMinutes",
  "runbooks",
  "alertname",
  "namespace",
  // The four sections last: long Markdown, and what makes the file importable again (triage import).
  "phenomenon",
  "cause",
  "fix",
  "result",
] as const;

/** Text a spreadsheet would run as a formula; a leading ' (also before another ') makes it text, and import takes one off. */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break,
 * quotes doubled. Text starting with = + - @ (or tab/CR, which some
 * spreadsheets skip first) gets a leading ' so a spreadsheet shows it instead
 * of running it as a formula (CSV injection); so does such text already
 * starting with ', so that import can take exactly one ' off and get the value back.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(incident: IncidentDto): (string | number | null)[] {
  return [
    incident.id,
    incident.title,
    incident.severity,
    incident.status,
    incident.service,
    incident.environment,
    incident.host,
    incident.source,
    incident.reporter,
    incident.startedAt,
    incident.detectedAt,
    incident.mitigatedAt,
    incident.resolvedAt,
    incident.timeToResolveMs === null ? null : Math.round(incident.timeToResolveMs / 6_000) / 10,
    incident.runbooks.join(";"),
    incident.alertname,
    incident.namespace,
    incident.phenomenon,
    incident.cause,
    incident.fix,
    incident.result,
  ];
}

/**
 * CRLF line ends as RFC 4180 says; a UTF-8 byte order mark first, without
 * which Excel reads UTF-8 (e.g. Chinese titles) as the local code page.
 */
export function incidentsToCsv(incidents: IncidentDto[]): string {
  const lines = [CSV_COLUMNS.join(","), ...incidents.map((incident) => row(incident).map(csvCell).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export const incidentJsonExportSchema = z
  .object({
    exportedAt: z.iso.datetime(),
    count: z.number().int(),
    truncated: z.boolean().describe("True when more incidents matched than the export cap."),
    items: z.array(incidentDtoSchema),
  })
  .meta({ id: "IncidentExport" });
export type IncidentJsonExport = z.infer<typeof incidentJsonExportSchema>;

export function incidentsToJson(incidents: IncidentDto[], exportedAt: Date, truncated: boolean): string {
  const body: IncidentJsonExport = { exportedAt: exportedAt.toISOString(), count: incidents.length, truncated, items: incidents };
  return `${JSON.stringify(body, null, 2)}\n`;
}
