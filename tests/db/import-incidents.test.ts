import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/incidents/export/route";
import { cliContext } from "@/lib/auth/cli-context";
import { getConfig, redact } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import { createIncident } from "@/lib/incidents/create-incident";
import { getIncident } from "@/lib/incidents/get-incident";
import type { IncidentJsonExport } from "@/lib/incidents/incident-export-format";
import { parseIncidentCsv, parseIncidentJson } from "@/lib/incidents/incident-import-format";
import { incidentCreateSchema } from "@/lib/incidents/incident-schemas";
import { importIncidents } from "@/lib/incidents/import-incidents";
import { main } from "@/scripts/cli/triage";
import type { CliIo } from "@/scripts/cli/io";
import { anonymousEditor, viewerContext } from "../support/actors";
import { fireAlert } from "../support/incident-fixtures";
import { scratchDir } from "@/tests/support/scratch-dir";

const kind = getConfig().database.kind;

async function make(fields: Record<string, unknown>) {
  const input = { title: "t", severity: "SEV3", service: "svc", environment: "prod", reporter: "r", startedAt: "2026-11-01T08:00:00Z", ...fields };
  return createIncident(anonymousEditor(), incidentCreateSchema.parse(input));
}

/** Incidents as the export writes them: Markdown with code and lists, quotes, formulas, Chinese, every status. */
async function seed() {
  await make({
    title: 'Checkout "502", again',
    severity: "SEV1",
    service: "checkout",
    namespace: "shop",
    host: "@node-7",
    reporter: "=cmd|'/c calc'!A1",
    status: "resolved",
    startedAt: "2026-11-01T08:00:00.123Z",
    detectedAt: "2026-11-01T08:04:00Z",
    resolvedAt: "2026-11-01T09:30:00Z",
    phenomenon: "Upstream errors:\n\n```text\nupstream prematurely closed connection while reading response header from upstream\n```\n",
    cause: "- keepalive_timeout on the app (5 s) shorter than nginx's (60 s)\n- 'quoted' text, commas, and \"quotes\"",
    fix: "+ raised the app's keepalive to 75 s\n\n```bash\nkubectl -n shop rollout restart deploy/checkout\n```",
    result: "=no more 502s",
    runbooks: ["pod-crashloopbackoff", "pod-pending"],
  });
  await make({ title: "数据库连接超时", severity: "SEV2", service: "mysql", status: "mitigated", startedAt: "2026-11-02T08:00:00Z", mitigatedAt: "2026-11-02T08:20:00Z", phenomenon: "连接超时\r\n第二行" });
  await make({ title: "disk full on node-3", severity: "SEV4", service: "node", environment: "staging", startedAt: "2026-11-03T08:00:00Z" });
}

async function exportAs(format: "csv" | "json"): Promise<string> {
  const response = await exportRoute(new Request(`http://localhost/api/incidents/export?format=${format}&sort=startedAt&order=asc`));
  return response.text();
}

/** The export without what belongs to the storing database (ids, record times, link times). */
function comparable(json: string) {
  return (JSON.parse(json) as IncidentJsonExport).items.map(({ id: _id, createdAt: _c, updatedAt: _u, version: _v, runbookLinks, ...rest }) => ({
    ...rest,
    runbookLinks: runbookLinks.map((l) => ({ slug: l.slug, fixWorked: l.fixWorked })),
  }));
}

/**
 * Near-duplicates a real database holds: Alertmanager opens one incident per fingerprint, so
 * KubePodCrashLooping for three pods of one Deployment gives three incidents with the same start,
 * service, environment and title (two of them equal in every exported column but the id); two API
 * incidents differ only in status; a form sent twice gives two identical incidents.
 */
async function seedNearDuplicates() {
  const startsAt = "2026-11-04T08:00:00.000Z";
  for (const fingerprint of ["a1a1a1a1", "b2b2b2b2"]) await fireAlert({ alertname: "KubePodCrashLooping", fingerprint, service: "checkout", startsAt });
  await fireAlert({ alertname: "KubePodCrashLooping", fingerprint: "c3c3c3c3", service: "checkout", severity: "critical", startsAt, resolvedAfter: 30 });
  const latency = { title: "Checkout latency", service: "checkout", startedAt: "2026-11-05T08:00:00Z" };
  await make({ ...latency, status: "resolved", resolvedAt: "2026-11-05T09:00:00Z", result: "rolled back" });
  await make({ ...latency, status: "mitigated", mitigatedAt: "2026-11-05T08:30:00Z" });
  await make({ title: "Disk full", service: "node", startedAt: "2026-11-06T08:00:00Z" });
  await make({ title: "Disk full", service: "node", startedAt: "2026-11-06T08:00:00Z" });
}
const NEAR_DUPLICATES = 7;

