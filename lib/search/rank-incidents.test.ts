import { describe, expect, it } from "vitest";
import { planIncidentQuery } from "./plan-incident-query";
import { parseQuery, resolveTerms, type Vocabulary } from "./query-terms";
import { rankIncidents } from "./rank-incidents";
import { tokenize } from "./tokenize";

const incident = (id: number, title: string, text: string) => ({ id, title, searchTokens: tokenize(`${title}\n${text}`).join(" ") });
const candidates = [
  incident(1, "etcd took too long", "etcdserver: read-only range request took too long to execute; the disk is slow"),
  incident(2, "Checkout 502s", "ingress answers 502, pods restarting"),
  incident(3, "etcd member down", "etcd pod restarting after a disk failure"),
];
const counts = new Map<string, number>();
for (const c of candidates) for (const t of new Set(c.searchTokens.split(" "))) counts.set(t, (counts.get(t) ?? 0) + 1);
const vocabulary: Vocabulary = { has: (t) => counts.has(t), corrections: () => [], completions: () => [] };
const terms = (q: string) => resolveTerms(parseQuery(q, { prefix: false }).terms, vocabulary);

describe("rankIncidents", () => {
  it("ranks by BM25: the title counts more, the shorter text wins on equal counts, ties go to the newest", () => {
    expect(rankIncidents(candidates, terms("etcd took too long"), counts, 3).map((r) => r.id)).toEqual([1, 3]);
    expect(rankIncidents(candidates, terms("pods restarting"), counts, 3).map((r) => r.id)).toEqual([2, 3]);
    const twins = [incident(7, "Disk full", "no space left"), incident(9, "Disk full", "no space left")];
    expect(rankIncidents(twins, terms("disk full"), counts, 3).map((r) => r.id)).toEqual([9, 7]);
    expect(rankIncidents(candidates, terms("zebra"), counts, 3)).toEqual([]);
  });

  it("reports the tokens that matched, for highlighting", () => {
    expect([...rankIncidents(candidates, terms("slow disk"), counts, 3)[0].hits].sort()).toEqual(["disk", "slow"]);
  });
});

describe("planIncidentQuery", () => {
  const df = new Map([["pod", 40_000], ["error", 60_000], ["etcd", 900], ["fsync", 30], ["quokka", 0]]);
  const plan = (q: string, budget?: number) => planIncidentQuery(resolveTerms(parseQuery(q, { prefix: false }).terms, { has: (t) => (df.get(t) ?? 0) > 0, corrections: () => [], completions: () => [] }), df, 100_000, budget);

  it("looks up the rarest tokens that fit the postings budget", () => {
    expect(plan("pod etcd fsync error")).toEqual({ kind: "any", tokens: [expect.objectContaining({ token: "fsync" }), expect.objectContaining({ token: "etcd" })] });
  });

  it("intersects the rarest tokens when every token is common", () => {
    expect(plan("pod error")).toEqual({ kind: "all", tokens: ["pod", "error"] });
    expect(plan("pod")).toEqual({ kind: "all", tokens: ["pod"] });
  });

  it("looks up nothing for words no incident has", () => {
    expect(plan("quokka")).toEqual({ kind: "none" });
  });
});
