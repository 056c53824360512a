import { describe, expect, it } from "vitest";
import { RunbookRanker, type RunbookSearchSource } from "./rank-runbooks";

const base = { summary: "", kind: "runbook" as const, alerts: [], tags: ["kubernetes"], components: [], phenomenon: "", body: "" };
const corpus: RunbookSearchSource[] = [
  {
    ...base,
    slug: "cert-loopback",
    title: "kube-apiserver calls to itself fail with an expired certificate",
    symptoms: ["x509: certificate has expired or is not yet valid", "Failed to list *v1.ClusterRole", "apiserver 自己访问自己 证书过期"],
    alerts: ["KubeAPIServerCertificateExpiration"],
    tags: ["tls", "kubernetes"],
    body: "Restart kube-apiserver to regenerate the loopback certificate.",
  },
  {
    ...base,
    slug: "kubeconfig-expiry",
    title: "Checking when a kubeconfig's certificates expire",
    symptoms: ["x509: certificate has expired or is not yet valid", "error: You must be logged in to the server (Unauthorized)"],
    tags: ["tls"],
  },
  {
    ...base,
    slug: "pod-pending",
    title: "Pod stuck in Pending",
    symptoms: ["FailedScheduling", "Insufficient cpu", "Pod 一直 Pending", "节点资源不足"],
    phenomenon: "kubectl get pod shows the Pod as Pending with no node.",
  },
  {
    ...base,
    slug: "nginx-cache",
    title: "nginx image proxy cache: hit ratio collapses",
    symptoms: ["cache hit ratio very low on image proxy", "缓存命中率低"],
    tags: ["nginx"],
  },
  {
    ...base,
    slug: "cron-empty",
    title: "kubectl in a cron job returns an empty list",
    symptoms: ['"items": []', "kubectl works in a shell but returns an empty list from cron", "定时任务 kubectl 返回空"],
    tags: ["cron"],
  },
  {
    ...base,
    slug: "kubectl-recipes",
    kind: "reference",
    title: "kubectl recipes",
    symptoms: ["how to list all pods on one node"],
    body: "kubectl get pod kubectl get pod kubectl get pod pending certificate cron",
  },
];
const ranker = new RunbookRanker(corpus);
const top = (query: string, options = {}) => ranker.search(query, options).map((r) => r.slug);

describe("RunbookRanker", () => {
  it.each([
    ["a pasted log line with its noise", "E0510 17:43:56.892945 790992 reflector.go:178] Failed to list *v1.ClusterRole: Get https://10.13.96.11:6443/apis?resourceVersion=1: x509: certificate has expired or is not yet valid", "cert-loopback"],
    ["a kubectl describe event", "0/5 nodes are available: 2 Insufficient cpu, 3 node(s) had taint", "pod-pending"],
    ["a few words", "cron kubectl empty", "cron-empty"],
    ["a typo in a longer word", "kubeconfig certficate expire", "kubeconfig-expiry"],
    ["the word being typed", "kubeconfig certifi", "kubeconfig-expiry"],
    ["Chinese", "缓存命中率低", "nginx-cache"],
    ["Chinese, two characters inside a longer symptom", "缓存", "nginx-cache"],
    ["Chinese with spaces", "定时任务 返回空", "cron-empty"],
    ["mixed", "pod 一直 pending", "pod-pending"],
    ["an alert name", "KubeAPIServerCertificateExpiration", "cert-loopback"],
  ])("%s", (_name, query, slug) => {
    expect(top(query)[0]).toBe(slug);
  });

  it("a near-exact symptom match ranks above any BM25 score and is reported", () => {
    const [first] = ranker.search("FailedScheduling Insufficient cpu");
    expect(first.slug).toBe("pod-pending");
    expect(first.symptom).not.toBeNull();
    expect(first.score).toBeGreaterThan(1000);
    // The reference page repeats "kubectl get pod pending" but matches no symptom: below the runbook.
    expect(top("kubectl get pod pending").indexOf("pod-pending")).toBeLessThan(top("kubectl get pod pending").indexOf("kubectl-recipes"));
  });

  it("reference pages rank below runbooks that match as well", () => {
    const results = ranker.search("certificate");
    expect(results.at(-1)?.slug).toBe("kubectl-recipes");
  });

  it("filters by tag and caps the count", () => {
    expect(top("certificate expired", { tag: "kubernetes" })).toEqual(["cert-loopback", "kubectl-recipes"]);
    expect(top("certificate expired", { tag: "tls" })).toEqual(["cert-loopback", "kubeconfig-expiry"]);
    expect(top("kubectl", { limit: 2 })).toHaveLength(2);
  });

  it("finds nothing for noise alone or words no runbook has", () => {
    expect(top("2026-11-22T10:15:03Z 10.0.0.1:443 4f3e2d1c0b9a")).toEqual([]);
    expect(top("zebra giraffe")).toEqual([]);
  });

  it("does not correct short words (one typo turns them into other words)", () => {
    expect(ranker.resolve("cron").terms[0].alternatives.map((a) => a.kind)).not.toContain("typo");
    expect(ranker.resolve("certficate ").terms[0].alternatives.map((a) => a.kind)).toContain("typo");
  });
});
