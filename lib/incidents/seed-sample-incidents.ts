import { readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { withDatabaseLock } from "@/lib/db/database-lock";
import { isSqliteBusy } from "@/lib/db/sqlite-journal";
import { runbookExists } from "@/lib/runbooks/runbook-index";
import { rebuildIncidentSearchIndex } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { buildIncidentCreate, type BuiltIncident } from "./build-incident";
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

/** One sample's rows, before the database gives the incident its id. */
interface SampleRows {
  incident: BuiltIncident["row"];
  links: BuiltIncident["links"];
  events: BuiltIncident["events"];
}

/** The rows one sample becomes (pure); links to runbooks that do not exist are left out and named in `skippedLinks`. */
function sampleRows(sample: SampleIncident, now: Date, skippedLinks: string[]): SampleRows {
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
  const openedAt = detectedAt ?? startedAt;
  const by = { author: sample.reporter, via: "sample" };
  // The same builder, limits and derived columns as every other create path.
  const built = buildIncidentCreate(
    {
      title: sample.title,
      severity: sample.severity,
      status: sample.status,
      service: sample.service,
      environment: sample.environment,
      host: sample.host,
      namespace: null,
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
      createdAt: openedAt,
    },
    {
      text: "refuse",
      links: links.map((l) => ({ slug: l.slug, fixWorked: l.fixWorked, linkedAt: openedAt })),
      events: [
        { kind: sample.source === "alertmanager" ? "alert_fired" : "created", at: openedAt, ...by, message: `Incident opened: ${sample.title}` },
        ...links.map((l) => ({ kind: "runbook_linked" as const, at: openedAt, ...by, message: `Linked runbook ${l.slug}` })),
        ...sample.notes.map((n) => ({ kind: "note_added" as const, at: new Date(startedAt.getTime() + n.afterMinutes * MINUTE), author: n.author, via: "sample", message: n.message })),
        ...(mitigatedAt ? [{ kind: "status_changed" as const, at: mitigatedAt, ...by, message: "Status changed to mitigated" }] : []),
        ...(resolvedAt ? [{ kind: "status_changed" as const, at: resolvedAt, ...by, message: "Status changed to resolved" }] : []),
      ],
    },
  );
  return { incident: built.row, links: built.links, events: built.events };
}

/**
 * Fills an empty database with the sample incidents, in one transaction, so
 * it either loads everything or nothing; when any incident exists it adds
 * nothing (running it twice is harmless). Links to runbook slugs that do not
 * exist are left out and reported, never written.
 *
 * The rows are built before the transaction opens, and written in three
 * statements (incidents, links, events), not one nested create per incident:
 * ~50 sequential nested creates (and the first, lazy load of the runbook
 * index) kept the interactive transaction open for 8–14 s on a busy machine.
 */
export async function seedSampleIncidents(now = new Date(), samples = readSampleIncidents()): Promise<SeedResult> {
  const skippedLinks: string[] = [];
  const planned = samples.map((sample) => sampleRows(sample, now, skippedLinks));
  // The inserted rows come back in no guaranteed order: they are matched to their sample by title.
  const titles = new Set(planned.map((p) => p.incident.title));
  if (titles.size !== planned.length) throw new Error("Sample incidents must have distinct titles (prisma/seed-data/incidents.json)");
  // Under the migrate-and-seed lock, so a second `npm start` waits and then finds the samples loaded.
  const { database } = getConfig();
  const where = database.kind === "sqlite" ? database.file : "the database";
  const created = await withDatabaseLock(database, () => retryWhileBusy(where, () => insertSamples(planned)));
  return { created, skippedLinks };
}

const BUSY_RETRIES = 5;

/**
 * A server writing the same SQLite file between the transaction's count and
 * its first insert makes SQLite refuse the insert (SQLITE_BUSY_SNAPSHOT, no
 * waiting). The transaction rolled back and starts with the count again, so
 * running it again is safe.
 */
async function retryWhileBusy<T>(where: string, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
      if (attempt >= BUSY_RETRIES) throw new ConfigError(`Seeding: ${where} stayed locked by another writer through ${BUSY_RETRIES} attempts; retry when it is quieter.`);
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

async function insertSamples(planned: SampleRows[]): Promise<number> {
  return db().$transaction(async (tx) => {
    if ((await tx.incident.count()) > 0) return 0;
    const rows = await tx.incident.createManyAndReturn({ data: planned.map((p) => p.incident), select: { id: true, title: true } });
    const idByTitle = new Map(rows.map((row) => [row.title, row.id]));
    const withId = planned.map((p) => ({ ...p, id: idByTitle.get(p.incident.title) ?? missing(p.incident.title) }));
    await tx.incidentRunbook.createMany({ data: withId.flatMap((p) => p.links.map((link) => ({ ...link, incidentId: p.id }))) });
    await tx.incidentEvent.createMany({ data: withId.flatMap((p) => p.events.map((event) => ({ ...event, incidentId: p.id }))) });
    // The database held no incident, so indexing all of them is indexing these, in a few batched statements.
    await rebuildIncidentSearchIndex(tx, searchDialect());
    return rows.length;
    // A handful of statements; 30 s rather than Prisma's 5 s only because their first compilation took up to ~3.5 s on a 2-core machine at load 20.
  }, { timeout: 30_000 });
}

function missing(title: string): never {
  throw new Error(`Seeding: the database returned no row for the sample "${title}"`);
}
