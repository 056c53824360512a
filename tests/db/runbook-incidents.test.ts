import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/runbooks/[slug]/incidents/route";
import { getConfig } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import { countIncidentsByRunbook, getRunbookIncidentSummary } from "@/lib/incidents/get-runbook-incident-summary";
import { giveFeedback, logIncident } from "../support/incident-fixtures";
import { viewerContext } from "../support/actors";

const HOUR = 3600_000;
const start = new Date("2026-11-01T00:00:00Z");

async function incident(title: string, hoursToResolve: number | null, slug: string, fixWorked: boolean | null, offsetHours = 0) {
  const startedAt = new Date(start.getTime() + offsetHours * HOUR).toISOString();
  const created = await logIncident({ title, startedAt, resolvedAfter: hoursToResolve === null ? undefined : hoursToResolve * 60, runbooks: [slug] });
  if (fixWorked !== null) await giveFeedback(created.id, slug, fixWorked);
}

describe(`runbook incident panel on ${getConfig().database.kind}`, () => {
  beforeEach(resetDatabase);

  it("counts, dates, median time to resolve, fix feedback and the latest five", async () => {
    await incident("a", 1, "oom-killer", true, 0);
    await incident("b", 3, "oom-killer", false, 1);
    await incident("c", 2, "oom-killer", null, 2);
    await incident("d", null, "oom-killer", null, 3);
    await incident("other", 9, "pod-pending", true, 4);
    const summary = await getRunbookIncidentSummary(viewerContext(), "oom-killer");
    expect(summary.count).toBe(4);
    expect(summary.lastSeen).toBe(new Date(start.getTime() + 3 * HOUR).toISOString());
    expect(summary.medianTimeToResolveMs).toBe(2 * HOUR);
    expect(summary.fixWorked).toEqual({ worked: 1, didNot: 1 });
    expect(summary.latest.map((i) => i.title)).toEqual(["d", "c", "b", "a"]);
    expect(Object.fromEntries((await countIncidentsByRunbook(viewerContext())) ?? [])).toEqual({ "oom-killer": 4, "pod-pending": 1 });
  });

  it("the median of an even count is the mean of the middle two; a runbook never linked has empty figures", async () => {
    await incident("a", 1, "oom-killer", null, 0);
    await incident("b", 4, "oom-killer", null, 1);
    expect((await getRunbookIncidentSummary(viewerContext(), "oom-killer")).medianTimeToResolveMs).toBe(2.5 * HOUR);
    expect(await getRunbookIncidentSummary(viewerContext(), "pod-pending")).toEqual({ count: 0, lastSeen: null, medianTimeToResolveMs: null, fixWorked: { worked: 0, didNot: 0 }, latest: [] });
  });

  it("answers 404 for a slug no runbook has", async () => {
    const response = await GET(new Request("http://t/api/runbooks/nope/incidents"), { params: Promise.resolve({ slug: "nope" }) });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  });
});
