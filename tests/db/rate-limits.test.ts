import { afterEach, describe, expect, it } from "vitest";
import { POST as hook } from "@/app/api/alerts/alertmanager/route";
import { GET as list, POST as create } from "@/app/api/incidents/route";
import { PEER_HEADER } from "@/lib/auth/client-address";
import { getConfig, resetConfigForTests } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import { takeRateLimitToken } from "@/lib/rate-limits/take-rate-limit-token";
import { delivery, firingAlert, jsonRequest, validIncident } from "../support/incident-requests";

function limit(writes: string, webhook: string) {
  process.env.TRIAGE_RATE_LIMIT_WRITES = writes;
  process.env.TRIAGE_RATE_LIMIT_WEBHOOK = webhook;
  resetConfigForTests();
}

describe(`per-client rate limits on ${getConfig().database.kind}`, () => {
  afterEach(() => {
    delete process.env.TRIAGE_RATE_LIMIT_WRITES;
    delete process.env.TRIAGE_RATE_LIMIT_WEBHOOK;
    resetConfigForTests();
  });

  it("writes over the limit answer 429 with Retry-After, per client address; reads are not limited", async () => {
    await resetDatabase();
    limit("3", "0");
    const from = (peer: string) => ({ [PEER_HEADER]: peer });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await create(jsonRequest("POST", "/api/incidents", validIncident(), from("198.51.100.7")))).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const refused = await create(jsonRequest("POST", "/api/incidents", validIncident(), from("198.51.100.7")));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error.code).toBe("rate_limited");
    // Another client is not affected, and reading is not a write.
    expect((await create(jsonRequest("POST", "/api/incidents", validIncident(), from("198.51.100.8")))).status).toBe(201);
    expect((await list(new Request("http://localhost/api/incidents", { headers: from("198.51.100.7") }))).status).toBe(200);
  });

  it("the bucket in the database: a burst of the limit, then the wait, then the sustained rate", async () => {
    await resetDatabase();
    const t = 1_800_000_000_000;
    const take = (key: string, at: number) => takeRateLimitToken(key, 3, 60_000, at);
    expect([await take("a", t), await take("a", t), await take("a", t)]).toEqual([0, 0, 0]);
    expect(await take("a", t)).toBe(20_000);
    // A refused request takes nothing: the wait does not grow.
    expect(await take("a", t)).toBe(20_000);
    expect(await take("b", t)).toBe(0);
    expect(await take("a", t + 19_999)).toBeGreaterThan(0);
    expect(await take("a", t + 20_000)).toBe(0);
    expect(await take("a", t + 20_000)).toBe(20_000);
    // A server whose clock is behind adds no tokens.
    expect(await take("a", t - 60_000)).toBe(20_000);
    // A quiet client is full again after a window, never fuller.
    expect([await take("a", t + 200_000), await take("a", t + 200_000), await take("a", t + 200_000), await take("a", t + 200_000)]).toEqual([0, 0, 0, 20_000]);
    // Keys are data: names of Object.prototype members and quotes are ordinary keys.
    for (const key of ["constructor", "__proto__", "it's \"quoted\"; --"]) expect([await take(key, t), await take(key, t), await take(key, t), await take(key, t)]).toEqual([0, 0, 0, 20_000]);
  });

  it("the webhook has its own limit", async () => {
    await resetDatabase();
    limit("0", "2");
    const send = (n: number) => hook(jsonRequest("POST", "/api/alerts/alertmanager", delivery([firingAlert(n)]), { [PEER_HEADER]: "203.0.113.9" }));
    expect([(await send(1)).status, (await send(2)).status, (await send(3)).status]).toEqual([200, 200, 429]);
  });
});
