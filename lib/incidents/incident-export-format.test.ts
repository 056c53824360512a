import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { IncidentDto } from "./incident-dto";
import { CSV_COLUMNS, csvCell, incidentsToCsv, incidentsToJson } from "./incident-export-format";

const incident: IncidentDto = {
  id: 7,
  title: 'DNS "timeouts", again',
  severity: "SEV2",
  status: "resolved",
  service: "coredns",
  environment: "prod",
  host: null,
  namespace: "kube-system",
  source: "api",
  phenomenon: "",
  cause: "",
  fix: "",
  result: "Scaled up",
  reporter: "=HYPERLINK(\"http://evil\")",
  startedAt: "2026-11-20T08:00:00.000Z",
  detectedAt: null,
  mitigatedAt: null,
  resolvedAt: "2026-11-20T09:30:30.000Z",
  createdAt: "2026-11-20T08:00:00.000Z",
  updatedAt: "2026-11-20T09:30:30.000Z",
  version: 3,
  alertname: null,
  fingerprint: null,
  alertLabels: null,
  runbooks: ["pod-pending", "coredns-timeouts"],
  runbookLinks: [],
  timeToResolveMs: 5_430_000,
};

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r", '"cr\r"'],
    ["=1+2", "'=1+2"],
    ["+49 30", "'+49 30"],
    ["-rf", "'-rf"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["'=1", "''=1"],
    ["'quoted'", "'quoted'"],
    ['=A1,"x"', `"'=A1,""x"""`],
    ["故障", "故障"],
  ])("%j → %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("leaves numbers and nulls alone", () => {
    expect(csvCell(-1.5)).toBe("-1.5");
    expect(csvCell(null)).toBe("");
  });
});

describe("incidentsToCsv", () => {
  it("writes a BOM, the header, one CRLF-terminated row per incident", () => {
    const csv = incidentsToCsv([incident]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toEqual([
      CSV_COLUMNS.join(","),
      `7,"DNS ""timeouts"", again",SEV2,resolved,coredns,prod,,api,"'=HYPERLINK(""http://evil"")",2026-11-20T08:00:00.000Z,,,2026-11-20T09:30:30.000Z,90.5,pod-pending;coredns-timeouts,,kube-system,,,,Scaled up`,
      "",
    ]);
  });

  it("an empty export is just the header", () => {
    expect(incidentsToCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`);
  });
});

describe("incidentsToJson", () => {
  it("wraps the incidents with count and truncation", () => {
    const parsed = JSON.parse(incidentsToJson([incident], new Date("2026-11-22T00:00:00Z"), true));
    expect(parsed).toEqual({ exportedAt: "2026-11-22T00:00:00.000Z", count: 1, truncated: true, items: [incident] });
  });
});

describe("the README's list of CSV columns", () => {
  it("is the export's (it listed 17 of the 21: the four sections were missing)", () => {
    const readme = readFileSync("README.md", "utf8");
    const listed = /has the\s+columns `([^`]+)`/.exec(readme)?.[1];
    expect(listed?.split(",")).toEqual([...CSV_COLUMNS]);
  });
});
