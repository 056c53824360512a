import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, ensureSqliteFolder, loadConfig, parseDatabaseUrl } from "@/lib/config/env";
import { scratchDir } from "@/tests/support/scratch-dir";

describe("parseDatabaseUrl", () => {
  it.each([
    [undefined, { kind: "sqlite", file: path.resolve("data/triage.db") }],
    ["", { kind: "sqlite", file: path.resolve("data/triage.db") }],
    ["file:./data/other.db", { kind: "sqlite", file: path.resolve("data/other.db") }],
    ["file:/var/lib/triage/t.db", { kind: "sqlite", file: "/var/lib/triage/t.db" }],
    ["postgresql://u:p@localhost:5432/triage", { kind: "postgres" }],
    ["postgres://u@db.internal/triage?sslmode=require", { kind: "postgres" }],
  ])("accepts %s", (url, expected) => {
    expect(parseDatabaseUrl(url)).toMatchObject(expected);
  });

  it.each([
    ["mysql://u:p@localhost/triage", /scheme "mysql:" is not supported/],
    ["triage.db", /scheme "triage.db" is not supported/],
    ["file:", /names no database file/],
    ["file:./data/", /names no database file/],
    ["postgresql://u:p@localhost:5432/", /needs a host and a database name/],
    ["postgresql://u:p@[bad/triage", /not a valid PostgreSQL URL/],
  ])("rejects %s with a message that says how to fix it", (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(ConfigError);
    expect(() => parseDatabaseUrl(url)).toThrow(message);
  });

  it("never prints the password of a PostgreSQL URL", () => {
    expect(() => parseDatabaseUrl("postgresql://admin:s3cret@host:5432/")).toThrow(/admin:\*\*\*@host/);
    expect(() => parseDatabaseUrl("postgresql://admin:s3cret@host:5432/")).not.toThrow(/s3cret/);
  });
});

describe("loadConfig", () => {
  it("rejects a short API token", () => {
    expect(() => loadConfig({ TRIAGE_API_TOKEN: "short" })).toThrow("TRIAGE_API_TOKEN: must be at least 16 characters");
  });
  it("treats an empty token as unset", () => {
    expect(loadConfig({ TRIAGE_API_TOKEN: "" }).auth.bootstrapToken).toBeUndefined();
  });
});

describe("ensureSqliteFolder", () => {
  it("names the folder that cannot be created or written", () => {
    // A folder under a regular file cannot be created, even by root.
    const file = path.join(scratchDir("triage-cfg-"), "plain-file");
    writeFileSync(file, "");
    expect(() => ensureSqliteFolder(path.join(file, "data", "x.db"))).toThrow(`The data folder ${path.join(file, "data")} is not writable (ENOTDIR)`);
  });
});

describe("rate limit settings", () => {
  it("default to 600 writes and 300 deliveries per minute; 0 turns a limit off; anything else is refused with the variable named", () => {
    expect(loadConfig({}).rateLimits).toEqual({ writes: 600, webhook: 300 });
    expect(loadConfig({ TRIAGE_RATE_LIMIT_WRITES: "0", TRIAGE_RATE_LIMIT_WEBHOOK: "5" }).rateLimits).toEqual({ writes: 0, webhook: 5 });
    for (const bad of ["-1", "1.5", "lots", "1e3"]) expect(() => loadConfig({ TRIAGE_RATE_LIMIT_WRITES: bad })).toThrow(/^TRIAGE_RATE_LIMIT_WRITES: /);
  });
});

describe("request timeout", () => {
  it("defaults to 30 seconds; takes 1 to 3600; anything else is refused with the variable named", () => {
    expect(loadConfig({}).requestTimeoutSeconds).toBe(30);
    expect(loadConfig({ TRIAGE_REQUEST_TIMEOUT: " 2 " }).requestTimeoutSeconds).toBe(2);
    expect(loadConfig({ TRIAGE_REQUEST_TIMEOUT: "3600" }).requestTimeoutSeconds).toBe(3600);
    for (const bad of ["0", "3601", "-1", "1.5", "1e1", "0x10", "soon"]) {
      expect(() => loadConfig({ TRIAGE_REQUEST_TIMEOUT: bad }), bad).toThrow("TRIAGE_REQUEST_TIMEOUT: must be a whole number of seconds from 1 to 3600");
    }
  });
});
