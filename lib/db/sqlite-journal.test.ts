import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isSqliteBusy, useWriteAheadLog } from "./sqlite-journal";

const dir = mkdtempSync(path.join(os.tmpdir(), "triage-journal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("isSqliteBusy", () => {
  it.each([
    ["better-sqlite3's error", Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }), true],
    ["a snapshot conflict", Object.assign(new Error("x"), { code: "SQLITE_BUSY_SNAPSHOT" }), true],
    ["a driver error wrapping it", new Error("query failed", { cause: { message: "SQLITE_BUSY: database is locked" } }), true],
    ["a unique violation", Object.assign(new Error("UNIQUE constraint failed"), { code: "SQLITE_CONSTRAINT_UNIQUE" }), false],
    ["a Prisma code", Object.assign(new Error("Unique constraint"), { code: "P2002" }), false],
    ["not an error", "database", false],
  ])("%s → %s", (_, error, expected) => {
    expect(isSqliteBusy(error)).toBe(expected);
  });

  it("recognises the error SQLite gives a second writer", () => {
    const file = path.join(dir, "busy.db");
    const a = new Database(file);
    const b = new Database(file, { timeout: 0 });
    a.exec("create table t (x); begin immediate; insert into t values (1)");
    let caught: unknown;
    try {
      b.exec("begin immediate");
    } catch (error) {
      caught = error;
    }
    a.exec("rollback");
    a.close();
    b.close();
    expect(isSqliteBusy(caught)).toBe(true);
  });
});

describe("useWriteAheadLog", () => {
  it("switches a new database to WAL, and the setting stays in the file", () => {
    const file = path.join(dir, "wal.db");
    useWriteAheadLog(file);
    const handle = new Database(file);
    expect(handle.pragma("journal_mode", { simple: true })).toBe("wal");
    handle.close();
  });
});
