import { afterEach, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { getConfig, resetConfigForTests } from "@/lib/config/env";

const TOKEN = "health-token-0123456789abcdef";

describe(`health endpoints on ${getConfig().database.kind}`, () => {
  afterEach(() => {
    delete process.env.TRIAGE_API_TOKEN;
    resetConfigForTests();
  });

  it("anonymous callers get the status only: no migration names, counts or driver errors", async () => {
    const response = await health(new Request("http://localhost/api/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("a token holder gets the details; a wrong token is just anonymous", async () => {
    process.env.TRIAGE_API_TOKEN = TOKEN;
    resetConfigForTests();
    const withToken = await health(new Request("http://localhost/api/health", { headers: { authorization: `Bearer ${TOKEN}` } }));
    const body = await withToken.json();
    expect(body.database.kind).toBe(getConfig().database.kind);
    expect(body.database.migrations.upToDate).toBe(true);
    const wrong = await health(new Request("http://localhost/api/health", { headers: { authorization: "Bearer nope-nope-nope-nope" } }));
    expect(await wrong.json()).toEqual({ status: "ok" });
  });

  it("liveness and readiness answer 200 with the status only", async () => {
    const probe = live(new Request("http://localhost/api/health/live"));
    expect(probe.status).toBe(200);
    expect(await probe.json()).toEqual({ status: "ok" });
    const readiness = await ready(new Request("http://localhost/api/health/ready"));
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toEqual({ status: "ok" });
  });
});
