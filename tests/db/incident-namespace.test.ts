import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { PATCH as patchRoute } from "@/app/api/incidents/[id]/route";
import { GET as listRoute, POST as postRoute } from "@/app/api/incidents/route";
import { GET as exportRoute } from "@/app/api/incidents/export/route";
import { deriveNamespace } from "@/lib/alerts/alert-to-incident";
import { alertmanagerPayloadSchema } from "@/lib/alerts/alertmanager-payload-schema";
import { ingestAlertmanager } from "@/lib/alerts/ingest-alertmanager";
import { getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { listMigrationNames, migrationsDir } from "@/lib/db/migrations/migration-files";
import { resetDatabase } from "@/lib/db/reset-database";
import { createIncident } from "@/lib/incidents/create-incident";
import type { IncidentDto } from "@/lib/incidents/incident-dto";
import { incidentCreateSchema } from "@/lib/incidents/incident-schemas";
import { anonymousEditor, tokenContext } from "../support/actors";

const kind = getConfig().database.kind;
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/alertmanager");
const fixture = (name: string) => alertmanagerPayloadSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8")));

/** The backfill statement of the incident_namespace migration, as the migration runs it. */
function backfillStatement(): string {
  const name = listMigrationNames(kind).find((n) => n.endsWith("_incident_namespace"));
  if (!name) throw new Error(`no incident_namespace migration for ${kind}`);
  const sql = readFileSync(path.join(migrationsDir(kind), name, "migration.sql"), "utf8");
  return sql.slice(sql.indexOf('UPDATE "Incident"'));
}

/** Label sets beyond the fixtures: padding, blanks, a release-prefixed node-exporter job, no namespace at all. */
const EXTRA_LABELS: Record<string, string>[] = [
  { alertname: "KubePodNotReady", namespace: " payments ", pod: "ledger-6c8d9f7b4-h2x9k", severity: "warning" },
  { alertname: "KubeQuotaAlmostFull", namespace: "   ", job: "kube-state-metrics", resourcequota: "compute" },
  { alertname: "NodeClockSkewDetected", job: "Kube-Prometheus-Stack-Prometheus-Node-Exporter", namespace: "kube-prometheus-stack", instance: "10.0.0.33:9100" },
  { alertname: "NodeTextfileScrapeError", job: "node-exporter-textfile", namespace: "monitoring" },
  { alertname: "DashboardDown", job: "my-node-exporter-dashboard", namespace: "tools" },
  { alertname: "Watchdog", severity: "none" },
];

const webhook = tokenContext("alertmanager", ["alerts:write"], "webhook");

async function deliverAll() {
  for (const name of ["firing.json", "grouped-firing.json", "cpu-throttling-firing.json", "node-memory-firing.json", "grafana-firing.json"]) {
    await ingestAlertmanager(webhook, fixture(name));
  }
  await ingestAlertmanager(
    webhook,
    alertmanagerPayloadSchema.parse({
      alerts: EXTRA_LABELS.map((labels, i) => ({ status: "firing", labels, startsAt: "2026-11-21T12:00:00Z", fingerprint: `extra-${i}` })),
    }),
  );
  await createIncident(anonymousEditor(), incidentCreateSchema.parse({ title: "Logged by hand", severity: "SEV3", service: "search", environment: "prod", reporter: "alice", startedAt: "2026-11-21T08:00:00Z" }));
}

const stored = async () =>
  (await db().incident.findMany({ orderBy: { id: "asc" }, select: { id: true, namespace: true, alertLabels: true } })).map((row) => ({
    id: row.id,
    namespace: row.namespace,
    labels: row.alertLabels as Record<string, string> | null,
  }));

describe(`Incident.namespace on ${kind}`, () => {
  beforeEach(resetDatabase);

  it("the webhook stores deriveNamespace() of each alert's labels", async () => {
    await deliverAll();
    const rows = await stored();
    expect(rows).toHaveLength(14);
    for (const row of rows) expect(row.namespace).toBe(row.labels ? deriveNamespace(row.labels) : null);
    expect(rows.map((r) => r.namespace)).toEqual([
      "shop", // firing.json
      null, null, null, // KubeNodeNotReady: no namespace label
      "api", // CPUThrottlingHigh
      null, // node-exporter's own namespace
      null, // Grafana, no namespace label
      "payments",
      null, // blank
      null, // release-prefixed node-exporter
      null, // a second node-exporter job
      "tools", // "node-exporter" inside a name is not node-exporter
      null, // no namespace label
      null, // logged by hand
    ]);
  });

  it("the migration's backfill derives the same namespaces from stored labels as the webhook", async () => {
    await deliverAll();
    const expected = await stored();
    await db().$executeRawUnsafe(`UPDATE "Incident" SET "namespace" = NULL`);
    expect((await stored()).every((row) => row.namespace === null)).toBe(true);

    await db().$executeRawUnsafe(backfillStatement());
    expect(await stored()).toEqual(expected);
  });

  describe("the namespace list filter", () => {
    const list = async (query: string) => {
      const response = await listRoute(new Request(`http://localhost/api/incidents?${query}`));
      return { status: response.status, body: await response.json() };
    };
    const namespacesOf = (items: IncidentDto[]) => items.map((i) => i.namespace).sort();

    it.each([
      ["namespace=api", ["api"]],
      ["namespace=api,shop", ["api", "shop"]],
      ["namespace=shop&namespace=%20api%20&namespace=api", ["api", "shop"]],
      ["namespace=tools&severity=SEV4", ["tools"]],
      ["namespace=nowhere", []],
      ["namespace=", null], // no filter: everything
    ])("%s", async (query, expected) => {
      await deliverAll();
      const { status, body } = await list(`${query}&limit=100`);
      expect(status).toBe(200);
      if (expected) expect(namespacesOf(body.items)).toEqual(expected);
      else expect(body.items).toHaveLength(14);
    });

    it("refuses a namespace too long or too many, naming the parameter", async () => {
      for (const query of [`namespace=${"n".repeat(101)}`, `namespace=${Array.from({ length: 21 }, (_, i) => `ns${i}`).join(",")}`]) {
        const { status, body } = await list(query);
        expect(status).toBe(400);
        expect(Object.keys(body.error.fields).some((field) => field.startsWith("namespace"))).toBe(true);
      }
    });

    it("exports the namespace column, filtered the same way", async () => {
      await deliverAll();
      const response = await exportRoute(new Request("http://localhost/api/incidents/export?format=csv&namespace=api,shop&sort=startedAt&order=asc"));
      const [header, ...rows] = (await response.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => line.split(","));
      const column = header.indexOf("namespace");
      expect(column).toBeGreaterThan(-1);
      expect(rows.map((row) => [row[header.indexOf("alertname")], row[column]])).toEqual([
        ["KubePodCrashLooping", "shop"],
        ["CPUThrottlingHigh", "api"],
      ]);
    });
  });

  it("the API sets, edits and clears a namespace like any optional field", async () => {
    const send = async (method: "POST" | "PATCH", body: unknown, id?: number) => {
      const request = new Request(`http://localhost/api/incidents${id ? `/${id}` : ""}`, { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } });
      const response = method === "POST" ? await postRoute(request) : await patchRoute(request, { params: Promise.resolve({ id: String(id) }) });
      return { status: response.status, body: await response.json() };
    };
    const created = await send("POST", { title: "Ledger 500s", severity: "SEV2", service: "ledger", environment: "prod", reporter: "alice", startedAt: "2026-11-21T08:00:00Z", namespace: " payments " });
    expect(created).toMatchObject({ status: 201, body: { namespace: "payments" } });
    const id: number = created.body.id;
    expect(await send("PATCH", { namespace: "billing", author: "bob" }, id)).toMatchObject({ status: 200, body: { namespace: "billing", version: 2 } });
    expect(await send("PATCH", { namespace: "" }, id)).toMatchObject({ status: 200, body: { namespace: null, version: 3 } });
    const tooLong = await send("PATCH", { namespace: "n".repeat(101) }, id);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.fields).toEqual({ namespace: "Namespace must be at most 100 characters" });
  });
});
