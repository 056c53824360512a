import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as hook } from "@/app/api/alerts/alertmanager/route";
import { getConfig } from "@/lib/config/env";
import { hashDatabase } from "@/lib/db/hash-database";
import { resetDatabase } from "@/lib/db/reset-database";
import { delivery, firingAlert, jsonRequest } from "../support/incident-requests";

/** Fails the search-index write of the third incident of a delivery: a storage failure half-way through. */
const failAt = vi.hoisted(() => ({ call: 0, at: 3 }));
vi.mock("@/lib/search/incident-search-index", async (original) => {
  const real = await original<typeof import("@/lib/search/incident-search-index")>();
  return {
    ...real,
    indexIncidentSearch: async (...args: Parameters<typeof real.indexIncidentSearch>) => {
      failAt.call += 1;
      if (failAt.call === failAt.at) throw new Error("disk I/O error (injected by the test)");
      return real.indexIncidentSearch(...args);
    },
  };
});

describe(`a webhook delivery is stored whole or not at all on ${getConfig().database.kind}`, () => {
  beforeEach(resetDatabase);

  it("a failure at the third alert leaves nothing of the first two, and the retry stores all", async () => {
    failAt.call = 0;
    const payload = delivery([firingAlert(1), firingAlert(2), firingAlert(3), firingAlert(4)]);
    const before = await hashDatabase();
    const failed = await hook(jsonRequest("POST", "/api/alerts/alertmanager", payload));
    expect(failed.status).toBe(500);
    expect(await hashDatabase()).toBe(before);

    const retried = await hook(jsonRequest("POST", "/api/alerts/alertmanager", payload));
    expect(retried.status).toBe(200);
    expect((await retried.json()).created).toHaveLength(4);
  });
});
