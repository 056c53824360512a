import { describe, expect, it } from "vitest";
import { actionArgumentsProblem, actionRequestProblem } from "./action-reply";
import { toErrorResponseBody } from "./error-body";
import { MAX_BODY_BYTES } from "./read-json-body";

const post = (body: BodyInit, type?: string) => new Request("http://t.test/incidents/new", { method: "POST", body, headers: type ? { "content-type": type } : {} });
const form = (parts: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(parts)) data.append(name, value);
  return data;
};

describe("actionArgumentsProblem", () => {
  it.each([
    ["{{{", "not valid JSON"],
    ["", "not valid JSON"],
    ['"x"', "must be a JSON array"],
    ["null", "must be a JSON array"],
    ['{"title":"x"}', "must be a JSON array"],
    ['["$Q1"]', '"$Q1"'],
    ['["$1"]', '"$1"'],
    ['[{"title":"x","tags":["a","$n"]}]', '"$n"'],
    ['[{"title":"$K9"}]', '"$K9"'],
    ['[{"big":"$n12"}]', '"$n12"'],
    ['[{"m":"$Q2","s":"$W3"}]', "reference"],
    [`[${"[".repeat(80)}${"]".repeat(80)}]`, "nested more than 64 levels"],
  ])("refuses %s", (json, problem) => {
    expect(actionArgumentsProblem(json)).toContain(problem);
  });

  it.each([
    "[]",
    '[{"title":"Disk full","severity":"SEV2","namespace":"$undefined","fix":"$$5 off: escaped by React"}]',
    '[12, {"runbooks":[{"slug":"oom","fixWorked":null}], "version": 3}]',
    '["plain", true, 1.5, null]',
  ])("lets %s through", (json) => {
    expect(actionArgumentsProblem(json)).toBeUndefined();
  });
});

/** The problem as the proxy answers it, through the shared error mapping. */
const problemOf = async (request: Request) => {
  const problem = await actionRequestProblem(request);
  if (!problem) return undefined;
  const { status, body } = toErrorResponseBody(problem, "test");
  return { status, code: body.error.code, message: body.error.message, fields: body.error.fields };
};

describe("actionRequestProblem", () => {
  it("reads a text body as the arguments", async () => {
    expect(await problemOf(post('["$Q1"]', "text/plain;charset=UTF-8"))).toMatchObject({ status: 400, code: "invalid_input", message: expect.stringContaining('"$Q1"') });
    expect(await problemOf(post("[{}]", "text/plain;charset=UTF-8"))).toBeUndefined();
    expect(await problemOf(post(""))).toMatchObject({ status: 400, message: expect.stringContaining("not valid JSON") });
  });

  it("reads part 0 of a multipart body, and refuses one that is not form data or has no part 0", async () => {
    expect(await problemOf(post(form({ "0": '[{"title":"x"}]' })))).toBeUndefined();
    expect(await problemOf(post(form({ "0": "{{{" })))).toMatchObject({ message: expect.stringContaining("not valid JSON") });
    expect(await problemOf(post(form({ x: "1" })))).toMatchObject({ message: expect.stringContaining('part ("0")') });
    expect(await problemOf(post("garbage", "multipart/form-data; boundary=zzz"))).toMatchObject({ status: 400, message: expect.stringContaining("not valid multipart/form-data") });
  });

  it("refuses a body over the API's 1 MiB limit with 413, as the API does", async () => {
    const big = JSON.stringify([{ title: "x".repeat(MAX_BODY_BYTES) }]);
    expect(await problemOf(post(big, "text/plain;charset=UTF-8"))).toMatchObject({ status: 413, code: "payload_too_large" });
    expect(await problemOf(post(JSON.stringify([{ title: "x".repeat(MAX_BODY_BYTES - 20) }]), "text/plain;charset=UTF-8"))).toBeUndefined();
  });

  it("leaves a urlencoded post to the edge guard, which refuses form posts to pages", async () => {
    expect(await actionRequestProblem(post("a=1", "application/x-www-form-urlencoded"))).toBeUndefined();
  });
});
