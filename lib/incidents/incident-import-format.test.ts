import { describe, expect, it } from "vitest";
import { csvCell } from "./incident-export-format";
import { decodeImportFile, ImportFormatError, parseIncidentCsv, parseIncidentJson, readCsvRecords, unguardCell } from "./incident-import-format";

describe("readCsvRecords", () => {
  it("keeps quoted commas, quotes and line breaks, and the line each record starts at", () => {
    expect(readCsvRecords('a,b\r\n"x, ""y""","two\r\nlines"\r\nlast,\r\n')).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ['x, "y"', "two\r\nlines"] },
      { line: 4, cells: ["last", ""] },
    ]);
    expect(readCsvRecords("a\nb")).toEqual([
      { line: 1, cells: ["a"] },
      { line: 2, cells: ["b"] },
    ]);
  });

  it("an unclosed quote is an error at the line it opens", () => {
    expect(() => readCsvRecords('a,b\n1,"never\nclosed')).toThrow(new ImportFormatError(2, 'a quoted cell is never closed (a " is missing)'));
  });
});

describe("unguardCell undoes csvCell's formula guard exactly", () => {
  it.each(["=1+2", "+49", "-rf", "@SUM(A1)", "\tTAB", "'=1", "''=1", "'quoted'", "plain", "'", ""])("%j", (value) => {
    const cell = readCsvRecords(`${csvCell(value)}\n`)[0]?.cells[0] ?? "";
    expect(unguardCell(cell)).toBe(value);
  });
});

describe("parseIncidentCsv", () => {
  it("reads the export's columns, splits runbooks, drops the BOM and the derived columns", () => {
    const rows = parseIncidentCsv("\uFEFFid,title,severity,service,environment,reporter,startedAt,runbooks,timeToResolveMinutes\r\n7,'=x,SEV1,s,p,r,2026-11-01T08:00:00Z,a;b,90\r\n");
    expect(rows).toEqual([{ line: 2, values: { title: "=x", severity: "SEV1", service: "s", environment: "p", reporter: "r", startedAt: "2026-11-01T08:00:00Z", runbooks: ["a", "b"] }, fieldLines: {}, sourceId: "7" }]);
  });

  it("keeps the export's id apart (it tells rows apart, it is not imported); no id column, no id", () => {
    const header = "title,severity,service,environment,reporter,startedAt";
    const withId = parseIncidentCsv(`id,${header}\r\n 12 ,a,SEV1,s,p,r,2026-11-01T08:00:00Z\r\n,b,SEV1,s,p,r,2026-11-01T08:00:00Z\r\n`);
    expect(withId.map((r) => [r.sourceId, r.values.title])).toEqual([["12", "a"], [undefined, "b"]]);
    expect(withId[1]).not.toHaveProperty("sourceId");
    expect(parseIncidentCsv(`${header}\r\na,SEV1,s,p,r,2026-11-01T08:00:00Z\r\n`)[0]).not.toHaveProperty("sourceId");
  });

  it.each([
    ["", 1, /the file is empty/],
    ["title,when\n", 1, /unknown column\(s\) when/],
    ["title,severity\n", 1, /missing column\(s\) service, environment, reporter, startedAt/],
  ])("%j is not an export", (text, line, message) => {
    expect(() => parseIncidentCsv(text)).toThrow(message);
    try {
      parseIncidentCsv(text);
    } catch (error) {
      expect((error as ImportFormatError).line).toBe(line);
    }
  });
});

describe("parseIncidentJson", () => {
  it("reads the export object or a bare array, with the line of each item and field", () => {
    const text = '{\n  "count": 2,\n  "items": [\n    {\n      "id": 1,\n      "title": "a",\n      "runbooks": ["x"]\n    },\n    3\n  ]\n}\n';
    expect(parseIncidentJson(text)).toEqual([
      { line: 4, values: { title: "a", runbooks: ["x"] }, fieldLines: { title: 6, runbooks: 7 }, sourceId: "1" },
      { line: 9, values: {}, fieldLines: {}, shapeProblem: "is not an object" },
    ]);
    expect(parseIncidentJson('[{"title": "b"}]')).toEqual([{ line: 1, values: { title: "b" }, fieldLines: { title: 1 } }]);
  });

  it("reads the alert fingerprint (JSON only), and the id apart from the values", () => {
    expect(parseIncidentJson('[{"id": 3, "title": "b", "fingerprint": "4f2a", "alertLabels": {"pod": "p"}}]')).toEqual([
      { line: 1, values: { title: "b", fingerprint: "4f2a" }, fieldLines: { title: 1, fingerprint: 1 }, sourceId: "3" },
    ]);
  });

  it.each([
    ['{"items": [\n  {"title": }\n]}', /not valid JSON/],
    ["", /not valid JSON/],
    ['{"incidents": []}', /expected the export's JSON/],
  ])("%j is not an export", (text, message) => expect(() => parseIncidentJson(text)).toThrow(message));

  it("says at which line the JSON breaks", () => {
    expect(() => parseIncidentJson('{"items": [\n  {"title": 1,}\n]}')).toThrow(expect.objectContaining({ line: 2 }));
  });
});

describe("decodeImportFile", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it("reads UTF-8, without a byte order mark (a JSON file with one was refused at an invisible character)", () => {
    expect(decodeImportFile(utf8("\uFEFF[]"))).toBe("[]");
    expect(parseIncidentJson(decodeImportFile(utf8('\uFEFF[{"title":"磁盘已满"}]')))[0].values).toMatchObject({ title: "磁盘已满" });
    expect(decodeImportFile(utf8("id,title\n1,磁盘已满\n"))).toBe("id,title\n1,磁盘已满\n");
  });

  it("refuses another encoding at its first line that is not UTF-8 (GBK was imported as U+FFFD)", () => {
    // "id,title\n1,ok\n2,磁盘" with 磁盘 in GBK (B4 C5 C5 CC): not UTF-8 from line 3.
    const gbk = Uint8Array.from([...utf8("id,title\n1,ok\n2,"), 0xb4, 0xc5, 0xc5, 0xcc, 0x0a]);
    expect(() => decodeImportFile(gbk)).toThrow(new ImportFormatError(3, 'not UTF-8 text: save the file as UTF-8 (in Excel: "CSV UTF-8"), as the export wrote it'));
    expect(() => decodeImportFile(Uint8Array.from([0x5b, 0xff, 0x5d]))).toThrow(ImportFormatError);
  });
});
