import { describe, expect, it } from "vitest";
import { NEAR_EXACT_TIER, RunbookRanker, type RunbookSearchSource } from "./rank-runbooks";
import { SINGLE_HAN_FACTOR } from "./weigh-chinese-terms";

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
    symptoms: ["FailedScheduling", "Insufficient cpu", "nodes are available:", "that the pod didn't tolerate", "Pod 一直 Pending", "节点资源不足"],
    phenomenon: "kubectl get pod shows the Pod as Pending with no node.",
  },
  {
    ...base,
    slug: "node-not-found",
    title: "kubelet cannot register its node",
    symptoms: ["node not found", "kubelet 报 node not found"],
    tags: ["kubelet"],
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

  describe("a symptom the query holds is near-exact only with its words together", () => {
    it.each([
      // Log lines put values between a symptom's words: a name, a host name of several tokens, a count.
      ["a node name inside the symptom", 'E1102 10:21:22.334455 4321 kubelet.go:2263] node "worker-03" not found', "node-not-found", "node not found"],
      ["an EKS host name inside it", 'E1102 10:21:22.334455 4321 kubelet.go:2263] Error getting node: node "ip-10-0-1-23.ec2.internal" not found', "node-not-found", "node not found"],
      ["a scheduler event", "0/120 nodes are available: 120 node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't tolerate.", "pod-pending", "that the pod didn't tolerate"],
      ["Chinese inside a longer sentence", "今天下午图片代理的缓存命中率低，源站带宽打满", "nginx-cache", "缓存命中率低"],
      ["mixed inside a longer line", "节点 NotReady 之后 kubelet 报 node not found，重启也没用", "node-not-found", "kubelet 报 node not found"],
    ])("pasted: %s", (_name, query, slug, symptom) => {
      const found = ranker.search(query).find((r) => r.slug === slug);
      expect(found?.score).toBeGreaterThanOrEqual(NEAR_EXACT_TIER);
      expect(found?.symptom).toBe(symptom);
    });

    it.each([
      // kube-prometheus' KubeCPUOvercommit: "pod" and "tolerate" five words apart (near-exact before the proximity check).
      ["words of a short symptom scattered through a description", "Cluster has overcommitted CPU resource requests for Pods by 1.5 CPU shares and cannot tolerate node failure.", "pod-pending"],
      // NodeMemoryMajorPagesFaults: "available" and "node" side by side, but in two sentences.
      ["its words on both sides of a sentence end", "Memory major pages are occurring at very high rate. Please check that there is enough memory available at this instance. Node memory major pages faults", "pod-pending"],
      ["its words far apart in a log line", "node worker-03 drained by the upgrade job; its cron schedule for the nightly backup was not found", "node-not-found"],
    ])("scattered: %s", (_name, query, slug) => {
      const found = ranker.search(query).find((r) => r.slug === slug);
      // Still a result, on BM25 and a partial phrase match, below the near-exact tier.
      expect(found).toBeDefined();
      expect(found!.score).toBeLessThan(NEAR_EXACT_TIER);
      expect(found!.symptom).toBeNull();
    });

    it("a scattered match still earns the partial phrase share", () => {
      const scattered = ranker.search("pods cannot tolerate").find((r) => r.slug === "pod-pending")!;
      const oneWord = ranker.search("pods cannot").find((r) => r.slug === "pod-pending")!;
      expect(scattered.score).toBeGreaterThan(oneWord.score);
    });
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

  it("a few Chinese words do not outweigh the English beside them: single characters inside a bigram count less", () => {
    const mixed = new RunbookRanker([
      { ...base, slug: "sysctl", title: "Pods fail with SysctlForbidden", symptoms: ["SysctlForbidden", "forbidden sysctl: not allowlisted", "Pod 设置 内核参数 被禁止"] },
      { ...base, slug: "port-in-use", title: "kube-controller-manager cannot start: port in use", symptoms: ["controller-manager 启动失败 端口被占用"] },
      { ...base, slug: "labels", title: "kubelet refuses node labels", symptoms: ["kubelet 启动失败 node-labels"] },
      // A library of runbooks in English, as Triage's is: Chinese words are rare in it, so each one weighs a lot.
      ...["dns", "disk", "memory", "network", "image", "volume", "probe", "ingress"].map((word) => ({ ...base, slug: `${word}-runbook`, title: `Pod ${word} trouble`, symptoms: [`${word} error`] })),
    ]);
    expect(mixed.search("sysctl forbidden 启动失败", { prefix: false })[0].slug).toBe("sysctl");
    const terms = mixed.resolve("启动失败 慢 ", { prefix: false }).terms;
    expect(terms.find((t) => t.token === "启")?.alternatives[0].factor).toBe(SINGLE_HAN_FACTOR);
    expect(SINGLE_HAN_FACTOR).toBeLessThan(1);
    expect(terms.find((t) => t.token === "启动")?.alternatives[0].factor).toBe(1);
    // A character no bigram of the query holds keeps its full weight.
    expect(terms.find((t) => t.token === "慢")?.alternatives[0].factor).toBe(1);
  });
});
