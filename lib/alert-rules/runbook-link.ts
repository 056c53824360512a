/**
 * Where a rule's `runbook_url` leads, relative to this Triage's public URL:
 * `<base>/runbooks/<slug>` (one runbook) or `<base>/runbooks/alerts/<AlertName>`
 * (redirects to the runbook that lists the alert). Pure.
 */

export type RunbookLink =
  | { kind: "missing" }
  | { kind: "foreign"; url: string }
  | { kind: "other-page"; url: string }
  | { kind: "slug"; url: string; slug: string }
  | { kind: "alert"; url: string; alert: string };

export interface BaseUrl {
  /** Scheme, host and port, as URL.origin gives them. */
  origin: string;
  /** The path Triage is served under, without a trailing slash ("" at the root). */
  path: string;
  /** What runbook URLs start with: origin + path. */
  href: string;
}

/** Parses --base-url; null when it is not an absolute http(s) URL. */
export function parseBaseUrl(value: string): BaseUrl | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.search || url.hash) return null;
  const path = url.pathname.replace(/\/+$/, "");
  return { origin: url.origin, path, href: url.origin + path };
}

export function classifyRunbookUrl(value: string | undefined, base: BaseUrl): RunbookLink {
  const raw = value?.trim() ?? "";
  if (!raw) return { kind: "missing" };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { kind: "foreign", url: raw };
  }
  if (url.origin !== base.origin || !(url.pathname === base.path || url.pathname.startsWith(`${base.path}/`))) return { kind: "foreign", url: raw };
  const rest = url.pathname.slice(base.path.length);
  const alert = /^\/runbooks\/alerts\/([^/]+)\/?$/.exec(rest);
  if (alert) return { kind: "alert", url: raw, alert: safeDecode(alert[1]) };
  const slug = /^\/runbooks\/([^/]+)\/?$/.exec(rest);
  if (slug && slug[1] !== "alerts") return { kind: "slug", url: raw, slug: safeDecode(slug[1]) };
  return { kind: "other-page", url: raw };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const runbookUrlFor = (base: BaseUrl, slug: string) => `${base.href}/runbooks/${slug}`;
export const alertUrlFor = (base: BaseUrl, alert: string) => `${base.href}/runbooks/alerts/${encodeURIComponent(alert)}`;
