import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { CSV_COLUMNS, FORMULA_START } from "./incident-export-format";

/**
 * Reading an export file back (`triage import`): the CSV and the JSON that
 * GET /api/incidents/export writes, into rows of raw values with the line each
 * row (and, in JSON, each field) starts at, so every problem can be reported
 * at its place. Pure; validation is incidentImportSchema's job.
 */

/**
 * The fields an import reads; the rest of an export (times of the record, derived durations, alert labels,
 * runbook feedback) is not imported. The id is read apart (ImportRow.sourceId): it is not stored.
 * `fingerprint` is in the JSON only (the CSV has no such column).
 */
export const IMPORT_FIELDS = [
  "title", "severity", "status", "service", "environment", "host", "namespace", "source", "reporter",
  "startedAt", "detectedAt", "mitigatedAt", "resolvedAt", "runbooks", "alertname", "fingerprint", "phenomenon", "cause", "fix", "result",
] as const;

export interface ImportRow {
  /** 1-based line the row starts at. */
  line: number;
  values: Record<string, unknown>;
  /** Lines of individual fields, where they differ from the row's (JSON). */
  fieldLines: Record<string, number>;
  /** The row cannot be read as an incident at all (wrong number of cells, not an object). */
  shapeProblem?: string;
  /**
   * The id the exporting database gave the incident, when the row has one: it tells two
   * otherwise equal rows apart (two incidents there), never a stored incident (see import-identity.ts).
   */
  sourceId?: string;
}

/** An id cell or value as text; absent when empty. */
function sourceIdOf(value: unknown): { sourceId?: string } {
  const text = typeof value === "number" || typeof value === "string" ? String(value).trim() : "";
  return text ? { sourceId: text } : {};
}

/** The file as a whole cannot be read: reported with its line, and nothing is imported. */
export class ImportFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const REQUIRED_COLUMNS = ["title", "severity", "service", "environment", "reporter", "startedAt"];

/** RFC 4180 records with the line each starts at; quoted cells may hold commas, quotes and line breaks. */
export function readCsvRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let atCellStart = true;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
    atCellStart = true;
  };
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (quoted) {
      if (c === '"' && text[k + 1] === '"') {
        cell += '"';
        k++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && atCellStart) {
      quoted = true;
      quoteLine = line;
      atCellStart = false;
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
      atCellStart = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[k + 1] === "\n") k++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += c;
      atCellStart = false;
    }
  }
  if (quoted) throw new ImportFormatError(quoteLine, "a quoted cell is never closed (a \" is missing)");
  if (cell !== "" || cells.length) endRecord();
  return records;
}

/** Undoes the export's formula guard: one leading ' before text a spreadsheet would run. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * The text of an import file: UTF-8, as the export writes it, without its byte order mark. Other
 * encodings are refused at the first line that is not UTF-8: Node's "utf8" reading turned a GBK
 * file (what Excel on Chinese Windows saves) into U+FFFD characters and imported them, and a
 * JSON file's BOM was \"not valid JSON\" at an invisible character.
 */
export function decodeImportFile(bytes: Uint8Array): string {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    // A line break (0x0A) is never part of a multi-byte UTF-8 character: find the line by decoding line by line.
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      try {
        decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
      } catch {
        throw new ImportFormatError(line, 'not UTF-8 text: save the file as UTF-8 (in Excel: "CSV UTF-8"), as the export wrote it');
      }
      if (end === -1) throw new ImportFormatError(line, "not UTF-8 text: save the file as UTF-8, as the export wrote it");
      start = end + 1;
    }
  }
}

export function parseIncidentCsv(text: string): ImportRow[] {
  const records = readCsvRecords(text.replace(/^\uFEFF/, ""));
  if (records.length === 0) throw new ImportFormatError(1, "the file is empty: expected the export's header line");
  const [header, ...rows] = records;
  const columns = header.cells.map((c) => c.trim());
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = columns.filter((c) => !known.has(c));
  if (unknown.length) throw new ImportFormatError(header.line, `unknown column(s) ${unknown.join(", ")}: the header must be the export's (${CSV_COLUMNS.join(",")})`);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) throw new ImportFormatError(header.line, `missing column(s) ${missing.join(", ")}`);
  const imported = new Set<string>(IMPORT_FIELDS);
  const idIndex = columns.indexOf("id");
  return rows.map(({ line, cells }) => {
    const values: Record<string, unknown> = {};
    columns.forEach((column, index) => {
      if (!imported.has(column) || index >= cells.length) return;
      const cell = unguardCell(cells[index]);
      values[column] = column === "runbooks" ? cell.split(";").map((s) => s.trim()).filter(Boolean) : cell;
    });
    const shapeProblem = cells.length === columns.length ? undefined : `has ${cells.length} cells, the header has ${columns.length}`;
    return { line, values, fieldLines: {}, shapeProblem, ...sourceIdOf(idIndex >= 0 ? cells[idIndex] : undefined) };
  });
}

export function parseIncidentJson(text: string): ImportRow[] {
  // JSON.parse decides what is valid JSON (the YAML reader below, used for line numbers, accepts more).
  try {
    JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : 1;
    throw new ImportFormatError(line, `not valid JSON: ${message}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  if (doc.errors.length) throw new ImportFormatError(lineCounter.linePos(doc.errors[0].pos[0]).line, `not valid JSON: ${doc.errors[0].message.split("\n")[0]}`);
  const root = doc.contents;
  const items = isSeq(root) ? root : isMap(root) ? root.get("items", true) : undefined;
  if (!isSeq(items)) throw new ImportFormatError(lineOf(root), 'expected the export\'s JSON ({"items": [incidents…]}) or an array of incidents');
  const imported = new Set<string>(IMPORT_FIELDS);
  return items.items.map((item) => {
    const node = item as Node;
    const line = lineOf(node);
    if (!isMap(node)) return { line, values: {}, fieldLines: {}, shapeProblem: "is not an object" };
    const values: Record<string, unknown> = {};
    const fieldLines: Record<string, number> = {};
    let sourceId: { sourceId?: string } = {};
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? "");
      if (key === "id") sourceId = sourceIdOf((pair.value as Node | null)?.toJSON());
      if (!imported.has(key)) continue;
      values[key] = (pair.value as Node | null)?.toJSON() ?? null;
      fieldLines[key] = lineOf(pair.key as Node);
    }
    return { line, values, fieldLines, ...sourceId };
  });
}
