import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/incidents/export/route";
import { getConfig } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import { createIncident } from "@/lib/incidents/create-incident";
import { anonymousEditor } from "../support/actors";
import type { IncidentJsonExport } from "@/lib/incidents/incident-export-format";
import { incidentCreateSchema } from "@/lib/incidents/incident-schemas";

const kind = getConfig().database.kind;

const exportFile = (query: string) => GET(new Request(`http://localhost/api/incidents/export?${query}`));

/** A small RFC 4180 reader, enough to check that what we write reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (quoted && c === '"' && text[k + 1] === '"') {
      cell += '"';
      k++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[k + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      k++;
    } else {
      cell += c;
    }
  }
  return rows;
}

async function make(fields: Record<string, unknown>) {
  const input = { title: "t", severity: "SEV3", service: "svc", environment: "prod", reporter: "r", startedAt: "2026-11-01T08:00:00Z", ...fields };
  return createIncident(anonymousEditor(), incidentCreateSchema.parse(input));
}

describe(`incident export on ${kind}`, () => {
  beforeEach(resetDatabase);

  it("CSV: an attachment with the agreed columns, quoted and formula-safe, filtered like the list", async () => {
    const tricky = await make({
      // Titles are one line (incident-limits.ts); the line break that CSV must quote is in a section.
      title: 'Checkout "502", again',
      phenomenon: "first line\nsecond line",
      severity: "SEV1",
      reporter: "=cmd|'/c calc'!A1",
      host: "@host",
      status: "resolved",
      result: "ok",
      resolvedAt: "2026-11-01T09:30:00Z",
      runbooks: ["pod-pending", "pod-crashloopbackoff"],
    });
    const chinese = await make({ title: "数据库连接超时", severity: "SEV2", startedAt: "2026-11-02T08:00:00Z" });
    await make({ title: "filtered out", severity: "SEV4" });

    const response = await exportFile("format=csv&severity=SEV1,SEV2&sort=startedAt&order=asc");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="incidents-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM Excel needs
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
    expect(header).toEqual(["id", "title", "severity", "status", "service", "environment", "host", "source", "reporter", "startedAt", "detectedAt", "mitigatedAt", "resolvedAt", "timeToResolveMinutes", "runbooks", "alertname", "namespace", "phenomenon", "cause", "fix", "result"]);
    expect(rows).toEqual([
      [String(tricky.id), 'Checkout "502", again', "SEV1", "resolved", "svc", "prod", "'@host", "api", "'=cmd|'/c calc'!A1", "2026-11-01T08:00:00.000Z", "", "", "2026-11-01T09:30:00.000Z", "90", "pod-crashloopbackoff;pod-pending", "", "", "first line\nsecond line", "", "", "ok"],
      [String(chinese.id), "数据库连接超时", "SEV2", "open", "svc", "prod", "", "api", "r", "2026-11-02T08:00:00.000Z", "", "", "", "", "", "", "", "", "", "", ""],
    ]);
  });

  it("JSON: the same incidents as the API returns them", async () => {
    const a = await make({ title: "A" });
    const b = await make({ title: "B", startedAt: "2026-11-03T08:00:00Z" });
    const response = await exportFile("format=json");
    expect(response.headers.get("content-disposition")).toMatch(/filename="incidents-\d{4}-\d{2}-\d{2}\.json"/);
    const body: IncidentJsonExport = await response.json();
    expect(body).toMatchObject({ count: 2, truncated: false });
    expect(body.items).toEqual([b, a]);
  });

  it("an empty CSV is just the header; a bad format or filter is a 400", async () => {
    expect((await (await exportFile("")).text()).split("\r\n")).toHaveLength(2);
    expect((await exportFile("format=xlsx")).status).toBe(400);
    expect((await exportFile("from=yesterday")).status).toBe(400);
  });

  it("a format given twice is a 400 saying it must be given once, not that csv and json are the formats", async () => {
    const response = await exportFile("format=csv&format=json");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({ format: "format must be given once" });
  });
});
