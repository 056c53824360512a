import { beforeEach, describe, expect, it } from "vitest";
import { GET as getPostmortemRoute } from "@/app/api/incidents/[id]/postmortem/route";
import { GET as getDraftRoute } from "@/app/api/incidents/[id]/runbook-draft/route";
import { GET as getMergedDraftRoute } from "@/app/api/runbook-drafts/route";
import { getConfig } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import { addIncidentNote } from "@/lib/incidents/add-incident-note";
import { createIncident } from "@/lib/incidents/create-incident";
import { incidentCreateSchema, incidentEventCreateSchema, incidentUpdateSchema } from "@/lib/incidents/incident-schemas";
import { updateIncident } from "@/lib/incidents/update-incident";
import type { RunbookDraft } from "@/lib/runbooks/build-runbook-draft";
import type { Postmortem } from "@/lib/incidents/build-postmortem";
import { anonymousEditor, tokenContext, userContext } from "../support/actors";

/** GET /api/incidents/{id}/runbook-draft, /api/runbook-drafts and /api/incidents/{id}/postmortem against a real database. */

const MIN = 60_000;
const t0 = new Date(Date.now() - 3 * 24 * 60 * MIN);
const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);
const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });
const get = (path: string) => new Request(`http://localhost${path}`);

async function crashLoop(service: string, line: string) {
  return createIncident(
    anonymousEditor("api"),
    incidentCreateSchema.parse({
      title: `${service} in CrashLoopBackOff after a config change`,
      severity: "SEV2",
      service,
      environment: "prod-eks-1",
      namespace: "shop",
      reporter: "alice",
      startedAt: at(0).toISOString(),
      detectedAt: at(4).toISOString(),
      phenomenon: `\`KubePodCrashLooping\` fired for ${service}. The pod log said:\n\n\`\`\`text\n2026-11-20T09:00:01Z ${line}\n\`\`\`\n\n一直重启`,
      cause: "A typo in the database host name in the ConfigMap.",
      fix: "```bash\nkubectl -n shop rollout undo deployment/" + service + "\n```",
      runbooks: ["pod-crashloopbackoff"],
    }),
    at(5),
  );
}

