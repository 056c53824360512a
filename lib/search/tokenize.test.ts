import { describe, expect, it } from "vitest";
import { bigramSegmenter } from "./chinese-segmenter";
import { analyze, SENTENCE_GAP, tokenize } from "./tokenize";

describe("tokenize: English", () => {
  it.each([
    ["lower-cases and stems", "Certificates EXPIRED", ["certif", "expir"]],
    ["drops stopwords and one-letter words", "the certificate has expired or is not yet valid", ["certif", "expir", "valid"]],
    ["CamelCase gives the whole name and its words", "CrashLoopBackOff", ["crashloopbackoff", "crash", "loop", "back", "off"]],
    ["acronyms stay together", "KubeAPIErrorBudgetBurn", ["kubeapierrorbudgetburn", "kube", "api", "error", "budget", "burn"]],
    ["no lone-letter parts", "IPv4 PVs", ["ipv4", "pvs"]],
    ["splits punctuation, paths and hyphens", "kube-apiserver /var/lib/etcd", ["kube", "apiserv", "var", "lib", "etcd"]],
    ["keeps letters with digits whole", "x509 k8s", ["x509", "k8s"]],
    ["drops noise first", "E0510 17:43:56.892945  790992 reflector.go:178] x509", ["x509"]],
    ["contractions", "the pod didn't tolerate", ["pod", "toler"]],
    ["accents kept as letters", "Ärger mit DNS", ["ärger", "mit", "dns"]],
  ])("%s", (_name, text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  it("every token is letters and digits only, so no index syntax can come from a token", () => {
    const nasty = `"*" NEAR(a b) AND OR NOT - : ( ) ' \\ \u0000 % _ 'x' & | ! <-> :* ${"\u{1F600}"} DROP TABLE "Incident"; --`;
    for (const token of tokenize(nasty)) expect(token).toMatch(/^[\p{L}\p{N}]+$/u);
  });
});

describe("tokenize: Chinese and mixed", () => {
  it("splits Han runs into characters and bigrams, so a two-character word matches inside a longer one", () => {
    expect(tokenize("缓存")).toEqual(["缓", "缓存", "存"]);
    expect(tokenize("缓存命中率")).toEqual(["缓", "缓存", "存", "存命", "命", "命中", "中", "中率", "率"]);
    expect(tokenize("缓存命中率")).toEqual(expect.arrayContaining(tokenize("命中")));
  });

  it("a single character is its own token", () => {
    expect(tokenize("慢")).toEqual(["慢"]);
  });

  it("mixed text gives both kinds of tokens, Han and Latin split where they meet", () => {
    expect(tokenize("定时任务执行kubectl返回空")).toEqual([
      "定", "定时", "时", "时任", "任", "任务", "务", "务执", "执", "执行", "行", "kubectl", "返", "返回", "回", "回空", "空",
    ]);
    expect(tokenize("apiserver 证书过期")).toEqual(["apiserv", "证", "证书", "书", "书过", "过", "过期", "期"]);
  });

  it("Han tokens are marked, so they are not stemmed or typo-corrected", () => {
    expect(analyze("证书 cert").map((t) => t.han)).toEqual([true, true, true, false]);
  });

  it("takes another segmenter", () => {
    expect(tokenize("缓存命中", { segmenter: (run) => [run] })).toEqual(["缓存命中"]);
    expect(bigramSegmenter("ab")).toEqual(["a", "ab", "b"]);
  });
});

describe("analyze: positions", () => {
  const g = SENTENCE_GAP;
  it.each<[string, string, [string, number][]]>([
    ["one step per word, stopwords counted", "certificate has expired or is not yet valid", [["certif", 0], ["expir", 2], ["valid", 7]]],
    ["a value between words is one word", 'node "worker-03" not found', [["node", 0], ["worker", 1], ["found", 3]]],
    ["the tokens of one word share its place", "k8s.io/client-go CrashLoopBackOff", [["k8s", 0], ["io", 0], ["client", 0], ["go", 0], ["crashloopbackoff", 1], ["crash", 1], ["loop", 1], ["back", 1], ["off", 1]]],
    ["removed instance data leaves no word", "0/3 nodes are available: 3 Insufficient cpu", [["node", 0], ["avail", 2], ["insuffici", 3], ["cpu", 4]]],
    ["a sentence end is a wide gap", "Memory available at this instance. Node memory", [["memori", 0], ["avail", 1], ["instanc", 4], ["node", 4 + g], ["memori", 5 + g]]],
    ["a dot inside a word is no sentence end", "reflector.go failed", [["reflector", 0], ["go", 0], ["fail", 1]]],
    ["each Han token one on; 。 ends a sentence", "缓存 慢。好", [["缓", 0], ["缓存", 1], ["存", 2], ["慢", 3], ["好", 3 + g]]],
    ["Han and Latin glued together stay one word apart at most", "任务kubectl返回", [["任", 0], ["任务", 1], ["务", 2], ["kubectl", 2], ["返", 2], ["返回", 3], ["回", 4]]],
  ])("%s", (_name, text, expected) => {
    expect(analyze(text).map((t) => [t.token, t.position])).toEqual(expected);
  });
});
