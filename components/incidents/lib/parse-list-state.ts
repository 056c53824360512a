import { INCIDENT_LIMITS, textListProblem } from "@/lib/incidents/incident-limits";
import {
  FIX_WORKED_VALUES,
  LIST_LIMIT_MAX,
  MILESTONE_TIMES,
  NAMESPACE_FILTER_MAX,
  SEVERITIES,
  SORT_KEYS,
  SORT_ORDERS,
  STATUSES,
  splitListParam,
} from "@/lib/incidents/incident-vocabulary";
import { readWholeNumber } from "@/lib/whole-number";
import { DEFAULT_LIST_STATE, YES_NO, type ListState } from "./list-state";

// URL → list state, with the API's own rules for each parameter (and no zod: the list page's
// bundle would build the whole query schema for one namespace check).

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** Every value from repeated and comma-separated params that is allowed, once each, in canonical order. */
function listOf<T extends string>(values: readonly T[], params: URLSearchParams, key: string): T[] {
  const given = new Set(params.getAll(key).flatMap((v) => v.split(",")).map((v) => v.trim()));
  return values.filter((v) => given.has(v));
}

function namespaceFilter(values: string[]): string[] {
  return textListProblem(values, "namespace", INCIDENT_LIMITS.namespace, NAMESPACE_FILTER_MAX) ? [] : values;
}

/** Tolerant: a hand-edited URL with a bad value falls back to the default for that value instead of failing. */
export function parseListState(params: URLSearchParams): ListState {
  const limit = readWholeNumber(params.get("limit") ?? "");
  const date = (key: string) => (DATE.test(params.get(key) ?? "") ? (params.get(key) as string) : "");
  return {
    status: listOf(STATUSES, params, "status"),
    severity: listOf(SEVERITIES, params, "severity"),
    service: params.get("service")?.trim() ?? "",
    // The API's own rule (its query schema applies textListProblem), so the page never sends a list the API refuses.
    namespace: namespaceFilter(splitListParam(params.getAll("namespace"))),
    runbook: params.get("runbook")?.trim() ?? "",
    from: date("from"),
    to: date("to"),
    q: params.get("q") ?? "",
    alertname: params.get("alertname")?.trim() ?? "",
    hasAlert: oneOf(YES_NO, params.get("hasAlert")) ?? "",
    hasRunbook: oneOf(YES_NO, params.get("hasRunbook")) ?? "",
    fixWorked: oneOf(FIX_WORKED_VALUES, params.get("fixWorked")) ?? "",
    has: listOf(MILESTONE_TIMES, params, "has"),
    similar: params.get("similar")?.trim() ?? "",
    sort: oneOf(SORT_KEYS, params.get("sort")) ?? DEFAULT_LIST_STATE.sort,
    order: oneOf(SORT_ORDERS, params.get("order")) ?? DEFAULT_LIST_STATE.order,
    cursors: params.getAll("cursor").filter(Boolean),
    limit: limit !== null && limit >= 1 && limit <= LIST_LIMIT_MAX ? limit : DEFAULT_LIST_STATE.limit,
  };
}
