import "server-only";
import { authorize, type RequestContext } from "@/lib/auth/actor";
import { toIncidentDto } from "./incident-dto";
import { incidentsToCsv, incidentsToJson } from "./incident-export-format";
import type { IncidentExportQuery } from "./incident-schemas";
import { queryIncidents } from "./query-incidents";

export const EXPORT_CAP = 10_000;

export interface IncidentExport {
  filename: string;
  contentType: string;
  body: string;
  count: number;
  /** More incidents matched than EXPORT_CAP; the first EXPORT_CAP (in list order) are in the file. */
  truncated: boolean;
}

/** Every incident matching the list filters, in the list's order, as a file (no pagination; capped). */
export async function exportIncidents(ctx: RequestContext, query: Partial<IncidentExportQuery>, now = new Date()): Promise<IncidentExport> {
  authorize(ctx, "incidents:read");
  const format = query.format ?? "csv";
  const rows = await queryIncidents({ filters: query, sort: query.sort ?? "startedAt", order: query.order ?? "desc", take: EXPORT_CAP + 1 });
  const truncated = rows.length > EXPORT_CAP;
  const incidents = rows.slice(0, EXPORT_CAP).map(toIncidentDto);
  const date = now.toISOString().slice(0, 10);
  return format === "csv"
    ? { filename: `incidents-${date}.csv`, contentType: "text/csv; charset=utf-8", body: incidentsToCsv(incidents), count: incidents.length, truncated }
    : { filename: `incidents-${date}.json`, contentType: "application/json; charset=utf-8", body: incidentsToJson(incidents, now, truncated), count: incidents.length, truncated };
}
