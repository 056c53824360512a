import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/incidents/route";
import { getConfig } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import type { IncidentListDto } from "@/lib/incidents/incident-dto";
import { fireAlert, giveFeedback, logIncident } from "../support/incident-fixtures";

/** The list filters the dashboard's links use: alertname, hasAlert, hasRunbook, fixWorked, has, similar. */

async function list(query: string) {
  const response = await GET(new Request(`http://localhost/api/incidents?${query}&limit=100`));
  return { status: response.status, body: (await response.json()) as IncidentListDto & { error?: { fields: Record<string, string> } } };
}
const titles = async (query: string) => {
  const { status, body } = await list(query);
  expect(status, query).toBe(200);
  return body.items.map((i) => i.title).sort();
};

describe(`dashboard list filters on ${getConfig().database.kind}`, () => {
  beforeAll(async () => {
    await resetDatabase();
    const linked = await logIncident({ title: "Worked twice", startedAt: "2026-10-01T08:00:00Z", detectedAfter: 3, runbooks: ["pod-pending", "oom-killer"] });
    await giveFeedback(linked.id, "pod-pending", true);
    await giveFeedback(linked.id, "oom-killer", false);
    const failed = await logIncident({ title: "Did not work", startedAt: "2026-10-02T08:00:00Z", mitigatedAfter: 10, resolvedAfter: 20, runbooks: ["pod-pending"] });
    await giveFeedback(failed.id, "pod-pending", false);
    await logIncident({ title: "No feedback yet", startedAt: "2026-10-03T08:00:00Z", runbooks: ["pod-pending"] });
    await logIncident({ title: "Disk full on node-12", startedAt: "2026-10-04T08:00:00Z" });
    await logIncident({ title: "DISK FULL on node 7!", startedAt: "2026-10-05T08:00:00Z" });
    await fireAlert({ alertname: "FixtureAlert", fingerprint: "x1", service: "svc", startsAt: "2026-10-06T08:00:00Z", resolvedAfter: 5 });
  });

  it.each([
    ["alertname=FixtureAlert", ["FixtureAlert: FixtureAlert on svc"]],
    ["hasAlert=true", ["FixtureAlert: FixtureAlert on svc"]],
    ["hasAlert=false&hasRunbook=false", ["DISK FULL on node 7!", "Disk full on node-12"]],
    ["hasRunbook=true", ["Did not work", "No feedback yet", "Worked twice"]],
    ["fixWorked=true", ["Worked twice"]],
    ["fixWorked=false", ["Did not work", "Worked twice"]],
    ["runbook=pod-pending&fixWorked=false", ["Did not work"]],
    ["runbook=oom-killer&fixWorked=false", ["Worked twice"]],
    ["runbook=pod-pending&fixWorked=unknown", ["No feedback yet"]],
    ["has=detectedAt", ["FixtureAlert: FixtureAlert on svc", "Worked twice"]],
    ["has=mitigatedAt,resolvedAt", ["Did not work"]],
    ["has=resolvedAt", ["Did not work", "FixtureAlert: FixtureAlert on svc"]],
    ["similar=disk%20full%20on%20node-99", ["DISK FULL on node 7!", "Disk full on node-12"]],
    ["similar=disk%20full%20node", ["DISK FULL on node 7!", "Disk full on node-12"]],
    ["similar=disk%20slow%20on%20node-12", []],
  ])("%s", async (query, expected) => {
    expect(await titles(query)).toEqual(expected);
  });

  it.each([
    ["hasRunbook=yes", "hasRunbook", "hasRunbook must be true or false"],
    ["hasAlert=1", "hasAlert", "hasAlert must be true or false"],
    ["fixWorked=maybe", "fixWorked", "fixWorked must be one of true, false, unknown"],
    ["has=startedAt", "has.0", "has must be one of detectedAt, mitigatedAt, resolvedAt"],
    [`alertname=${"A".repeat(201)}`, "alertname", "alertname must be at most 200 characters"],
  ])("400 for %s, naming the parameter", async (query, field, message) => {
    const { status, body } = await list(query);
    expect(status).toBe(400);
    expect(body.error?.fields).toEqual({ [field]: message });
  });
});
