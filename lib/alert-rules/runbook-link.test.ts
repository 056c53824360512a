import { describe, expect, it } from "vitest";
import { alertUrlFor, classifyRunbookUrl, parseBaseUrl, runbookUrlFor } from "./runbook-link";

const base = parseBaseUrl("https://triage.example.com")!;
const prefixed = parseBaseUrl("https://ops.example.com/triage/")!;

describe("parseBaseUrl", () => {
  it.each([
    ["https://triage.example.com", "https://triage.example.com"],
    ["https://triage.example.com/", "https://triage.example.com"],
    ["HTTPS://Triage.Example.com:443/", "https://triage.example.com"],
    ["http://localhost:3000", "http://localhost:3000"],
    ["https://ops.example.com/triage/", "https://ops.example.com/triage"],
  ])("%s → %s", (input, href) => expect(parseBaseUrl(input)?.href).toBe(href));

  it.each(["triage.example.com", "ftp://triage.example.com", "https://triage.example.com/?x=1", "https://triage.example.com/#top", ""])("rejects %j", (input) =>
    expect(parseBaseUrl(input)).toBeNull(),
  );
});

describe("classifyRunbookUrl", () => {
  it.each([
    [undefined, { kind: "missing" }],
    ["   ", { kind: "missing" }],
    ["https://triage.example.com/runbooks/pod-pending", { kind: "slug", slug: "pod-pending" }],
    ["https://triage.example.com/runbooks/pod-pending/", { kind: "slug", slug: "pod-pending" }],
    ["https://triage.example.com/runbooks/pod-pending#fix", { kind: "slug", slug: "pod-pending" }],
    ["https://TRIAGE.example.com:443/runbooks/pod-pending", { kind: "slug", slug: "pod-pending" }],
    ["https://triage.example.com/runbooks/alerts/KubePodCrashLooping", { kind: "alert", alert: "KubePodCrashLooping" }],
    ["https://triage.example.com/runbooks/alerts/Kube%50odCrashLooping", { kind: "alert", alert: "KubePodCrashLooping" }],
    ["https://triage.example.com/runbooks/alerts", { kind: "other-page" }],
    ["https://triage.example.com/runbooks", { kind: "other-page" }],
    ["https://triage.example.com/incidents", { kind: "other-page" }],
    ["https://triage.example.com/runbooks/a/b", { kind: "other-page" }],
    ["http://triage.example.com/runbooks/pod-pending", { kind: "foreign" }],
    ["https://triage.example.com.evil.io/runbooks/pod-pending", { kind: "foreign" }],
    ["https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubepodcrashlooping", { kind: "foreign" }],
    ["/runbooks/pod-pending", { kind: "foreign" }],
    // A template of a label only the firing series has: said so, not "not a page of" the site.
    ["{{ $labels.runbook }}", { kind: "template", expression: "{{ $labels.runbook }}" }],
  ])("%j", (url, expected) => expect(classifyRunbookUrl(url, base)).toMatchObject(expected));

  it("honours a base URL with a path: only pages under it count", () => {
    expect(classifyRunbookUrl("https://ops.example.com/triage/runbooks/pod-pending", prefixed)).toMatchObject({ kind: "slug", slug: "pod-pending" });
    expect(classifyRunbookUrl("https://ops.example.com/runbooks/pod-pending", prefixed)).toMatchObject({ kind: "foreign" });
    expect(classifyRunbookUrl("https://ops.example.com/triagex/runbooks/pod-pending", prefixed)).toMatchObject({ kind: "foreign" });
  });

  it("builds the URLs it suggests under the base", () => {
    expect(runbookUrlFor(prefixed, "pod-pending")).toBe("https://ops.example.com/triage/runbooks/pod-pending");
    expect(alertUrlFor(base, "KubePodCrashLooping")).toBe("https://triage.example.com/runbooks/alerts/KubePodCrashLooping");
  });
});
