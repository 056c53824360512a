import { beforeAll, describe, expect, it } from "vitest";
import { POST as alertmanagerRoute } from "@/app/api/alerts/alertmanager/route";
import { GET as listRoute } from "@/app/api/incidents/route";
import { POST as searchByBody, GET as searchRoute } from "@/app/api/search/route";
import { getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/lib/db/reset-database";
import { createIncident } from "@/lib/incidents/create-incident";
import { incidentCreateSchema } from "@/lib/incidents/incident-schemas";
import { readSampleIncidents, seedSampleIncidents } from "@/lib/incidents/seed-sample-incidents";
import { updateIncident } from "@/lib/incidents/update-incident";
import { idsWithAllTokens, rebuildIncidentSearchIndex, searchIndexVersion, storedSearchIndexVersion, TOTAL_TERM } from "@/lib/search/incident-search-index";
import { distinctTokens } from "@/lib/search/incident-tokens";
import type { SearchResponse } from "@/lib/search/search-dto";
import { runSearch } from "@/lib/search/run-search";
import { searchIncidents } from "@/lib/search/search-incidents";
import { SINGLE_HAN_FACTOR } from "@/lib/search/weigh-chinese-terms";
import { INCIDENT_QUERIES } from "@/tests/relevance/incident-queries";
import { anonymousEditor, signedOut, userContext } from "../support/actors";

const kind = getConfig().database.kind;
const NOW = new Date("2026-11-22T12:00:00Z");

async function search(query: string): Promise<{ status: number; body: SearchResponse & { error?: { code: string; message: string; fields: Record<string, string> } } }> {
  const response = await searchRoute(new Request(`http://localhost/api/search?${query}`));
  return { status: response.status, body: await response.json() };
}

/** SearchTerm as a map, and the same counts recomputed from every row's searchTokens. */
async function termCounts() {
  const stored = new Map((await db().$queryRawUnsafe<{ term: string; docs: number | bigint }[]>(`SELECT "term" AS term, "docs" AS docs FROM "SearchTerm"`)).map((r) => [r.term, Number(r.docs)]));
  const rows = await db().incident.findMany({ select: { searchTokens: true } });
  const expected = new Map<string, number>([[TOTAL_TERM, rows.length]]);
  for (const row of rows) for (const token of distinctTokens(row.searchTokens)) expected.set(token, (expected.get(token) ?? 0) + 1);
  return { stored, expected };
}

describe(`incident search index on ${kind}`, () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedSampleIncidents(NOW);
  });

  it("every write path keeps the index in step: seed, create, update, Alertmanager open and resolve", async () => {
    const created = await createIncident(anonymousEditor(), incidentCreateSchema.parse({ title: "Zanzibar gateway meltdown", severity: "SEV2", service: "zanzibar", environment: "prod", reporter: "r", startedAt: NOW.toISOString() }));
    expect(await idsWithAllTokens(db(), kind, ["zanzibar", "meltdown"])).toEqual([created.id]);
    await updateIncident(anonymousEditor(), created.id, { title: "Quokka gateway meltdown", service: "quokka" });
    expect(await idsWithAllTokens(db(), kind, ["zanzibar"])).toEqual([]);
    expect(await idsWithAllTokens(db(), kind, ["quokka"])).toEqual([created.id]);

    const alert = { status: "firing", labels: { alertname: "WombatQueueStuck", severity: "warning" }, annotations: { summary: "wombat queue stuck" }, startsAt: "2026-11-22T10:00:00Z", endsAt: "0001-01-01T00:00:00Z", generatorURL: "http://prometheus/graph", fingerprint: "f00dfeed" };
    const payload = (status: string, endsAt: string) => ({ version: "4", groupKey: "{}:{}", status, receiver: "triage", groupLabels: {}, commonLabels: {}, commonAnnotations: {}, externalURL: "http://am", alerts: [{ ...alert, status, endsAt }] });
    const post = (body: unknown) => alertmanagerRoute(new Request("http://localhost/api/alerts/alertmanager", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
    const opened = await (await post(payload("firing", "0001-01-01T00:00:00Z"))).json();
    expect(await idsWithAllTokens(db(), kind, ["wombat"])).toEqual(opened.created);
    await post(payload("resolved", "2026-11-22T11:00:00Z"));
    expect(await idsWithAllTokens(db(), kind, ["wombat", "automat"])).toEqual(opened.created);

    const { stored, expected } = await termCounts();
    expect(stored).toEqual(expected);
  });

  it("a rebuild gives the same index as the incremental writes, and records the tokeniser version", async () => {
    const before = (await termCounts()).stored;
    await db().$transaction((tx) => rebuildIncidentSearchIndex(tx, kind), { timeout: 60_000 });
    expect((await termCounts()).stored).toEqual(before);
    expect(await storedSearchIndexVersion(db(), kind)).toBe(searchIndexVersion());
    for (const sample of readSampleIncidents().slice(0, 5)) {
      const row = await db().incident.findFirstOrThrow({ where: { title: sample.title }, select: { id: true, searchTokens: true } });
      expect(await idsWithAllTokens(db(), kind, distinctTokens(row.searchTokens).slice(0, 6))).toContain(row.id);
    }
  });
});

