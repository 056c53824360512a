import { describe, expect, it } from "vitest";
import { alertWords, suggestRunbooks } from "./suggest-runbooks";

const candidates = [
  { slug: "etcd-slow", title: "etcd took too long", alerts: ["etcdHighFsyncDurations"], tags: ["etcd"], symptoms: [] },
  { slug: "crashloop", title: "Pod in CrashLoopBackOff", alerts: ["KubePodCrashLooping"], tags: ["kubernetes"], symptoms: [] },
  { slug: "kubelet", title: "kubelet node not found", alerts: ["KubeNodeNotReady", "KubeletDown"], tags: ["kubernetes"], symptoms: [] },
];

describe("alertWords", () => {
  it.each([
    ["KubePodCrashLooping", ["kube", "pod", "crash", "looping"]],
    ["etcdHighFsyncDurations", ["etcd", "high", "fsync", "durations"]],
    ["KubeAPIErrorBudgetBurn", ["kube", "api", "error", "budget", "burn"]],
    ["node_disk_io", ["node", "disk"]],
  ])("%s → %o", (name, words) => {
    expect(alertWords(name)).toEqual(words);
  });
});

describe("suggestRunbooks", () => {
  it.each([
    ["etcdHighCommitDurations", ["etcd-slow"]],
    ["KubePodCrashLoopingFast", ["crashloop", "kubelet"]],
    ["KubeNodeUnreachable", ["kubelet", "crashloop"]],
    ["Zzz", []],
  ])("%s → %o", (alert, expected) => {
    expect(suggestRunbooks(alert, candidates).map((c) => c.slug)).toEqual(expected);
  });
});
