import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/search/tokenize";
import { titleKeyOf } from "./title-key";

describe("titleKeyOf", () => {
  it.each([
    ["Disk full on node-12 (95%)", "disk full node"],
    ["disk full on node-7 (97 %)", "disk full node"],
    ["etcd member 192.168.180.8 answers 'took too long'", "etcd member answer took long"],
    ["etcd member 192.168.180.9:2379 answers 'took too long'", "etcd member answer took long"],
    ["checkout-5d9f8b6c7d-x2k4p OOMKilled", "checkout oomkil oom kill"],
    ["checkout-7c4b9d8f6b-q9w8z OOMKilled", "checkout oomkil oom kill"],
    ["Job a1b2c3d4e5f6 failed", "job fail"],
    ["Request 3fa85f64-5717-4562-b3fc-2c963f66afa6 timed out", "request time out"],
    ["ＤＮＳ timeouts in prod-eks-1", "dns timeout prod eks"],
    ["Backup at 02:30:00 failed", "backup fail"],
    ["Backup at 04:00:00 FAILED", "backup fail"],
    ["  KubePodCrashLooping:   api   ", "kubepodcrashloop kube pod crash loop api"],
    ["", ""],
    ["— 1 —", ""],
  ])("%j → %j", (title, key) => {
    expect(titleKeyOf(title)).toBe(key);
  });

  it("is the title's search tokens, Chinese included (one normaliser: lib/search)", () => {
    for (const title of ["数据库连接超时 3 次", "x509: certificate has expired on db-03", "k8s upgrade to v1.29.3 stuck"]) {
      expect(titleKeyOf(title)).toBe(tokenize(title).join(" "));
    }
    expect(titleKeyOf("数据库连接超时 3 次")).toBe(titleKeyOf("数据库连接超时 12 次"));
  });

  it("keeps different incidents apart", () => {
    expect(titleKeyOf("Disk full on node-12")).not.toBe(titleKeyOf("Disk slow on node-12"));
    expect(titleKeyOf("HTTP 502 from checkout")).not.toBe(titleKeyOf("HTTP 504 from checkout"));
  });

  it("keeps keys bounded, cut between tokens", () => {
    const key = titleKeyOf("word ".repeat(100));
    expect(key.length).toBeLessThanOrEqual(200);
    expect(key.split(" ").every((t) => t === "word")).toBe(true);
  });
});
