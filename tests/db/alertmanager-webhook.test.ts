import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/alerts/alertmanager/route";
import { getConfig, resetConfigForTests } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/lib/db/reset-database";
import { updateIncident } from "@/lib/incidents/update-incident";
import { anonymousEditor, viewerContext } from "../support/actors";
import { getIncident } from "@/lib/incidents/get-incident";
import type { AlertmanagerIngestResult } from "@/lib/alerts/ingest-alertmanager";

const kind = getConfig().database.kind;
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/alertmanager");
const TOKEN = "test-token-0123456789abcdef";

type Payload = Record<string, unknown> & { alerts: Record<string, unknown>[] };
const fixture = (name: string): Payload => JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8"));

async function deliver(payload: unknown, headers: Record<string, string> = {}) {
  const response = await POST(
    new Request("http://localhost/api/alerts/alertmanager", {
      method: "POST",
      body: typeof payload === "string" ? payload : JSON.stringify(payload),
      headers: { "content-type": "application/json", "user-agent": "Alertmanager/0.28.1", ...headers },
    }),
  );
  return { status: response.status, body: await response.json() };
}

async function ok(payload: unknown): Promise<AlertmanagerIngestResult> {
  const { status, body } = await deliver(payload);
  expect(status).toBe(200);
  return body;
}

const counts = async () => ({ incidents: await db().incident.count(), events: await db().incidentEvent.count(), links: await db().incidentRunbook.count() });

