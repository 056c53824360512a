import { beforeEach, describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { applyMigrations, diffDatabaseToSchema } from "@/lib/db/migrations/apply-migrations";
import { listMigrationNames } from "@/lib/db/migrations/migration-files";
import { resetDatabase } from "@/lib/db/reset-database";
import { getHealth } from "@/lib/health/get-health";
import { incidentSearchTokens } from "@/lib/search/incident-tokens";
import { readSampleIncidents, seedSampleIncidents } from "@/lib/incidents/seed-sample-incidents";
import { runbookExists } from "@/lib/runbooks/runbook-index";

const kind = getConfig().database.kind;

describe(`foundation on ${kind}`, () => {
  beforeEach(resetDatabase);

  it("has every migration applied, and the migrations match prisma/models exactly", async () => {
    expect(await applyMigrations(getConfig().database)).toEqual([]);
    expect(await diffDatabaseToSchema(getConfig().database)).toBe("");
  });

  it("reports database kind, migration state and row counts in the health check", async () => {
    const health = await getHealth();
    expect(health.database.kind).toBe(kind);
    expect(health.database.migrations.applied).toEqual(listMigrationNames(kind));
    expect(health.database.migrations.upToDate).toBe(true);
    expect(health.database.counts).toEqual({ incidents: 0, runbookLinks: 0, events: 0 });
  });

  it("seeds the sample incidents once; a second run adds nothing", async () => {
    const samples = readSampleIncidents();
    const now = new Date("2026-11-22T12:00:00Z");
    const first = await seedSampleIncidents(now, samples);
    expect(first.created).toBe(samples.length);
    const counts = { incidents: await db().incident.count(), links: await db().incidentRunbook.count(), events: await db().incidentEvent.count() };
    expect(counts.incidents).toBe(samples.length);

    const second = await seedSampleIncidents(now, samples);
    expect(second.created).toBe(0);
    expect({ incidents: await db().incident.count(), links: await db().incidentRunbook.count(), events: await db().incidentEvent.count() }).toEqual(counts);
  });

  it("spreads the sample over the last 90 days with every severity and status, linked only to runbooks that exist", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    await seedSampleIncidents(now);
    const incidents = await db().incident.findMany({ include: { runbooks: true } });
    const ninetyDaysAgo = now.getTime() - 90 * 24 * 3600_000;
    expect(incidents.every((i) => i.startedAt.getTime() >= ninetyDaysAgo && i.startedAt <= now)).toBe(true);
    expect(new Set(incidents.map((i) => i.severity))).toEqual(new Set(["SEV1", "SEV2", "SEV3", "SEV4"]));
    expect(new Set(incidents.map((i) => i.status))).toEqual(new Set(["open", "mitigated", "resolved"]));
    // Seeded rows are searchable and sortable by time to resolve, like rows written by the API.
    expect(incidents.filter((i) => i.searchTokens !== incidentSearchTokens(i) || !i.searchTokens).map((i) => i.title)).toEqual([]);
    expect(incidents.filter((i) => (i.resolvedAt === null) !== (i.resolveSeconds === null)).map((i) => [i.id, i.resolvedAt, i.resolveSeconds])).toEqual([]);
    const links = incidents.flatMap((i) => i.runbooks);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => runbookExists(l.runbookSlug))).toBe(true);
  });

  it("leaves out links to runbook slugs that do not exist", async () => {
    const [sample] = readSampleIncidents();
    const result = await seedSampleIncidents(new Date(), [{ ...sample, runbooks: [{ slug: "no-such-runbook", fixWorked: null }] }]);
    expect(result.skippedLinks).toEqual([`${sample.key} → no-such-runbook`]);
    expect(await db().incidentRunbook.count()).toBe(0);
  });

  it("refuses a second incident for the same alert fingerprint and start time", async () => {
    const base = { title: "t", severity: "SEV3" as const, service: "s", environment: "e", reporter: "r", fingerprint: "abc", startedAt: new Date("2026-11-01T00:00:00Z") };
    await db().incident.create({ data: base });
    await expect(db().incident.create({ data: base })).rejects.toThrow();
    await db().incident.create({ data: { ...base, startedAt: new Date("2026-11-02T00:00:00Z") } });
    expect(await db().incident.count()).toBe(2);
  });
});
