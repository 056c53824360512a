import type { SearchType } from "@/lib/search/search-schemas";

export interface SearchParams {
  q: string;
  /** A SearchType, or a value read from the page's fragment that the server checks (and names if wrong). */
  type?: SearchType | (string & {});
  tag?: string;
  limit?: number;
}

/**
 * The longest query string (after `?`) a search puts in a URL. A pasted Chinese log line costs 9 bytes
 * a character once percent-encoded, and a URL is sent more than once per request (the request line,
 * the Referer, Next.js's router-state header): at 2,500 characters Node answered 431, and proxies refuse
 * an 8 KiB request line (nginx's default buffer). 2 KiB keeps a typed or short pasted query
 * shareable as a link; a longer one goes in a POST body or the URL's fragment, which is never sent.
 */
export const MAX_URL_QUERY_BYTES = 2048;

function toQueryString(params: SearchParams): string {
  const query = new URLSearchParams({ q: params.q });
  if (params.type) query.set("type", params.type);
  if (params.tag) query.set("tag", params.tag);
  if (params.limit) query.set("limit", String(params.limit));
  return query.toString();
}

/** `/api/search?…` (or `/search?…` for the page) for these parameters, defaults left out. */
export function searchPath(params: SearchParams, base = "/api/search"): string {
  return `${base}?${toQueryString(params)}`;
}

/** How to ask GET /api/search, or POST with the same fields in a body when they do not fit in a URL. */
export type SearchRequest = { method: "GET"; path: string } | { method: "POST"; path: "/api/search"; body: SearchParams };

export function searchRequest(params: SearchParams): SearchRequest {
  const query = toQueryString(params);
  return query.length <= MAX_URL_QUERY_BYTES ? { method: "GET", path: `/api/search?${query}` } : { method: "POST", path: "/api/search", body: params };
}

/**
 * The /search page for these parameters: `/search?…`, a link the server renders, when they fit in a
 * URL; otherwise `/search#…`, whose fragment stays in the browser, which searches by POST.
 */
export function searchPageHref(params: SearchParams): string {
  const query = toQueryString(params);
  return query.length <= MAX_URL_QUERY_BYTES ? `/search?${query}` : `/search#${query}`;
}

/** What the page's fragment asks for (`#q=…&type=…&tag=…`), or null when it holds no query. The server checks the values. */
export function readSearchFragment(hash: string): SearchParams | null {
  const fields = new URLSearchParams(hash.replace(/^#/, ""));
  const q = fields.get("q");
  if (!q?.trim()) return null;
  return { q, type: fields.get("type") || undefined, tag: fields.get("tag") || undefined };
}