/** comparable() without what an import does not carry: alert labels (not imported), and the fingerprint from a CSV (no such column). */
const comparableAfterImport = (json: string, format: "csv" | "json") =>
  comparable(json).map(({ alertLabels: _l, fingerprint, ...rest }) => (format === "json" ? { ...rest, fingerprint } : rest));

const dropIdColumn = (csv: string) => csv.split("\r\n").map((line, i) => (i === 0 ? line : line.replace(/^\d+,/, "")));

async function triage(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { cwd, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(args, io), stdout, stderr };
}

describe(`triage import on ${kind}`, () => {
  beforeEach(resetDatabase);

  it.each(["csv", "json"] as const)("round-trips the %s export: import into an empty database, export again, same file", async (format) => {
    await seed();
    const before = await exportAs(format);
    const beforeJson = await exportAs("json");
    await resetDatabase();
    const report = await importIncidents(cliContext("alice"), format === "csv" ? parseIncidentCsv(before) : parseIncidentJson(before), { fileName: `incidents.${format}` });
    expect(report).toMatchObject({ stored: true, invalid: [], duplicates: [] });
    expect(report.created).toHaveLength(3);
    const after = await exportAs(format);
    if (format === "csv") expect(dropIdColumn(after)).toEqual(dropIdColumn(before));
    expect(comparable(await exportAs("json"))).toEqual(comparable(beforeJson));
    // The timeline says who imported it and how; the reporter stays the original one.
    const detail = await getIncident(viewerContext(), report.created[0].id!);
    expect(detail.reporter).toBe("=cmd|'/c calc'!A1");
    expect(detail.events[0]).toMatchObject({ kind: "created", author: "alice (command line)", via: "cli" });
    expect(detail.events[0].message).toContain(`imported from incidents.${format} (line `);
  });

  it("re-importing the same file creates nothing new; a row repeated in the file is created once", async () => {
    await seed();
    const csv = await exportAs("csv");
    const first = await importIncidents(cliContext(), parseIncidentCsv(csv), { fileName: "x.csv" });
    expect(first.created).toHaveLength(0);
    expect(first.duplicates.map((d) => d.existingId !== null)).toEqual([true, true, true]);
    await resetDatabase();
    const lines = csv.split("\r\n");
    const doubled = [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join("\r\n");
    const report = await importIncidents(cliContext(), parseIncidentCsv(doubled), { fileName: "x.csv" });
    expect(report.created).toHaveLength(3);
    expect(report.duplicates).toEqual([{ line: expect.any(Number), title: 'Checkout "502", again', existingId: null, sameAsLine: 2 }]);
    const again = await importIncidents(cliContext(), parseIncidentCsv(doubled), { fileName: "x.csv" });
    expect(again.created).toHaveLength(0);
  });

  it("reports every invalid row with its line and field, and stores nothing unless --skip-invalid", async () => {
    await seed();
    const json = await exportAs("json");
    await resetDatabase();
    const broken = json.replace('"severity": "SEV2"', '"severity": "SEV9"').replace('"startedAt": "2026-11-03T08:00:00.000Z"', '"startedAt": "yesterday"');
    const lineOf = (needle: string) => broken.split("\n").findIndex((l) => l.includes(needle)) + 1;
    const report = await importIncidents(cliContext(), parseIncidentJson(broken), { fileName: "x.json" });
    expect(report.stored).toBe(false);
    expect(report.invalid).toEqual([
      { line: lineOf('"SEV9"'), field: "severity", message: "Severity must be one of SEV1, SEV2, SEV3, SEV4" },
      { line: lineOf('"yesterday"'), field: "startedAt", message: "Started at must be a date and time with a time zone, like 2026-11-22T10:15:00Z" },
    ]);
    expect(await exportAs("csv")).toMatch(/^id,[^\r]*\r\n$/); // still empty
    const skipping = await importIncidents(cliContext(), parseIncidentJson(broken), { fileName: "x.json", skipInvalid: true });
    expect(skipping.created.map((c) => c.title)).toEqual(['Checkout "502", again']);
    expect(skipping.invalid).toHaveLength(2);
  });

  it("applies the create limits and rules: a resolved row needs a result, an unknown runbook is refused at its row", async () => {
    const csv = [
      "title,severity,status,service,environment,reporter,startedAt,mitigatedAt,resolvedAt,runbooks,result",
      "ok,SEV3,open,svc,prod,r,2026-11-01T08:00:00Z,,,,",
      "no result,SEV3,resolved,svc,prod,r,2026-11-01T08:00:00Z,,2026-11-01T09:00:00Z,,",
      `${"x".repeat(201)},SEV3,open,svc,prod,r,2026-11-01T08:00:00Z,,,,`,
      "bad link,SEV3,open,svc,prod,r,2026-11-01T08:00:00Z,,,no-such-runbook,",
      "short,SEV3",
      "out of order,SEV3,resolved,svc,prod,r,2026-11-01T08:00:00Z,2026-11-01T09:30:00Z,2026-11-01T09:00:00Z,,Rolled back",
    ].join("\n");
    const report = await importIncidents(cliContext(), parseIncidentCsv(csv), { fileName: "x.csv" });
    expect(report.invalid).toEqual([
      { line: 3, field: "result", message: "Result is required to resolve an incident: say what fixed it" },
      { line: 4, field: "title", message: "Title must be at most 200 characters" },
      { line: 5, field: "runbooks", message: 'no runbook has the slug "no-such-runbook"' },
      { line: 6, field: "row", message: "the row has 2 cells, the header has 11" },
      { line: 7, field: "resolvedAt", message: "Resolved at cannot be before mitigated at" },
    ]);
    expect(report.stored).toBe(false);
  });

  it("the command: --dry-run prints what would be created and stores nothing; then it imports; exit 1 on invalid rows", async () => {
    await seed();
    const dir = scratchDir("triage-import-");
    writeFileSync(path.join(dir, "incidents.csv"), await exportAs("csv"));
    await resetDatabase();

    const dry = await triage(["import", "incidents.csv", "--dry-run"], dir);
    expect(dry.code).toBe(0);
    // It says which database, whichever folder it runs from (the output never did).
    const database = getConfig().database;
    const where = database.kind === "sqlite" ? `SQLite ${database.file}` : `PostgreSQL ${redact(database.url)}`;
    expect(dry.stdout.split("\n")[0]).toBe(`Database: ${where}`);
    expect(dry.stdout).toMatch(/^incidents\.csv:2: would create: SEV1 checkout 2026-11-01T08:00:00\.123Z Checkout "502", again$/m);
    expect(dry.stdout).toMatch(/Dry run: would create 3 incident\(s\); 0 already there\.\n$/);
    expect(await exportAs("csv")).toMatch(/^id,[^\r]*\r\n$/);

    const real = await triage(["import", "incidents.csv"], dir);
    expect(real.code).toBe(0);
    expect(real.stdout.split("\n")[0]).toBe(`Database: ${where}`);
    expect(real.stdout).toMatch(/Created 3 incident\(s\); 0 already there\.\n$/);
    const again = await triage(["import", "incidents.csv"], dir);
    expect(again.stdout).toMatch(/Created 0 incident\(s\); 3 already there\.\n$/);

    writeFileSync(path.join(dir, "bad.csv"), "title,severity,service,environment,reporter,startedAt\nx,SEV7,svc,prod,r,2026-11-01T08:00:00Z\n");
    const bad = await triage(["import", "bad.csv"], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("bad.csv:2: severity: Severity must be one of SEV1, SEV2, SEV3, SEV4\n");
    expect(bad.stdout).toMatch(/^Nothing imported: 1 problem\(s\) in invalid rows/m);
    const badDry = await triage(["import", "bad.csv", "--dry-run"], dir);
    expect(badDry.code).toBe(1);
    expect(badDry.stdout).toBe(`Database: ${where}\nDry run: nothing would be stored: 1 problem(s) in invalid rows. Without them it would create 0 incident(s); 0 already there.\n`);

    writeFileSync(path.join(dir, "notes.txt"), "x");
    expect((await triage(["import", "notes.txt"], dir)).code).toBe(2);
    writeFileSync(path.join(dir, "wrong.csv"), "name,when\n");
    const wrong = await triage(["import", "wrong.csv"], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/wrong\.csv:1: unknown column\(s\) name, when/);
  });

  it.each(["csv", "json"] as const)("round-trips a %s export of near-duplicates: every incident comes back, the file is the same apart from ids", async (format) => {
    await seedNearDuplicates();
    const before = await exportAs(format);
    const beforeJson = await exportAs("json");
    await resetDatabase();
    const parse = format === "csv" ? parseIncidentCsv : parseIncidentJson;
    const report = await importIncidents(cliContext(), parse(before), { fileName: `incidents.${format}` });
    expect(report).toMatchObject({ stored: true, invalid: [], duplicates: [] });
    expect(report.created).toHaveLength(NEAR_DUPLICATES);
    const after = await exportAs(format);
    if (format === "csv") expect(dropIdColumn(after)).toEqual(dropIdColumn(before));
    expect(comparableAfterImport(await exportAs("json"), format)).toEqual(comparableAfterImport(beforeJson, format));

    // Importing the same file again creates nothing: every row is an incident already stored.
    const again = await importIncidents(cliContext(), parse(before), { fileName: `incidents.${format}` });
    expect(again.created).toEqual([]);
    expect(again.duplicates).toHaveLength(NEAR_DUPLICATES);
    expect(again.duplicates.every((d) => d.existingId !== null && d.sameAsLine === null)).toBe(true);
    expect(new Set(again.duplicates.map((d) => d.existingId)).size).toBe(NEAR_DUPLICATES);
    expect((await exportAs("csv")).split("\r\n")).toHaveLength(NEAR_DUPLICATES + 2);
  });

  it("rows with the same start, service, environment and title but different fingerprints are different incidents", async () => {
    const alert = (fingerprint: string) => ({ title: "KubePodCrashLooping", severity: "SEV3", service: "checkout", environment: "prod", reporter: "Alertmanager", source: "alertmanager", alertname: "KubePodCrashLooping", startedAt: "2026-11-04T08:00:00Z", fingerprint });
    const json = JSON.stringify({ items: [alert("a1a1a1a1"), alert("b2b2b2b2"), alert("c3c3c3c3")] }, null, 2);
    // One of the three was opened here by the webhook already: found by its fingerprint and start, whatever else differs.
    const existing = await fireAlert({ alertname: "KubePodCrashLooping", fingerprint: "b2b2b2b2", service: "checkout", startsAt: "2026-11-04T08:00:00Z" });
    const report = await importIncidents(cliContext(), parseIncidentJson(json), { fileName: "alerts.json" });
    expect(report.created.map((c) => c.title)).toEqual(["KubePodCrashLooping", "KubePodCrashLooping"]);
    expect(report.duplicates).toEqual([{ line: expect.any(Number), title: "KubePodCrashLooping", existingId: existing, sameAsLine: null }]);
    expect((await getIncident(viewerContext(), report.created[1].id!)).fingerprint).toBe("c3c3c3c3");
    const again = await importIncidents(cliContext(), parseIncidentJson(json), { fileName: "alerts.json" });
    expect(again.created).toEqual([]);
    expect(again.duplicates.map((d) => d.existingId)).toEqual([report.created[0].id, existing, report.created[1].id]);
  });

  it("rows without a fingerprint that differ in status or severity are different incidents", async () => {
    const csv = [
      "title,severity,status,service,environment,reporter,startedAt,mitigatedAt,resolvedAt,result",
      "Checkout latency,SEV2,resolved,checkout,prod,r,2026-11-05T08:00:00Z,,2026-11-05T09:00:00Z,rolled back",
      "Checkout latency,SEV2,mitigated,checkout,prod,r,2026-11-05T08:00:00Z,2026-11-05T08:30:00Z,,",
      "Checkout latency,SEV1,mitigated,checkout,prod,r,2026-11-05T08:00:00Z,2026-11-05T08:30:00Z,,",
    ].join("\r\n");
    const report = await importIncidents(cliContext(), parseIncidentCsv(csv), { fileName: "x.csv" });
    expect(report.duplicates).toEqual([]);
    expect(report.created.map((c) => [c.line, c.severity])).toEqual([[2, "SEV2"], [3, "SEV2"], [4, "SEV1"]]);
    const again = await importIncidents(cliContext(), parseIncidentCsv(csv), { fileName: "x.csv" });
    expect(again.created).toEqual([]);
    expect(again.duplicates.map((d) => d.existingId)).toEqual(report.created.map((c) => c.id));
  });

  it("the command: a row repeated in the file is a repeat of its line, not an incident already there", async () => {
    await seedNearDuplicates();
    const dir = scratchDir("triage-import-");
    const lines = (await exportAs("csv")).split("\r\n");
    writeFileSync(path.join(dir, "full.csv"), [...lines.slice(0, 3), lines[2], ...lines.slice(3)].join("\r\n"));
    await resetDatabase();

    const dry = await triage(["import", "full.csv", "--dry-run"], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^full\.csv:4: skipped, repeats line 3 of the file: KubePodCrashLooping/m);
    expect(dry.stdout).toMatch(/Dry run: would create 7 incident\(s\); 0 already there; 1 repeated in the file\.\n$/);
    const real = await triage(["import", "full.csv"], dir);
    expect(real.stdout).toMatch(/Created 7 incident\(s\); 0 already there; 1 repeated in the file\.\n$/);
    const again = await triage(["import", "full.csv"], dir);
    expect(again.stdout).toMatch(/^full\.csv:2: skipped, already stored as #\d+: KubePodCrashLooping/m);
    expect(again.stdout).toMatch(/Created 0 incident\(s\); 7 already there; 1 repeated in the file\.\n$/);
  });
});
