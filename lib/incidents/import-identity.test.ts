import { describe, expect, it } from "vitest";
import { planImportRows, type IncidentContent, type RowToPlan, type StoredIncident } from "./import-identity";

const START = new Date("2026-11-01T08:00:00.000Z");
const LATER = new Date("2026-11-01T08:30:00.000Z");

/** Two pods of one Deployment crash-looping: same start, service, environment and title. */
const base: IncidentContent = {
  title: "KubePodCrashLooping: pod is crash looping",
  severity: "SEV3",
  status: "open",
  service: "checkout",
  environment: "prod",
  host: null,
  namespace: "shop",
  source: "alertmanager",
  reporter: "Alertmanager",
  startedAt: START,
  detectedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
  runbooks: [],
  alertname: "KubePodCrashLooping",
  fingerprint: null,
  phenomenon: "",
  cause: "",
  fix: "",
  result: "",
};

const row = (line: number, fields: Partial<IncidentContent> = {}, sourceId: string | null = null): RowToPlan => ({ line, sourceId, content: { ...base, ...fields } });
const stored = (id: number, fields: Partial<IncidentContent> = {}): StoredIncident => ({ ...base, ...fields, id });

describe("planImportRows: which rows are new, stored or repeats", () => {
  it.each<[string, RowToPlan[], StoredIncident[], ReturnType<typeof planImportRows>]>([
    ["different fingerprints, same four fields: two incidents", [row(2, { fingerprint: "a1" }), row(3, { fingerprint: "b2" })], [], [{ kind: "new" }, { kind: "new" }]],
    [
      "no fingerprint, different status and severity: two incidents",
      [row(2, { status: "resolved", resolvedAt: LATER, result: "restarted" }), row(3, { status: "mitigated", severity: "SEV2", mitigatedAt: LATER })],
      [],
      [{ kind: "new" }, { kind: "new" }],
    ],
    ["a row repeated verbatim (same id) repeats the earlier line", [row(2, {}, "7"), row(3, {}, "7")], [], [{ kind: "new" }, { kind: "repeat", line: 2 }]],
    ["rows without ids and the same content: a repeat", [row(2), row(3)], [], [{ kind: "new" }, { kind: "repeat", line: 2 }]],
    ["the same content with two ids: two incidents of the exporting database", [row(2, {}, "7"), row(3, {}, "8")], [], [{ kind: "new" }, { kind: "new" }]],
    ["the same fingerprint and start twice: a repeat, whatever else differs", [row(2, { fingerprint: "a1" }, "7"), row(3, { fingerprint: "a1", severity: "SEV1" }, "8")], [], [{ kind: "new" }, { kind: "repeat", line: 2 }]],
    ["a stored alert is found by fingerprint and start, even after it was resolved", [row(2, { fingerprint: "a1" })], [stored(40, { fingerprint: "a1", status: "resolved", resolvedAt: LATER, result: "auto" })], [{ kind: "stored", id: 40 }]],
    ["another fingerprint with the same content is another alert", [row(2, { fingerprint: "b2" })], [stored(40, { fingerprint: "a1" })], [{ kind: "new" }]],
    ["a row with a fingerprint is a stored incident without one when the content is equal", [row(2, { fingerprint: "a1" })], [stored(40)], [{ kind: "stored", id: 40 }]],
    ["a row without a fingerprint (CSV) is a stored alert with the same content", [row(2)], [stored(40, { fingerprint: "a1" })], [{ kind: "stored", id: 40 }]],
    ["any field that differs makes another incident", [row(2, { cause: "OOM" }), row(3, { runbooks: ["pod-pending"] })], [stored(40)], [{ kind: "new" }, { kind: "new" }]],
    ["runbook order does not matter", [row(2, { runbooks: ["b", "a"] })], [stored(40, { runbooks: ["a", "b"] })], [{ kind: "stored", id: 40 }]],
    ["each stored incident answers for one row: two identical rows, one stored", [row(2, {}, "7"), row(3, {}, "8")], [stored(41), stored(40)], [{ kind: "stored", id: 40 }, { kind: "stored", id: 41 }]],
    ["each stored incident answers for one row: one stored, the other is new", [row(2, {}, "7"), row(3, {}, "8")], [stored(40)], [{ kind: "stored", id: 40 }, { kind: "new" }]],
    ["a status time the row leaves empty (the import fills it in) matches the stored one", [row(2, { status: "mitigated" }), row(3, { status: "resolved", result: "ok" })], [stored(40, { status: "mitigated", mitigatedAt: LATER }), stored(41, { status: "resolved", resolvedAt: LATER, result: "ok" })], [{ kind: "stored", id: 40 }, { kind: "stored", id: 41 }]],
    ["a status time the row gives must be equal", [row(2, { status: "mitigated", mitigatedAt: START })], [stored(40, { status: "mitigated", mitigatedAt: LATER })], [{ kind: "new" }]],
  ])("%s", (_name, rows, storedIncidents, expected) => {
    expect(planImportRows(rows, storedIncidents)).toEqual(expected);
  });

  it("planning the rows against what their own import stored finds every one (a second import creates nothing)", () => {
    const rows = [
      row(2, { fingerprint: "a1" }, "1"),
      row(3, { fingerprint: "b2" }, "2"),
      row(4, { source: "api", alertname: null }, "3"),
      row(5, { source: "api", alertname: null }, "4"),
      row(6, { source: "api", alertname: null, status: "mitigated", mitigatedAt: LATER }, "5"),
      row(7, { source: "api", alertname: null }, "4"),
    ];
    const first = planImportRows(rows, []);
    expect(first.map((p) => p.kind)).toEqual(["new", "new", "new", "new", "new", "repeat"]);
    const storedByFirst = rows.flatMap((r, k) => (first[k].kind === "new" ? [{ ...r.content, id: 100 + k }] : []));
    expect(planImportRows(rows, storedByFirst)).toEqual([
      { kind: "stored", id: 100 },
      { kind: "stored", id: 101 },
      { kind: "stored", id: 102 },
      { kind: "stored", id: 103 },
      { kind: "stored", id: 104 },
      { kind: "repeat", line: 5 },
    ]);
  });
});
