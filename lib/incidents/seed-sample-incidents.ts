import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { runbookExists } from "@/lib/runbooks/runbook-index";
import { indexIncidentSearch } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { derivedColumns } from "./incident-derived-columns";
import { sampleIncidentsSchema, type SampleIncident } from "./sample-incident-schema";

export const SAMPLE_FILE = path.resolve(process.cwd(), "prisma/seed-data/incidents.json");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function readSampleIncidents(file = SAMPLE_FILE): SampleIncident[] {
  const parsed = sampleIncidentsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path.relative(process.cwd(), file)}: [${issue.path.join(".")}] ${issue.message}`);
  }
  return parsed.data;
}

export interface SeedResult {
  created: number;
  skippedLinks: string[];
}

/**
 * Fills an empty database with the sample incidents, in one transaction, so
 * it either loads everything or nothing; when any incident exists it adds
 * nothing (running it twice is harmless). Links to runbook slugs that do not
 * exist are left out and reported, never written.
 */
export async function seedSampleIncidents(now = new Date(), samples = readSampleIncidents()): Promise<SeedResult> {
  const skippedLinks: string[] = [];
  const created = await db().$transaction(async (tx) => {
    if ((await tx.incident.count()) > 0) return 0;
    for (const sample of samples) {
      const startedAt = new Date(now.getTime() - sample.startedDaysAgo * DAY);
      const after = (minutes: number | null) => (minutes === null ? null : new Date(startedAt.getTime() + minutes * MINUTE));
      const links = sample.runbooks.filter((link) => {
        if (runbookExists(link.slug)) return true;
        skippedLinks.push(`${sample.key} → ${link.slug}`);
        return false;
      });
      const detectedAt = after(sample.detectedAfterMinutes);
      const mitigatedAt = after(sample.mitigatedAfterMinutes);
      const resolvedAt = after(sample.resolvedAfterMinutes);
      const derived = derivedColumns({ ...sample, startedAt, resolvedAt });
      const row = await tx.incident.create({
        select: { id: true },
        data: {
          title: sample.title,
          severity: sample.severity,
          status: sample.status,
          service: sample.service,
          environment: sample.environment,
          host: sample.host,
          source: sample.source,
          alertname: sample.alertname,
          fingerprint: sample.alertname ? sample.key : null,
          reporter: sample.reporter,
          phenomenon: sample.phenomenon,
          cause: sample.cause,
          fix: sample.fix,
          result: sample.result,
          startedAt,
          detectedAt,
          mitigatedAt,
          resolvedAt,
          createdAt: detectedAt ?? startedAt,
          // Search tokens and time to resolve, as every other write sets them.
          ...derived,
          runbooks: { create: links.map((l) => ({ runbookSlug: l.slug, fixWorked: l.fixWorked, linkedAt: detectedAt ?? startedAt })) },
          events: {
            create: [
              { kind: sample.source === "alertmanager" ? "alert_fired" : "created", at: detectedAt ?? startedAt, author: sample.reporter, message: `Incident opened: ${sample.title}` },
              ...links.map((l) => ({ kind: "runbook_linked" as const, at: detectedAt ?? startedAt, author: sample.reporter, message: `Linked runbook ${l.slug}` })),
              ...sample.notes.map((n) => ({ kind: "note_added" as const, at: new Date(startedAt.getTime() + n.afterMinutes * MINUTE), author: n.author, message: n.message })),
              ...(mitigatedAt ? [{ kind: "status_changed" as const, at: mitigatedAt, author: sample.reporter, message: "Status changed to mitigated" }] : []),
              ...(resolvedAt ? [{ kind: "status_changed" as const, at: resolvedAt, author: sample.reporter, message: "Status changed to resolved" }] : []),
            ],
          },
        },
      });
      await indexIncidentSearch(tx, searchDialect(), row.id, null, derived.searchTokens);
    }
    return samples.length;
  }, { timeout: 60_000 });
  return { created, skippedLinks };
}
