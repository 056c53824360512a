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

  it("answers 503 with the database kind and the reason", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.status).toBe("unavailable");
    expect(body.reason).toMatch(/^postgres database unavailable: /);
    expect(body.reason).not.toContain("secret");
    // Importing the route (and Prisma's PostgreSQL client) took over vitest's default 5 s on a busy machine.
  }, 30_000);
});
