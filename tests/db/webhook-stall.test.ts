import { beforeEach, describe, expect, it } from "vitest";
import { POST as hook } from "@/app/api/alerts/alertmanager/route";
import { GET as list } from "@/app/api/incidents/route";
import { getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/lib/db/reset-database";
import { MAX_BODY_BYTES } from "@/lib/http/read-json-body";
import { delivery, firingAlert, jsonRequest } from "../support/incident-requests";

/**
 * One large delivery must not monopolise the event loop. No absolute speed
 * target (the machine is shared): the longest stretch in which a 5 ms timer
 * could not fire, and the slowest of the reads sent meanwhile, must be a
 * small fraction of the delivery's own duration.
 */
/** The size; STALL_TEST_ALERTS makes it smaller for a quick local check. */
const ALERTS = Number(process.env.STALL_TEST_ALERTS ?? 1000);

describe(`a ${ALERTS}-alert delivery does not stall other requests on ${getConfig().database.kind}`, () => {
  beforeEach(resetDatabase);

  it("timers and reads keep being served while it is stored", async () => {
    const words = "node pressure kubelet eviction threshold memory available ".repeat(12);
    const alerts = Array.from({ length: ALERTS }, (_, n) => firingAlert(n, { pod: `api-${n}-7d9c8b6f5-x2kqp` }, { description: `${n} ${words}` }));
    const body = JSON.stringify(delivery(alerts));
    expect(body.length).toBeLessThan(MAX_BODY_BYTES);
    if (ALERTS === 1000) expect(body.length).toBeGreaterThan(0.7 * MAX_BODY_BYTES);

    // A running server has loaded the runbook index and the tokenizers already (one-time, synchronous): so does this test.
    expect((await hook(jsonRequest("POST", "/api/alerts/alertmanager", delivery([firingAlert(100_000)])))).status).toBe(200);
    await resetDatabase();

    let last = performance.now();
    let worstGap = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
      ticks += 1;
    }, 5);
    const reads: number[] = [];
    let storing = true;
    const reader = (async () => {
      while (storing) {
        const started = performance.now();
        const response = await list(new Request("http://localhost/api/incidents?limit=5"));
        expect(response.status).toBe(200);
        await response.arrayBuffer();
        reads.push(performance.now() - started);
        // Requests arrive through I/O: without a pause this loop would itself be the request that never yields.
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();

    const started = performance.now();
    const response = await hook(jsonRequest("POST", "/api/alerts/alertmanager", body));
    const duration = performance.now() - started;
    storing = false;
    await reader;
    clearInterval(timer);

    expect(response.status).toBe(200);
    expect((await response.json()).created).toHaveLength(ALERTS);
    expect(await db().incident.count()).toBe(ALERTS);
    const slowestRead = Math.max(...reads);
    console.log(`delivery ${duration.toFixed(0)} ms; worst timer gap ${worstGap.toFixed(0)} ms over ${ticks} ticks; ${reads.length} reads, slowest ${slowestRead.toFixed(0)} ms`);
    expect(worstGap).toBeLessThan(duration / 4);
    expect(reads.length).toBeGreaterThanOrEqual(5);
    expect(slowestRead).toBeLessThan(duration / 2);
  }, 600_000);
});