describe(`Alertmanager webhook on ${kind}`, () => {
  beforeEach(resetDatabase);
  afterEach(() => {
    delete process.env.TRIAGE_API_TOKEN;
    resetConfigForTests();
  });

  it("a firing alert opens an incident: source, severity, service, cluster, phenomenon, runbook, timeline", async () => {
    const result = await ok(fixture("firing.json"));
    expect(result).toEqual({ created: [expect.any(Number)], resolved: [], unchanged: [], ignored: 0 });
    const incident = await getIncident(viewerContext(), result.created[0]);
    expect(incident).toMatchObject({
      title: "KubePodCrashLooping: Pod is crash looping.",
      source: "alertmanager",
      status: "open",
      severity: "SEV3",
      // The crash-looping container, not the kube-state-metrics Service the alert was scraped from.
      service: "checkout",
      environment: "prod-eks-1",
      // kube-state-metrics' instance is its own pod, not the incident's host.
      host: null,
      reporter: "alertmanager",
      alertname: "KubePodCrashLooping",
      fingerprint: "43ee1a98c272e7ac",
      startedAt: "2026-11-21T09:14:07.123Z",
      detectedAt: "2026-11-21T09:14:07.123Z",
      runbooks: ["pod-crashloopbackoff"],
    });
    expect(incident.phenomenon).toMatch(/^Pod is crash looping\.\n\nPod shop\/checkout-7d9c8b6f5-x2kqp/);
    expect(incident.alertLabels).toMatchObject({ namespace: "shop", pod: "checkout-7d9c8b6f5-x2kqp" });
    expect(incident.events.map((e) => [e.kind, e.author, e.at])).toEqual([
      ["alert_fired", "alertmanager", "2026-11-21T09:14:07.123Z"],
      ["runbook_linked", "alertmanager", "2026-11-21T09:14:07.123Z"],
    ]);
  });

  it("the same payload twice changes nothing the second time", async () => {
    const first = await ok(fixture("firing.json"));
    const before = await counts();
    const second = await ok(fixture("firing.json"));
    expect(second).toEqual({ created: [], resolved: [], unchanged: first.created, ignored: 0 });
    expect(await counts()).toEqual(before);
    expect(before).toEqual({ incidents: 1, events: 2, links: 1 });
  });

  it("ten concurrent deliveries of one alert open exactly one incident", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => ok(fixture("firing.json"))));
    const created = results.flatMap((r) => r.created);
    expect(created).toHaveLength(1);
    expect(results.flatMap((r) => r.unchanged)).toEqual(Array(9).fill(created[0]));
    expect(await counts()).toEqual({ incidents: 1, events: 2, links: 1 });
  });

  it("a resolved alert resolves its incident at endsAt with an automatic result and an alert_resolved event", async () => {
    const { created } = await ok(fixture("firing.json"));
    const result = await ok(fixture("resolved.json"));
    expect(result).toEqual({ created: [], resolved: created, unchanged: [], ignored: 0 });
    const incident = await getIncident(viewerContext(), created[0]);
    expect(incident).toMatchObject({
      status: "resolved",
      resolvedAt: "2026-11-21T09:41:37.123Z",
      result: "Resolved automatically: Alertmanager reported the alert resolved at 2026-11-21T09:41:37.123Z.",
      timeToResolveMs: 27.5 * 60_000,
      version: 2,
    });
    expect(incident.events.at(-1)).toMatchObject({ kind: "alert_resolved", author: "alertmanager", at: "2026-11-21T09:41:37.123Z" });

    expect(await ok(fixture("resolved.json"))).toEqual({ created: [], resolved: [], unchanged: created, ignored: 0 });
    expect(await ok(fixture("firing.json"))).toEqual({ created: [], resolved: [], unchanged: created, ignored: 0 });
    expect((await getIncident(viewerContext(), created[0])).status).toBe("resolved");
  });

  it("ten concurrent resolved deliveries resolve once", async () => {
    const { created } = await ok(fixture("firing.json"));
    const results = await Promise.all(Array.from({ length: 10 }, () => ok(fixture("resolved.json"))));
    expect(results.flatMap((r) => r.resolved)).toEqual(created);
    expect(await db().incidentEvent.count({ where: { kind: "alert_resolved" } })).toBe(1);
    expect((await getIncident(viewerContext(), created[0])).version).toBe(2);
  });

  it("keeps a result someone already wrote, and leaves an incident a person resolved alone", async () => {
    const { created } = await ok(fixture("firing.json"));
    await updateIncident(anonymousEditor(), created[0], { result: "Rolled back to v41", author: "alice" });
    await ok(fixture("resolved.json"));
    expect((await getIncident(viewerContext(), created[0])).result).toBe("Rolled back to v41");

    await resetDatabase();
    const again = await ok(fixture("firing.json"));
    await updateIncident(anonymousEditor(), again.created[0], { status: "resolved", result: "Fixed by hand" });
    expect(await ok(fixture("resolved.json"))).toEqual({ created: [], resolved: [], unchanged: again.created, ignored: 0 });
    expect(await db().incidentEvent.count({ where: { kind: "alert_resolved" } })).toBe(0);
  });

  it("a redelivered resolved notice leaves a person's reopen alone", async () => {
    const { created } = await ok(fixture("firing.json"));
    await ok(fixture("resolved.json"));
    await updateIncident(anonymousEditor(), created[0], { status: "open", author: "alice" });
    // It resolved the incident again, and the timeline (ordered by time, the event dated by endsAt) ended in "reopened".
    expect(await ok(fixture("resolved.json"))).toEqual({ created: [], resolved: [], unchanged: created, ignored: 0 });
    const incident = await getIncident(viewerContext(), created[0]);
    expect(incident).toMatchObject({ status: "open", resolvedAt: null });
    expect(incident.events.filter((e) => e.kind === "alert_resolved")).toHaveLength(1);
    expect(incident.events.at(-1)).toMatchObject({ kind: "status_changed", message: "Status changed from resolved to open" });
  });

  it("an alert that stopped firing before someone marked it mitigated resolves no earlier than that mark", async () => {
    const { created } = await ok(fixture("firing.json"));
    const resolved = fixture("resolved.json");
    const endsAtLabel = resolved.alerts[0].endsAt;
    if (typeof endsAtLabel !== "string") throw new Error("resolved.json: alerts[0].endsAt must be a string");
    const endsAt = new Date(endsAtLabel);
    // Marked mitigated two minutes after the alert's condition had cleared; the resolved notice comes later still.
    const mitigatedAt = new Date(endsAt.getTime() + 2 * 60_000).toISOString();
    await updateIncident(anonymousEditor(), created[0], { status: "mitigated", mitigatedAt: new Date(mitigatedAt), author: "alice" });
    await ok(resolved);
    const incident = await getIncident(viewerContext(), created[0]);
    expect(incident.status).toBe("resolved");
    expect(incident.mitigatedAt).toBe(mitigatedAt);
    expect(incident.resolvedAt).toBe(mitigatedAt);
    // Still editable: the stored order passes the rule every other path applies.
    await updateIncident(anonymousEditor(), created[0], { resolvedAt: new Date(mitigatedAt), severity: "SEV1", author: "alice" });
  });

  it("times from an Alertmanager whose clock is ahead: no resolution in the future, and the incident stays editable", async () => {
    const firing = fixture("firing.json");
    const { created } = await ok(firing);
    const before = Date.now();
    const resolved = fixture("resolved.json");
    resolved.alerts[0].endsAt = "2099-06-01T00:00:00Z";
    await ok(resolved);
    const incident = await getIncident(viewerContext(), created[0]);
    expect(Date.parse(incident.resolvedAt ?? "")).toBeGreaterThanOrEqual(before);
    expect(Date.parse(incident.resolvedAt ?? "")).toBeLessThanOrEqual(Date.now());
    await updateIncident(anonymousEditor(), created[0], { severity: "SEV1", author: "alice" });

    // A firing an hour ahead keeps its startsAt (the alert's identity), and an edit of something else is not refused for it.
    const ahead = new Date(Date.now() + 60 * 60_000).toISOString();
    const early = fixture("firing.json");
    early.alerts[0] = { ...early.alerts[0], fingerprint: "0a1b2c3d4e5f6071", startsAt: ahead };
    const opened = await ok(early);
    expect((await getIncident(viewerContext(), opened.created[0])).startedAt).toBe(ahead);
    const edited = await updateIncident(anonymousEditor(), opened.created[0], { severity: "SEV1", author: "alice" });
    expect(edited.severity).toBe("SEV1");
  });

  it("a resolved alert with no known incident is counted as ignored and stores nothing", async () => {
    expect(await ok(fixture("resolved.json"))).toEqual({ created: [], resolved: [], unchanged: [], ignored: 1 });
    expect(await counts()).toEqual({ incidents: 0, events: 0, links: 0 });
  });

  it("a new firing after resolution opens a new incident", async () => {
    const first = await ok(fixture("firing.json"));
    await ok(fixture("resolved.json"));
    const refiring = fixture("firing.json");
    refiring.alerts[0].startsAt = "2026-11-21T11:02:00.5Z";
    const second = await ok(refiring);
    expect(second.created).toHaveLength(1);
    expect(second.created[0]).not.toBe(first.created[0]);
    expect((await getIncident(viewerContext(), first.created[0])).status).toBe("resolved");
    expect(await getIncident(viewerContext(), second.created[0])).toMatchObject({ status: "open", fingerprint: "43ee1a98c272e7ac", startedAt: "2026-11-21T11:02:00.500Z" });
  });

  it("a grouped payload opens one incident per alert, each with its own host", async () => {
    const result = await ok(fixture("grouped-firing.json"));
    expect(result.created).toHaveLength(3);
    const incidents = await Promise.all(result.created.map((id) => getIncident(viewerContext(), id)));
    expect(incidents.map((i) => i.host)).toEqual(["ip-10-2-1-17.eu-west-1.compute.internal", "ip-10-2-2-41.eu-west-1.compute.internal", "ip-10-2-3-9.eu-west-1.compute.internal"]);
    expect(incidents.every((i) => i.severity === "SEV3" && i.environment === "prod-eks-1" && i.runbooks.join() === "kubelet-node-not-found")).toBe(true);

    const mixed = fixture("grouped-firing.json");
    mixed.alerts[1] = { ...mixed.alerts[1], status: "resolved", endsAt: "2026-11-21T03:40:00Z" };
    expect(await ok(mixed)).toEqual({ created: [], resolved: [result.created[1]], unchanged: [result.created[0], result.created[2]], ignored: 0 });
  });

  it.each([
    ["cpu-throttling-firing.json", { service: "gateway", host: "10.2.1.17:10250", severity: "SEV4", runbooks: ["cfs-cpu-throttling"] }],
    ["node-memory-firing.json", { service: "unknown", host: "ip-10-2-2-41.eu-west-1.compute.internal", severity: "SEV3", runbooks: ["oom-killer"] }],
  ])("kube-prometheus labels in %s: the workload or the node, not the exporter", async (name, expected) => {
    const { created } = await ok(fixture(name));
    expect(await getIncident(viewerContext(), created[0])).toMatchObject({ environment: "prod-eks-1", ...expected });
  });

  it("a Grafana payload with fields Alertmanager does not send", async () => {
    const { created } = await ok(fixture("grafana-firing.json"));
    expect(await getIncident(viewerContext(), created[0])).toMatchObject({
      title: "Payments p99 latency: p99 latency above 2 s for 10 minutes",
      severity: "SEV1",
      service: "payments",
      environment: "staging",
      startedAt: "2026-11-21T09:00:00.000Z",
      runbooks: ["pod-pending"],
    });
  });

  describe("malformed payloads: 400 naming the field, nothing stored", () => {
    const broken = (change: (p: Payload) => void) => {
      const payload = fixture("grouped-firing.json");
      change(payload);
      return payload;
    };

    it.each([
      ["no alerts", broken((p) => Reflect.deleteProperty(p, "alerts")), "alerts"],
      ["the last alert's startsAt", broken((p) => (p.alerts[2].startsAt = "2026-11-21 03:12:31")), "alerts.2.startsAt"],
      ["an alert without alertname", broken((p) => Reflect.deleteProperty(p.alerts[1].labels as object, "alertname")), "alerts.1.labels.alertname"],
      ["an alert status", broken((p) => (p.alerts[0].status = "pending")), "alerts.0.status"],
      ["a fingerprint", broken((p) => (p.alerts[2].fingerprint = "")), "alerts.2.fingerprint"],
      ["a payload that is a list", [fixture("firing.json")], ""],
    ])("%s", async (_why, payload, field) => {
      const { status, body } = await deliver(payload);
      expect(status).toBe(400);
      expect(body.error.code).toBe("invalid_input");
      if (field) {
        expect(Object.keys(body.error.fields)).toContain(field);
        expect(body.error.message.startsWith(`${field}: `)).toBe(true);
      }
      expect(await counts()).toEqual({ incidents: 0, events: 0, links: 0 });
    });

    it("not JSON, or not declared JSON", async () => {
      expect((await deliver("{ truncated")).status).toBe(400);
      expect((await deliver(fixture("firing.json"), { "content-type": "text/plain" })).status).toBe(415);
      expect(await counts()).toEqual({ incidents: 0, events: 0, links: 0 });
    });
  });

  it("needs the bearer token when TRIAGE_API_TOKEN is set (Alertmanager's http_config.authorization)", async () => {
    process.env.TRIAGE_API_TOKEN = TOKEN;
    resetConfigForTests();
    expect((await deliver(fixture("firing.json"))).status).toBe(401);
    expect((await deliver(fixture("firing.json"), { authorization: "Bearer nope-nope-nope-nope" })).status).toBe(401);
    expect(await counts()).toEqual({ incidents: 0, events: 0, links: 0 });
    expect((await deliver(fixture("firing.json"), { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });
});