// No database name in this describe: both legs write and compare one snapshot.
describe("search", () => {
  const keyOf = new Map<number, string>();

  beforeAll(async () => {
    await resetDatabase();
    await seedSampleIncidents(NOW);
    const samples = readSampleIncidents();
    for (const row of await db().incident.findMany({ select: { id: true, title: true } })) keyOf.set(row.id, samples.find((s) => s.title === row.title)!.key);
  });

  // One test name for both databases: both legs compare with the same snapshot, so SQLite and PostgreSQL must agree.
  it("gives the same top incidents for the relevance queries on SQLite and PostgreSQL", async () => {
    const tops: Record<string, string[]> = {};
    for (const { query } of INCIDENT_QUERIES) tops[query] = (await searchIncidents(query, { limit: 3 })).results.map((r) => keyOf.get(r.id)!);
    expect(tops).toMatchSnapshot();
  });

  it("finds the expected incident in the top three for most relevance queries", async () => {
    let hits = 0;
    for (const c of INCIDENT_QUERIES) {
      const top = (await searchIncidents(c.query, { limit: 3 })).results.map((r) => keyOf.get(r.id)!);
      if (top.some((key) => c.expect.includes(key))) hits += 1;
    }
    expect(hits / INCIDENT_QUERIES.length).toBeGreaterThanOrEqual(0.9);
  });

  it("weighs Chinese words typed around English ones as runbook search does: translated, single characters damped", async () => {
    // Before: the two Chinese-only sample incidents ranked first, on the characters alone.
    const mixed = await searchIncidents("kubeconfig 证书过期", { limit: 3 });
    expect(keyOf.get(mixed.results[0].id)).toBe("kubeconfig-client-cert-expiring-ci-deployer");
    const certificate = mixed.terms.find((t) => t.token === "证书");
    expect(certificate?.alternatives.filter((a) => a.kind === "translation").map((a) => a.token)).toEqual(["certif"]);
    expect(mixed.terms.find((t) => t.token === "证")?.alternatives[0].factor).toBe(SINGLE_HAN_FACTOR);
  });

  it("tolerates one typo and completes the word being typed, from the incidents' own words", async () => {
    // "ledger" is in no runbook: the correction comes from the incidents' own vocabulary (SearchTerm).
    const typo = await searchIncidents("lewdger sync upgrade ", { limit: 1 });
    expect(typo.terms[0].alternatives.map((a) => [a.kind, a.token])).toContainEqual(["typo", "ledger"]);
    expect(keyOf.get(typo.results[0].id)).toBe("pdb-blocks-node-upgrade-ledger-sync");
    const typing = await searchIncidents("conntrack INVAL");
    expect(typing.terms.at(-1)?.alternatives.some((a) => a.kind === "prefix" && a.token === "invalid")).toBe(true);
    expect(keyOf.get(typing.results[0].id)).toBe("container-upload-conntrack-invalid");
  });

  it("GET /api/search: runbooks first, then incidents, with snippets and highlights", async () => {
    const { status, body } = await search(`q=${encodeURIComponent("x509: certificate has expired or is not yet valid")}&limit=6`);
    expect(status).toBe(200);
    expect(body.normalized).toBe("x509: certificate has expired or is not yet valid");
    expect(body.tookMs).toBeGreaterThanOrEqual(0);
    const types = body.results.map((r) => r.type);
    expect(types.indexOf("incident")).toBeGreaterThan(types.lastIndexOf("runbook"));
    const first = body.results[0];
    expect(first).toMatchObject({ type: "runbook", url: `/runbooks/${first.id}` });
    expect(first.highlights.length).toBeGreaterThan(0);
    for (const [start, end] of first.highlights) expect(first.snippet.slice(start, end).length).toBe(end - start);
    const incident = body.results.find((r) => r.type === "incident");
    expect(incident).toMatchObject({ url: `/incidents/${incident?.id}` });
  });

  it("POST /api/search: a pasted log too long for a URL, same answer as GET, body checked like the query", async () => {
    const line = "Warning FailedScheduling 0/3 nodes are available: 3 Insufficient memory. 节点内存不足，调度失败，请检查节点资源。";
    const pasted = Array.from({ length: 40 }, () => line).join("\n");
    expect(pasted.length).toBeGreaterThan(2500);
    const post = (body: unknown) => searchByBody(new Request("http://localhost/api/search", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
    const byBody = await post({ q: pasted, type: "runbook", limit: 5 });
    expect(byBody.status).toBe(200);
    const posted = (await byBody.json()) as SearchResponse;
    const got = await search(`q=${encodeURIComponent(pasted)}&type=runbook&limit=5`);
    expect(posted.results.map((r) => r.id)).toEqual(got.body.results.map((r) => r.id));
    expect(posted.results.length).toBeGreaterThan(0);
    expect(posted.normalized).toBe(got.body.normalized);

    const refused = await post({ q: " ", type: "wiki", limit: "5", page: 2 });
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields).toEqual({
      q: "q is required: paste the error or type what you see",
      type: "type must be runbook or incident",
      limit: "limit must be a whole number",
      page: expect.stringContaining("page"),
    });
    expect((await post({ q: "x".repeat(8001) })).status).toBe(400);
  });

  it("filters by type and tag, and caps with limit", async () => {
    const runbooks = await search("q=certificate&type=runbook&limit=3");
    expect(runbooks.body.results.map((r) => r.type)).toEqual(["runbook", "runbook", "runbook"]);
    const incidents = await search("q=certificate&type=incident");
    expect(incidents.body.results.length).toBeGreaterThan(0);
    expect(incidents.body.results.every((r) => r.type === "incident")).toBe(true);
    const tagged = await search("q=certificate&tag=tls");
    expect(tagged.body.results.length).toBeGreaterThan(0);
    for (const result of tagged.body.results) {
      if (result.type === "runbook") expect(result.tags).toContain("tls");
      else expect(result.runbooks.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["", "q", "q is required: paste the error or type what you see"],
    ["q=", "q", "q is required: paste the error or type what you see"],
    ["q=%20%20", "q", "q is required: paste the error or type what you see"],
    [`q=${"a".repeat(8001)}`, "q", "q must be at most 8,000 characters (several pasted log lines fit)"],
    ["q=x&q=y", "q", "q must be given once"],
    ["q=x&type=ticket", "type", "type must be runbook or incident"],
    ["q=x&tag=bogus", "tag", expect.stringContaining("tag must be one of kubernetes")],
    ["q=x&limit=0", "limit", "limit must be at least 1"],
    ["q=x&limit=51", "limit", "limit must be at most 50"],
  ])("400 for %s", async (query, field, message) => {
    const { status, body } = await search(query);
    expect(status).toBe(400);
    expect(body.error?.code).toBe("invalid_input");
    expect(body.error?.fields[field]).toEqual(message);
  });

  it("accepts 8,000 characters of pasted log", async () => {
    const line = "E0510 17:43:56.892945 790992 reflector.go:178] Failed to list *v1.Secret: x509: certificate has expired or is not yet valid\n";
    const q = line.repeat(Math.floor(8000 / line.length));
    const { status, body } = await search(`q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.results[0].id).toBe("apiserver-loopback-certificate-expired");
  });

  it("a log line pasted with its terminal colours finds what the plain line finds", async () => {
    // The ESC bytes alone were dropped: "[31merror[0m" stayed one token and "error" was lost (5 results against 19).
    for (const [plain, coloured] of [
      ["error oom", "\u001b[31merror\u001b[0m oom"],
      ["OOMKilled", "\u001b[1;31mOOMKilled\u001b[0m"],
      ["x509: certificate has expired", "\u001b[33mx509:\u001b[39m certificate has \u001b[1mexpired\u001b[22m"],
    ]) {
      const [a, b] = [await search(`q=${encodeURIComponent(plain)}`), await search(`q=${encodeURIComponent(coloured)}`)];
      expect(b.status, coloured).toBe(200);
      expect(b.body.results.length, plain).toBeGreaterThan(0);
      expect(b.body.results.map((r) => `${r.type}:${r.id}`), plain).toEqual(a.body.results.map((r) => `${r.type}:${r.id}`));
    }
  });

  it("the incident list's q needs every word, the 11th and later too", async () => {
    const title = "Quagga ledger sync stuck during node pool upgrade eviction blocked by disruption budget on replica"; // 12 tokens
    const created = await createIncident(anonymousEditor(), incidentCreateSchema.parse({ title, severity: "SEV3", service: "ledger", environment: "prod", reporter: "r", startedAt: NOW.toISOString() }));
    const list = async (q: string) => {
      const response = await listRoute(new Request(`http://localhost/api/incidents?q=${encodeURIComponent(q)}`));
      expect(response.status, q).toBe(200);
      return ((await response.json()) as { items: { id: number }[] }).items.map((i) => i.id);
    };
    expect(await list(title)).toEqual([created.id]);
    // Words after the tenth were dropped: this listed the incident although it has no "zebraunicorn".
    expect(await list(`${title} zebraunicorn`)).toEqual([]);
    // 200 characters of distinct words (q's limit) is still an ordinary query.
    const many = Array.from({ length: 40 }, (_, i) => `w${i}x`).join(" ").slice(0, 200);
    expect(await list(many)).toEqual([]);
  });

  it("operators, quotes, brackets and SQL in q are plain text: never an error", async () => {
    const nasty = ['"', "*", "NEAR", "NEAR(a b, 2)", "AND", "OR", "NOT", "-", "-pod", ":", "col:pod", "(", ")", "'", "\\", "\u0000", "^pod", "pod*", "pod:*", "'pod' & 'x'", "!pod", "pod <-> x", `"unterminated`, "'; DROP TABLE \"Incident\"; --", "x509 AND (certificate OR", "%_%"];
    for (const text of nasty) {
      for (const type of ["runbook", "incident", ""]) {
        const { status, body } = await search(`q=${encodeURIComponent(text)}${type ? `&type=${type}` : ""}`);
        // Control characters are dropped from q (lib/incidents/incident-limits.ts): a q of only NUL asks for nothing.
        if (text.replace(/\p{Cc}/gu, "").trim() === "") expect(status).toBe(400);
        else expect(status, `${text} (${type || "all"})`).toBe(200);
        if (status === 200) expect(Array.isArray(body.results)).toBe(true);
      }
    }
    expect(await db().incident.count()).toBeGreaterThan(0);
  });

  it("gives incidents only to a caller who may read them: runbooks stay public", async () => {
    const query = { q: "certificate expired", limit: 20 };
    const signedIn = await runSearch(userContext("viewer"), query);
    expect(signedIn.results.some((r) => r.type === "incident")).toBe(true);
    expect(signedIn.results.filter((r) => r.type === "runbook").every((r) => typeof r.incidentCount === "number")).toBe(true);
    // A signed-out visitor in the proxy or oidc modes: runbooks, without their incident counts.
    const anonymous = await runSearch(signedOut(), query);
    expect(anonymous.results.length).toBeGreaterThan(0);
    expect(anonymous.results.every((r) => r.type === "runbook" && r.incidentCount === null)).toBe(true);
  });
});
