import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { apiTokenCreateSchema } from "@/lib/auth/api-token-schemas";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";
import { runbookDraftQuerySchema } from "@/lib/incidents/runbook-draft-schemas";
import { searchQuerySchema } from "@/lib/search/search-schemas";

/**
 * Every whole number read from text goes through wholeNumberText: these schemas
 * used z.coerce.number(), which took "0x10" as 16 and "1e2" as 100, and gave
 * "Invalid input" for an expiry of "abc".
 */
function messages(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("whole numbers in parameters and forms", () => {
  it("search limit", () => {
    expect(searchQuerySchema.parse({ q: "oom", limit: "7" }).limit).toBe(7);
    expect(messages(searchQuerySchema.safeParse({ q: "oom", limit: "0x10" }))).toEqual(["limit: limit must be a whole number"]);
    expect(messages(searchQuerySchema.safeParse({ q: "oom", limit: "1e1" }))).toEqual(["limit: limit must be a whole number"]);
    expect(messages(searchQuerySchema.safeParse({ q: "oom", limit: "51" }))).toEqual(["limit: limit must be at most 50"]);
  });

  it("search parameters given twice say so (type and tag said what their own rule says of a list)", () => {
    expect(messages(searchQuerySchema.safeParse({ q: "oom", type: ["runbook", "runbook"] }))).toEqual(["type: type must be given once"]);
    expect(messages(searchQuerySchema.safeParse({ q: "oom", tag: ["linux", "network"] }))).toEqual(["tag: tag must be given once"]);
    expect(messages(searchQuerySchema.safeParse({ q: ["oom", "oom"] }))).toEqual(["q: q must be given once"]);
    expect(messages(searchQuerySchema.safeParse({}))).toEqual(["q: q is required: paste the error or type what you see"]);
    expect(messages(searchQuerySchema.safeParse({ q: "oom", type: "runbooks" }))).toEqual(["type: type must be runbook or incident"]);
  });

  it("runbook draft incident ids", () => {
    expect(runbookDraftQuerySchema.parse({ incident: ["3", "12", "3"] }).incident).toEqual([3, 12]);
    for (const bad of ["0x1", "1e0", "-1", "0", "2147483648", ["2", "0x2"]]) {
      expect(runbookDraftQuerySchema.safeParse({ incident: bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("API token expiry, from the form (text) or a script (a number)", () => {
    const token = { name: "deploy-bot", scopes: ["incidents:read"] };
    expect(apiTokenCreateSchema.parse({ ...token, expiresInDays: "90" }).expiresInDays).toBe(90);
    expect(apiTokenCreateSchema.parse({ ...token, expiresInDays: 30 }).expiresInDays).toBe(30);
    expect(apiTokenCreateSchema.parse({ ...token, expiresInDays: "" }).expiresInDays).toBeNull();
    expect(apiTokenCreateSchema.parse({ ...token, expiresInDays: null }).expiresInDays).toBeNull();
    expect(apiTokenCreateSchema.parse(token).expiresInDays).toBeNull();
    expect(messages(apiTokenCreateSchema.safeParse({ ...token, expiresInDays: "abc" }))).toEqual(["expiresInDays: Expiry must be a whole number of days"]);
    expect(messages(apiTokenCreateSchema.safeParse({ ...token, expiresInDays: "0x10" }))).toEqual(["expiresInDays: Expiry must be a whole number of days"]);
    expect(messages(apiTokenCreateSchema.safeParse({ ...token, expiresInDays: 1.5 }))).toEqual(["expiresInDays: Expiry must be a whole number of days"]);
    expect(messages(apiTokenCreateSchema.safeParse({ ...token, expiresInDays: "0" }))).toEqual(["expiresInDays: Expiry must be at least 1 day"]);
    expect(messages(apiTokenCreateSchema.safeParse({ ...token, expiresInDays: 3651 }))).toEqual(["expiresInDays: Expiry must be at most 3650 days"]);
    expect(messages(apiTokenCreateSchema.safeParse({ ...token, expiresInDays: true }))).toEqual(["expiresInDays: Expiry must be a whole number of days"]);
  });
});

describe("the API reference describes them as the numbers they stand for", () => {
  it("limit and incident are integers with their range and default, not digit strings", () => {
    const document = buildOpenApiDocument();
    const parameter = (path: string, name: string) =>
      (document.paths[path]?.get?.parameters as { name: string; schema: Record<string, unknown> }[] | undefined)?.find((p) => p.name === name)?.schema;
    expect(parameter("/api/incidents", "limit")).toMatchObject({ type: "integer", minimum: 1, maximum: 100, default: 25 });
    expect(parameter("/api/search", "limit")).toMatchObject({ type: "integer", minimum: 1, maximum: 50, default: 20 });
    expect(parameter("/api/search", "limit")).not.toHaveProperty("pattern");
    expect(JSON.stringify(parameter("/api/runbook-drafts", "incident"))).toContain('"type":"integer"');
  });
});
