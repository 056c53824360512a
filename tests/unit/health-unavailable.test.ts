import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config/env";

/** /api/health answers 503 with the reason when the database does not answer. */
describe("health with an unreachable database", () => {
  const saved = process.env.DATABASE_URL;
  beforeAll(() => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    process.env.DATABASE_URL = "postgresql://triage:secret@127.0.0.1:1/triage";
    resetConfigForTests();
  });
  afterAll(() => {
    process.env.DATABASE_URL = saved;
    resetConfigForTests();
  });

  it("answers 503 with only the status to anonymous callers, and not ready on the readiness probe", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET(new Request("http://localhost/api/health"));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
    const ready = await import("@/app/api/health/ready/route");
    const probe = await ready.GET(new Request("http://localhost/api/health/ready"));
    expect(probe.status).toBe(503);
    expect(await probe.json()).toEqual({ status: "not ready" });
  }, 30_000);

  it("answers 503 with the database kind and the reason to a token holder", async () => {
    process.env.TRIAGE_API_TOKEN = "health-test-token-0123456789";
    resetConfigForTests();
    const { GET } = await import("@/app/api/health/route");
    const response = await GET(new Request("http://localhost/api/health", { headers: { authorization: "Bearer health-test-token-0123456789" } }));
    delete process.env.TRIAGE_API_TOKEN;
    resetConfigForTests();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.status).toBe("unavailable");
    expect(body.reason).toMatch(/^postgres database unavailable: /);
    expect(body.reason).not.toContain("secret");
    // Importing the route (and Prisma's PostgreSQL client) took over vitest's default 5 s on a busy machine.
  }, 30_000);
});
