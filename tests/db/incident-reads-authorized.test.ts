import { beforeEach, describe, expect, it } from "vitest";
import type { RequestContext } from "@/lib/auth/actor";
import { getConfig } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import { HttpError } from "@/lib/http/http-error";
import { draftRunbook } from "@/lib/incidents/draft-runbook";
import { exportIncidents } from "@/lib/incidents/export-incidents";
import { getIncident } from "@/lib/incidents/get-incident";
import { getPostmortem } from "@/lib/incidents/get-postmortem";
import { countIncidentsByRunbook, getRunbookIncidentSummary } from "@/lib/incidents/get-runbook-incident-summary";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { getDashboard } from "@/lib/metrics/get-dashboard";
import { draftRunbookFromIncidents } from "@/lib/runbooks/draft-runbook-from-incidents";
import { findIncidentSuggestions } from "@/lib/search/find-incident-suggestions";
import { signedOut, tokenContext, viewerContext } from "../support/actors";
import { logIncident } from "../support/incident-fixtures";

/**
 * Every domain function that reads incidents takes the request context and
 * authorizes it itself, as the writes do: a page or route that forgot its
 * guard still could not hand incident data to someone who may not read it.
 */
describe(`incident reads are authorized in the domain layer on ${getConfig().database.kind}`, () => {
  let id: number;
  beforeEach(async () => {
    await resetDatabase();
    id = (await logIncident({ title: "OOMKilled on api-7", startedAt: "2026-11-20T08:00:00Z", resolvedAfter: 30, runbooks: ["oom-killer"] })).id;
  });

  const reads: Record<string, (ctx: RequestContext) => Promise<unknown>> = {
    getIncident: (ctx) => getIncident(ctx, id),
    listIncidents: (ctx) => listIncidents(ctx, {}),
    exportIncidents: (ctx) => exportIncidents(ctx, { format: "json" }),
    getDashboard: (ctx) => getDashboard(ctx, 30, new Date("2026-11-25T00:00:00Z")),
    getRunbookIncidentSummary: (ctx) => getRunbookIncidentSummary(ctx, "oom-killer"),
    findIncidentSuggestions: (ctx) => findIncidentSuggestions(ctx, id),
    getPostmortem: (ctx) => getPostmortem(ctx, id),
    draftRunbook: (ctx) => draftRunbook(ctx, [id]),
    draftRunbookFromIncidents: (ctx) => draftRunbookFromIncidents(ctx, { service: "svc" }),
  };

  for (const [name, read] of Object.entries(reads)) {
    it(`${name}: 401 signed out, 403 for a token without incidents:read, data for a viewer`, async () => {
      await expect(read(signedOut())).rejects.toMatchObject({ status: 401, code: "unauthorized" });
      const refused = read(tokenContext("alerts only", ["alerts:write"]));
      await expect(refused).rejects.toBeInstanceOf(HttpError);
      await expect(refused).rejects.toMatchObject({ status: 403, message: expect.stringContaining("incidents:read") });
      await expect(read(viewerContext())).resolves.toBeTruthy();
    });
  }

  it("runbook incident counts: null for a signed-out reader (runbooks are public, their figures are not)", async () => {
    expect(await countIncidentsByRunbook(signedOut())).toBeNull();
    expect(Object.fromEntries((await countIncidentsByRunbook(viewerContext())) ?? [])).toEqual({ "oom-killer": 1 });
  });
});
