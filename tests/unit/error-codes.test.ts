import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { toErrorResponseBody } from "@/lib/http/error-body";
import { apiErrorBodySchema } from "@/lib/http/error-body-schema";
import { CLIENT_ERROR_CODES, ERROR_CODES, isErrorCode } from "@/lib/http/error-codes";
import { HttpError } from "@/lib/http/http-error";
import { ConflictError, FieldValidationError, NotFoundError } from "@/lib/incidents/errors";

/**
 * One closed set of error codes. Types stop most strays (HttpError takes an
 * ErrorCode), but a route can still write an error body by hand, and scripts/serve.ts
 * answers before Next: so every source file that writes an error code is read,
 * and every code it writes must be in ERROR_CODES.
 */

const ROOTS = ["app", "lib", "scripts", "components", "instrumentation.ts"];
const SKIP = /(^|\/)(node_modules|generated|\.next)(\/|$)|\.test\.tsx?$/;

function sourceFiles(entry: string): string[] {
  const abs = path.resolve(entry);
  if (entry.endsWith(".ts")) return [abs];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !SKIP.test(path.relative(process.cwd(), file)));
}

/** Codes written as literals where an error is made: new HttpError(status, "code", …), ApiError(status, "code", …) and `error: { code: "…" }` bodies. */
function codesWritten(source: string): string[] {
  const patterns = [/\b(?:HttpError|ApiError)\(\s*[^,]+,\s*"([^"]+)"/g, /\berror:\s*\{\s*code:\s*"([^"]+)"/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]));
}

describe("error codes", () => {
  const files = ROOTS.flatMap(sourceFiles);

  it("finds the places that write codes (the scan is not vacuous)", () => {
    const all = files.flatMap((file) => codesWritten(readFileSync(file, "utf8")));
    expect(all.length).toBeGreaterThan(15);
    expect(all).toEqual(expect.arrayContaining(["unauthorized", "forbidden", "payload_too_large", "not_found", "network_error"]));
  });

  it("every code written anywhere is in the closed set (or the client's own, in the fetch helper)", () => {
    const strays = files.flatMap((file) =>
      codesWritten(readFileSync(file, "utf8"))
        .filter((code) => !isErrorCode(code) && !(CLIENT_ERROR_CODES as readonly string[]).includes(code))
        .map((code) => `${path.relative(process.cwd(), file)}: "${code}"`),
    );
    expect(strays).toEqual([]);
  });

  it("the scan catches a stray code", () => {
    expect(codesWritten('throw new HttpError(418, "teapot", "no")').filter((c) => !isErrorCode(c))).toEqual(["teapot"]);
    expect(codesWritten('Response.json({ error: { code: "gone", message: "x" } })')).toEqual(["gone"]);
  });

  it.each([
    ["zod", new ZodError([{ code: "custom", path: ["title"], message: "Title is required", input: "" }]), 400, "invalid_input"],
    ["fields", new FieldValidationError({ runbooks: "no runbook pod-x" }), 400, "invalid_input"],
    ["not found", new NotFoundError("Incident 9 not found"), 404, "not_found"],
    ["conflict", new ConflictError(), 409, "conflict"],
    ["http", new HttpError(413, "payload_too_large", "too big"), 413, "payload_too_large"],
    ["a model query timed out (Prisma P1008: SQLite locked by another process)", Object.assign(new Error("Operations timed out"), { code: "P1008" }), 503, "unavailable"],
    ["a raw query on a locked SQLite file (SQLITE_BUSY → SocketTimeout)", Object.assign(new Error("Raw query failed. Code: `SQLITE_BUSY`"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "SocketTimeout" } } } }), 503, "unavailable"],
    ["another raw query failure", Object.assign(new Error("Raw query failed"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "TableDoesNotExist" } } } }), 500, "internal_error"],
    ["unknown", new Error("boom"), 500, "internal_error"],
  ])("the mapping answers a valid error body for %s", (_name, error, status, code) => {
    const mapped = toErrorResponseBody(error, "test");
    expect(mapped.status).toBe(status);
    expect(apiErrorBodySchema.parse(mapped.body).error.code).toBe(code);
  });

  it("the schema refuses a code outside the set", () => {
    expect(apiErrorBodySchema.safeParse({ error: { code: "teapot", message: "x", fields: {} } }).success).toBe(false);
    expect(ERROR_CODES).toHaveLength(new Set(ERROR_CODES).size);
  });

  it("the list the browser imports pulls in no library (zod would ride along into every chunk that fetches)", () => {
    const source = readFileSync(path.resolve("lib/http/error-codes.ts"), "utf8");
    expect(source).not.toMatch(/^\s*import\s/m);
  });
});
