import { describe, expect, it } from "vitest";
import { titleKeyOf } from "./title-key";

describe("titleKeyOf", () => {
  it.each([
    ["Disk full on node-12 (95%)", "disk full on node #"],
    ["disk full on node-7 (97 %)", "disk full on node #"],
    ["etcd member 192.168.180.8 answers 'took too long'", "etcd member # answers took too long"],
    ["etcd member 192.168.180.9:2379 answers 'took too long'", "etcd member # answers took too long"],
    ["checkout-5d9f8b6c7d-x2k4p OOMKilled", "checkout oomkilled"],
    ["checkout-7c4b9d8f6a-q9w8e OOMKilled", "checkout oomkilled"],
    ["Job a1b2c3d4e5f6 failed", "job # failed"],
    ["Request 3fa85f64-5717-4562-b3fc-2c963f66afa6 timed out", "request # timed out"],
    ["ＤＮＳ timeouts in prod-eks-1", "dns timeouts in prod eks #"],
    ["数据库连接超时 3 次", "数据库连接超时 # 次"],
    ["  KubePodCrashLooping:   api   ", "kubepodcrashlooping api"],
    ["k8s upgrade to v1.29.3 stuck", "k8s upgrade to # stuck"],
    ["x509: certificate has expired on db-03", "x509 certificate has expired on db #"],
    ["fluentd-x2k4p and node-ready", "fluentd and node ready"],
    ["Backup at 02:30:00 failed", "backup at # failed"],
    ["", ""],
  ])("%j → %j", (title, key) => {
    expect(titleKeyOf(title)).toBe(key);
  });

  it("is idempotent, so a stored key can be passed back as a filter", () => {
    for (const title of ["Disk full on node-12 (95%)", "checkout-5d9f8b6c7d-x2k4p OOMKilled", "数据库连接超时 3 次"]) {
      expect(titleKeyOf(titleKeyOf(title))).toBe(titleKeyOf(title));
    }
  });

  it("keeps keys bounded", () => {
    expect(titleKeyOf("word ".repeat(100)).length).toBeLessThanOrEqual(200);
  });
});