describe(`write-ups on ${getConfig().database.kind}`, () => {
  beforeEach(resetDatabase);

  it("drafts a runbook from one incident, and merges several", async () => {
    const a = await crashLoop("order-api", "dial tcp: lookup orders-db.shop.svc.cluster.lcoal: no such host");
    const b = await crashLoop("checkout-api", "panic: open /etc/app/config.yaml: no such file or directory");

    const one = await getDraftRoute(get(`/api/incidents/${a.id}/runbook-draft`), params(a.id));
    expect(one.status).toBe(200);
    const draft: RunbookDraft = await one.json();
    expect(draft.incidentIds).toEqual([a.id]);
    expect(draft.content).toContain('  - "dial tcp: lookup orders-db.shop.svc.cluster.lcoal: no such host"');
    expect(draft.content).toContain('  - "一直重启"');
    expect(draft.content).toContain("related:\n  - \"pod-crashloopbackoff\"");

    const merged = await getMergedDraftRoute(get(`/api/runbook-drafts?incident=${b.id}&incident=${a.id}`));
    expect(merged.status).toBe(200);
    const both: RunbookDraft = await merged.json();
    expect(both.incidentIds).toEqual([b.id, a.id]);
    expect(both.content).toContain("panic: open /etc/app/config.yaml: no such file or directory");
    expect(both.content).toContain("dial tcp: lookup orders-db.shop.svc.cluster.lcoal: no such host");
    expect(both.content.indexOf(`### Incident #${b.id}:`)).toBeLessThan(both.content.indexOf(`### Incident #${a.id}:`));
  });

  it("404 for an unknown incident, 400 for a bad id list, both as the closed error shape", async () => {
    const a = await crashLoop("order-api", "no such host");
    const missing = await getMergedDraftRoute(get(`/api/runbook-drafts?incident=${a.id}&incident=999999`));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "not_found", message: "Incident 999999 not found" } });
    const none = await getMergedDraftRoute(get("/api/runbook-drafts"));
    expect(none.status).toBe(400);
    expect((await none.json()).error).toMatchObject({ code: "invalid_input", fields: { incident: expect.any(String) } });
    const bad = await getMergedDraftRoute(get("/api/runbook-drafts?incident=abc"));
    expect(bad.status).toBe(400);
    const tooMany = await getMergedDraftRoute(get(`/api/runbook-drafts?${Array.from({ length: 21 }, (_, i) => `incident=${i + 1}`).join("&")}`));
    expect(tooMany.status).toBe(400);
    expect((await getDraftRoute(get("/api/incidents/x/runbook-draft"), params("x"))).status).toBe(404);
  });

  it("writes a postmortem with impact, durations and a long timeline in order, with authors and channels", async () => {
    const incident = await crashLoop("order-api", "no such host");
    const NOTES = 150;
    for (let i = 0; i < NOTES; i++) {
      const ctx = i % 3 === 0 ? tokenContext("ci-bot", ["incidents:read", "incidents:write"]) : i % 3 === 1 ? userContext("responder", "bob@example.com") : anonymousEditor("web");
      await addIncidentNote(ctx, incident.id, incidentEventCreateSchema.parse({ message: `step ${i}: checked pods | restarts ${i}\nsecond line ${i}`, author: ctx.actor.kind === "anonymous" ? "carol" : undefined }), at(10 + i));
    }
    await updateIncident(userContext("responder", "bob@example.com"), incident.id, incidentUpdateSchema.parse({ status: "mitigated", mitigatedAt: at(30).toISOString() }), at(200));
    await updateIncident(userContext("responder", "bob@example.com"), incident.id, incidentUpdateSchema.parse({ status: "resolved", resolvedAt: at(130).toISOString(), result: "Pods Running after the rollback." }), at(201));

    const response = await getPostmortemRoute(get(`/api/incidents/${incident.id}/postmortem`), params(incident.id));
    expect(response.status).toBe(200);
    const { fileName, content }: Postmortem = await response.json();
    expect(fileName).toBe(`postmortem-incident-${incident.id}.md`);
    expect(content).toContain(`# Postmortem: #${incident.id} order-api in CrashLoopBackOff after a config change`);
    expect(content).toContain("SEV2 incident in order-api, prod-eks-1, namespace shop");
    expect(content).toContain("| Time to detect | 4 min |");
    expect(content).toContain("| Time to mitigate | 30 min |");
    expect(content).toContain("| Time to resolve | 2 h 10 min |");
    expect(content).toContain("| Namespace | shop |");

    const timeline = content.slice(content.indexOf("## Timeline"), content.indexOf("## Phenomenon"));
    const steps = [...timeline.matchAll(/step (\d+): checked pods/g)].map((m) => Number(m[1]));
    expect(steps).toEqual(Array.from({ length: NOTES }, (_, i) => i));
    expect(timeline).toContain("· Note · by ci-bot (via API token ci-bot)");
    expect(timeline).toContain("· Note · by bob@example.com (via web)");
    expect(timeline).toContain("· Note · by carol (via web)");
    expect(timeline).toContain("\n  second line 0\n");
    expect(timeline).toMatch(/· Logged · by alice \(via API\)/);

    for (const heading of ["## Summary", "## Impact", "## Phenomenon", "## Cause", "## Fix", "## Result", "## Runbooks used", "## Action items", "### Prevent", "### Detect"]) {
      expect(content).toContain(`${heading}\n`);
    }
    expect(content).toMatch(/- \[.+\]\(\/runbooks\/pod-crashloopbackoff\): whether the fix worked was not recorded/);
    expect(content).toContain("Pods Running after the rollback.");
  });
});
