import { describe, expect, it } from "vitest";
import { changeFilters, DEFAULT_LIST_STATE, exportHref, hasFilters, listApiPath, listStateToSearch, nextPage, previousPage, toggleSort } from "./list-state";
import { parseListState } from "./parse-list-state";
import { incidentExportQuerySchema, incidentListQuerySchema } from "@/lib/incidents/incident-list-query-schema";
import { unknownQueryParamsError } from "@/lib/http/unknown-names";

const parse = (search: string) => parseListState(new URLSearchParams(search));

describe("parseListState", () => {
  it.each([
    ["", DEFAULT_LIST_STATE],
    ["status=open,resolved&severity=SEV1&severity=SEV3", { ...DEFAULT_LIST_STATE, status: ["open", "resolved"], severity: ["SEV1", "SEV3"] }],
    ["status=resolved,bogus,open", { ...DEFAULT_LIST_STATE, status: ["open", "resolved"] }],
    ["sort=title&order=asc&limit=10", { ...DEFAULT_LIST_STATE, sort: "title", order: "asc", limit: 10 }],
    ["sort=nope&order=sideways&limit=1000", DEFAULT_LIST_STATE],
    // The API refuses these (Number() would read 16 and 10): the page falls back to the default instead of sending them on.
    ["limit=0x10", DEFAULT_LIST_STATE],
    ["limit=1e1", DEFAULT_LIST_STATE],
    ["from=2026-11-01&to=2026-11-3", { ...DEFAULT_LIST_STATE, from: "2026-11-01" }],
    ["q=etcd%20slow&service=%20etcd%20&runbook=pod-pending", { ...DEFAULT_LIST_STATE, q: "etcd slow", service: "etcd", runbook: "pod-pending" }],
    ["cursor=a&cursor=b", { ...DEFAULT_LIST_STATE, cursors: ["a", "b"] }],
    [
      "alertname=KubeX&hasAlert=true&hasRunbook=false&fixWorked=unknown&has=resolvedAt,detectedAt&similar=disk%20full",
      { ...DEFAULT_LIST_STATE, alertname: "KubeX", hasAlert: "true", hasRunbook: "false", fixWorked: "unknown", has: ["detectedAt", "resolvedAt"], similar: "disk full" },
    ],
    ["hasAlert=yes&hasRunbook=1&fixWorked=maybe&has=startedAt", DEFAULT_LIST_STATE],
    ["namespace=api,shop&namespace=%20api%20&namespace=", { ...DEFAULT_LIST_STATE, namespace: ["api", "shop"] }],
    // What the API would refuse falls back to no filter.
    [`namespace=${"n".repeat(101)}`, DEFAULT_LIST_STATE],
  ])("%s", (search, expected) => {
    expect(parse(search)).toEqual(expected);
  });

  // The page keeps a namespace filter exactly when the API's schema accepts it (one rule, textListProblem).
  it.each([
    ["api,shop", true],
    [Array.from({ length: 20 }, (_, i) => `ns${i}`).join(","), true],
    [Array.from({ length: 21 }, (_, i) => `ns${i}`).join(","), false],
    ["n".repeat(100), true],
    ["n".repeat(101), false],
    ["api,sh\u0000op", false],
  ])("namespace %j: kept as the API would (%s)", (namespace, accepted) => {
    const fromApi = incidentListQuerySchema.shape.namespace.safeParse(namespace);
    expect(fromApi.success).toBe(accepted);
    expect(parse(new URLSearchParams({ namespace }).toString()).namespace).toEqual(fromApi.success ? fromApi.data : []);
  });
});

describe("URLs", () => {
  const state = { ...DEFAULT_LIST_STATE, status: ["open" as const], namespace: ["api", "shop"], q: "etcd", sort: "title" as const, order: "asc" as const, cursors: ["c1", "c2"] };

  it("round-trips through the page URL", () => {
    expect(listStateToSearch(DEFAULT_LIST_STATE)).toBe("");
    expect(parse(listStateToSearch(state))).toEqual(state);
  });

  it("asks the API for the page at the last cursor of the trail", () => {
    expect(listApiPath(DEFAULT_LIST_STATE)).toBe("/api/incidents");
    expect(listApiPath(state)).toBe("/api/incidents?status=open&namespace=api%2Cshop&q=etcd&sort=title&order=asc&cursor=c2");
  });

  it("round-trips the dashboard's filters", () => {
    const dashboard = { ...DEFAULT_LIST_STATE, from: "2026-01-01", to: "2026-01-07", runbook: "pod-pending", fixWorked: "false" as const, has: ["resolvedAt" as const], hasRunbook: "true" as const };
    expect(listStateToSearch(dashboard)).toBe("has=resolvedAt&runbook=pod-pending&from=2026-01-01&to=2026-01-07&hasRunbook=true&fixWorked=false");
    expect(parse(listStateToSearch(dashboard))).toEqual(dashboard);
  });

  it("exports the filters only", () => {
    expect(exportHref(state, "csv")).toBe("/api/incidents/export?format=csv&status=open&namespace=api%2Cshop&q=etcd");
  });

  it("sends the API only parameters it takes (it refuses any other), with every filter and the sort set", () => {
    const full = {
      ...state,
      severity: ["SEV1" as const],
      service: "api", runbook: "pod-pending", from: "2026-01-01", to: "2026-01-07", alertname: "KubePodCrashLooping",
      hasAlert: "true" as const, hasRunbook: "false" as const, fixWorked: "unknown" as const, has: ["detectedAt" as const], similar: "etcd slow", limit: 50,
    };
    const query = (path: string) => new URLSearchParams(path.split("?")[1]);
    expect([...query(listApiPath(full)).keys()]).toHaveLength(18);
    expect(unknownQueryParamsError(query(listApiPath(full)), Object.keys(incidentListQuerySchema.shape))).toBeUndefined();
    expect(unknownQueryParamsError(query(exportHref(full, "json")), Object.keys(incidentExportQuerySchema.shape))).toBeUndefined();
  });
});

describe("transitions", () => {
  it("a filter change goes back to page one", () => {
    expect(changeFilters({ ...DEFAULT_LIST_STATE, cursors: ["x"] }, { q: "dns" })).toEqual({ ...DEFAULT_LIST_STATE, q: "dns" });
  });

  it.each([
    [DEFAULT_LIST_STATE, "startedAt", { sort: "startedAt", order: "asc" }],
    [DEFAULT_LIST_STATE, "title", { sort: "title", order: "asc" }],
    [DEFAULT_LIST_STATE, "severity", { sort: "severity", order: "desc" }],
    [{ ...DEFAULT_LIST_STATE, sort: "title" as const, order: "asc" as const }, "title", { sort: "title", order: "desc" }],
  ] as const)("toggleSort %#", (state, key, expected) => {
    expect(toggleSort(state, key)).toMatchObject({ ...expected, cursors: [] });
  });

  it("pages forward and back along the cursor trail", () => {
    const second = nextPage(DEFAULT_LIST_STATE, "c1");
    expect(second.cursors).toEqual(["c1"]);
    expect(previousPage(second)).toEqual(DEFAULT_LIST_STATE);
  });
});

describe("hasFilters", () => {
  it.each([
    [DEFAULT_LIST_STATE, false],
    [{ ...DEFAULT_LIST_STATE, namespace: ["api"] }, true],
    [{ ...DEFAULT_LIST_STATE, q: "  " }, false],
  ])("%#", (state, expected) => {
    expect(hasFilters(state)).toBe(expected);
  });
});
