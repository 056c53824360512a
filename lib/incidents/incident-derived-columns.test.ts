import { describe, expect, it } from "vitest";
import { derivedColumns, resolveSecondsOf } from "./incident-derived-columns";

describe("derived columns", () => {
  const fields = { title: "Checkout 502s", phenomenon: "Ingress answers **502**", cause: "OOMKilled", fix: "Raised the limit", result: "Fixed", service: "checkout", environment: "prod-eks-1", alertname: "KubePodCrashLooping" };

  it("searchTokens holds the tokens of title, alert name, the four sections, service and environment", () => {
    const { searchTokens } = derivedColumns({ ...fields, startedAt: new Date(0), detectedAt: null, mitigatedAt: null, resolvedAt: null });
    expect(searchTokens.split(" ")).toEqual([
      "checkout", "502s", "kubepodcrashloop", "kube", "pod", "crash", "loop", "ingress", "answer", "502", "oomkil", "oom", "kill", "rais", "limit", "fix", "checkout", "prod", "eks",
    ]);
  });

  it("searchTokens is empty for an incident with no searchable words", () => {
    const empty = { ...fields, title: "—", phenomenon: "", cause: "", fix: "", result: "", service: "-", environment: "1", alertname: null };
    expect(derivedColumns({ ...empty, startedAt: new Date(0), detectedAt: null, mitigatedAt: null, resolvedAt: null }).searchTokens).toBe("");
  });

  it("time to resolve is whole seconds, null while unresolved", () => {
    expect(resolveSecondsOf(new Date(0), new Date(90_600))).toBe(91);
    expect(resolveSecondsOf(new Date(0), null)).toBeNull();
  });

  it("times to detect and mitigate are whole seconds from the start, null without that time; the title key is derived too", () => {
    const text = { title: "Disk full on node-12", phenomenon: "", cause: "", fix: "", result: "", service: "s", environment: "e", alertname: null };
    const startedAt = new Date("2026-11-22T10:00:00Z");
    expect(derivedColumns({ ...text, startedAt, detectedAt: new Date("2026-11-22T10:04:29.600Z"), mitigatedAt: null, resolvedAt: new Date("2026-11-22T11:00:00Z") })).toMatchObject({
      detectSeconds: 270,
      mitigateSeconds: null,
      resolveSeconds: 3600,
      titleKey: "disk full node",
    });
  });
});
