/**
 * Which methods each API path takes, so the server in front of Next can answer any other method with
 * 405, the API's error body and an Allow header (RFC 9110 §15.5.6 requires it): Next answered 405
 * with neither. The table is api-route-methods.ts. Paths no route serves are not in it: the /api
 * catch-all answers them 404. Pure.
 */

export interface ApiMethodTable {
  /** `literals[i]`: segment i is literal text, not a `{parameter}` (worked out once, not per request). */
  routes: { segments: string[]; literals: boolean[]; methods: Set<string> }[];
}

/** The order methods are listed in Allow. */
const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** From `{ method, path }` pairs, paths as OpenAPI templates (`/api/incidents/{id}`), methods in any case. */
export function apiMethodTable(operations: readonly { method: string; path: string }[]): ApiMethodTable {
  const byPath = new Map<string, Set<string>>();
  for (const { method, path } of operations) {
    const methods = byPath.get(path) ?? new Set<string>();
    methods.add(method.toUpperCase());
    byPath.set(path, methods);
  }
  return {
    routes: [...byPath].map(([path, methods]) => {
      const segments = path.split("/");
      return { segments, literals: segments.map((segment) => !/^\{.+\}$/.test(segment)), methods };
    }),
  };
}

/**
 * The methods `path` takes, in Allow's order (HEAD wherever GET is, OPTIONS always: Next answers
 * both), or undefined when no route in the table serves it. A literal segment beats a parameter at
 * the same place, as in Next's router: /api/incidents/export is not /api/incidents/{id}.
 */
export function allowedApiMethods(table: ApiMethodTable, path: string): string[] | undefined {
  const parts = path.split("/");
  let best: ApiMethodTable["routes"][number] | undefined;
  for (const route of table.routes) {
    if (route.segments.length !== parts.length) continue;
    if (!route.segments.every((segment, i) => (route.literals[i] ? segment === parts[i] : parts[i] !== ""))) continue;
    if (!best || moreSpecific(route.literals, best.literals)) best = route;
  }
  if (!best) return undefined;
  const methods = new Set([...best.methods, "OPTIONS"]);
  if (methods.has("GET")) methods.add("HEAD");
  return METHOD_ORDER.filter((method) => methods.has(method));
}

/** True when `a` has a literal at the first place where the two differ. */
function moreSpecific(a: boolean[], b: boolean[]): boolean {
  const i = a.findIndex((literal, index) => literal !== b[index]);
  return i !== -1 && a[i] === true;
}
