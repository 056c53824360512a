import { afterEach, describe, expect, it } from "vitest";
import { POST as hook } from "@/app/api/alerts/alertmanager/route";
import { GET as list, POST as create } from "@/app/api/incidents/route";
import { PEER_HEADER } from "@/lib/auth/client-address";
import { getConfig, resetConfigForTests } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
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

  it("the webhook has its own limit", async () => {
    await resetDatabase();
    limit("0", "2");
    const send = (n: number) => hook(jsonRequest("POST", "/api/alerts/alertmanager", delivery([firingAlert(n)]), { [PEER_HEADER]: "203.0.113.9" }));
    expect([(await send(1)).status, (await send(2)).status, (await send(3)).status]).toEqual([200, 200, 429]);
  });
});
