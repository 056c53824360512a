import { describe, expect, it } from "vitest";
import { closestName, unknownBodyFieldsError, unknownQueryParamsError } from "./unknown-names";

const LIST = ["status", "severity", "service", "namespace", "runbook", "q", "limit", "cursor", "has"];
const errorFor = (query: string, known: readonly string[] = LIST) => unknownQueryParamsError(new URLSearchParams(query), known);

describe("unknownQueryParamsError", () => {
  it.each(["", "status=open", "status=open&status=mitigated&severity=SEV1", "q=&limit=5", "has=detectedAt"])("lets %j through", (query) => {
    expect(errorFor(query)).toBeUndefined();
  });

  it.each([
    ["severty=SEV1", "severty", "severity"],
    ["Status=open", "Status", "status"],
    ["servce=api", "servce", "service"],
    ["limt=5", "limt", "limit"],
    ["qq=x", "qq", undefined], // a one-letter name is not guessed: any two letters would "mean" it
    ["tag=network", "tag", undefined],
    ["page=2", "page", undefined],
    ["__proto__=1", "__proto__", undefined],
  ])("%s is refused at the field %j, guessing %j", (query, field, guess) => {
    const error = errorFor(query);
    expect(error?.fields).toBeDefined();
    expect(Object.keys(error?.fields ?? {})).toEqual([field]);
    const message = error?.fields[field] ?? "";
    expect(message).toContain(`Unknown query parameter "${field}"`);
    expect(message).toContain("this endpoint takes cursor, has, limit, namespace, q, runbook, service, severity, status");
    if (guess) expect(message).toContain(`(did you mean ${guess}?)`);
    else expect(message).not.toContain("did you mean");
    expect(error?.message).toBe(message);
    // The field is an own property, not the object's prototype.
    expect(Object.getPrototypeOf(error?.fields)).toBe(Object.prototype);
  });

  it("says so when the endpoint takes no parameters", () => {
    expect(errorFor("tag=network", [])?.message).toBe('Unknown query parameter "tag": this endpoint takes no query parameters');
  });

  it("names five unknown parameters and counts the rest", () => {
    const error = errorFor(Array.from({ length: 8 }, (_, i) => `x${i}=1`).join("&") + "&status=open");
    expect(Object.keys(error?.fields ?? {})).toEqual(["x0", "x1", "x2", "x3", "x4"]);
    expect(error?.message).toMatch(/^Unknown query parameter "x0": .* \(and 7 more unknown query parameters\)$/);
    expect(errorFor("a=1&b=2")?.message).toMatch(/\(and 1 more unknown query parameter\)$/);
  });

  it("a repeated unknown parameter is one problem", () => {
    expect(errorFor("tag=a&tag=b")?.message).not.toContain("more unknown");
  });

  it("quotes at most 100 characters of an absurd name", () => {
    const error = errorFor(`${"z".repeat(5000)}=1`);
    const [field] = Object.keys(error?.fields ?? {});
    expect(field?.length).toBeLessThanOrEqual(100);
    expect(error?.message.length).toBeLessThan(400);
  });
});

describe("unknownBodyFieldsError", () => {
  const FIELDS = ["title", "severity", "service", "namespace", "runbooks", "version"];

  it.each([[{}], [{ title: "x", version: 3 }], [null], [[{ titel: "x" }]], ["text"], [42]])("lets %j through (anything but an object is the schema's to refuse)", (body) => {
    expect(unknownBodyFieldsError(body, FIELDS)).toBeUndefined();
  });

  it("names each unknown top-level field, guessing the one meant", () => {
    const error = unknownBodyFieldsError({ title: "x", namespce: "shop", id: 7, runbooks: [{ slg: "x" }] }, FIELDS);
    expect(Object.keys(error?.fields ?? {})).toEqual(["namespce", "id"]);
    expect(error?.fields.namespce).toBe('Unknown field "namespce" (did you mean namespace?): this endpoint takes namespace, runbooks, service, severity, title, version');
    expect(error?.message).toMatch(/\(and 1 more unknown field\)$/);
  });

  it("a field called __proto__ (own JSON key) is named, not followed", () => {
    const body = JSON.parse('{"__proto__": {"title": "x"}}') as unknown;
    expect(Object.keys(unknownBodyFieldsError(body, FIELDS)?.fields ?? {})).toEqual(["__proto__"]);
  });
});

describe("closestName", () => {
  it.each([
    ["severty", "severity"],
    ["sevrity", "severity"],
    ["STATUS", "status"],
    ["namespaces", "namespace"],
    ["runbok", "runbook"],
    ["hass", "has"],
    ["x", undefined],
    ["tags", undefined],
    ["sort", undefined],
    ["", undefined],
  ])("%j → %j", (name, expected) => {
    expect(closestName(name, LIST)).toBe(expected);
  });
});
