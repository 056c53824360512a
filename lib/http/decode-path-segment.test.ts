import { describe, expect, it } from "vitest";
import { runbookFromUrl } from "@/lib/alerts/alert-to-incident";
import { searchParamsToRecord } from "./search-params";
import { decodePathSegment } from "./decode-path-segment";

describe("input that used to throw", () => {
  it("malformed percent-escapes decode to undefined instead of a URIError", () => {
    expect(decodePathSegment("KubePodCrashLooping")).toBe("KubePodCrashLooping");
    expect(decodePathSegment("Kube%20Pod")).toBe("Kube Pod");
    for (const bad of ["%", "%zz", "%E0%A4%A", "%ED%A0%80"]) expect(decodePathSegment(bad)).toBeUndefined();
    const lookups = { runbookExists: () => true, runbookForAlert: () => "pod-pending" };
    expect(runbookFromUrl("https://t.example/runbooks/alerts/%E0%A4%A", lookups)).toBeUndefined();
    expect(runbookFromUrl("https://t.example/runbooks/alerts/KubePodPending", lookups)).toBe("pod-pending");
  });

  it("a query key named __proto__ is a plain key, not the record's prototype", () => {
    const record = searchParamsToRecord(new URLSearchParams("__proto__=a&__proto__=b&status=open"));
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.hasOwn(record, "__proto__")).toBe(true);
    expect(record.status).toBe("open");
  });
});
