/**
 * Where a rule's `runbook_url` leads, relative to this Triage's public URL:
 * `<base>/runbooks/<slug>` (one runbook) or `<base>/runbooks/alerts/<AlertName>`
 * (redirects to the runbook that lists the alert). Pure.
 */

export type RunbookLink =
  | { kind: "missing" }
  | { kind: "template"; url: string; expression: string }
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

/** `{{ $labels.name }}` or `{{ .Labels.name }}`, optionally piped to toLower or toUpper: what a rule file's templates use for labels. */
const LABEL_TEMPLATE = /\{\{-?\s*(?:\$labels|\.Labels)\.([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|\s*(toLower|toUpper)\s*)?-?\}\}/g;

/**
 * A runbook_url as Prometheus fills it in when the alert fires, as far as the rule alone tells:
 * `alertname` is the rule's alert, and a label the rule sets to plain text is that text. A URL
 * such as `…/runbooks/alerts/{{ $labels.alertname }}` was checked as written and failed. A
 * template left over (a label of the firing series, `{{ $value }}`) is reported as one.
 */
export function fillRunbookUrl(value: string | undefined, alert: string, labels: Readonly<Record<string, string>>): string | undefined {
  if (value === undefined || !value.includes("{{")) return value;
  return value.replace(LABEL_TEMPLATE, (expression, name: string, pipe?: string) => {
    const known = name === "alertname" ? alert : Object.hasOwn(labels, name) && !labels[name].includes("{{") ? labels[name] : undefined;
    if (known === undefined) return expression;
    return pipe === "toLower" ? known.toLowerCase() : pipe === "toUpper" ? known.toUpperCase() : known;
  });
}

export function classifyRunbookUrl(value: string | undefined, base: BaseUrl): RunbookLink {
  const raw = value?.trim() ?? "";
  if (!raw) return { kind: "missing" };
  const template = /\{\{.*?\}\}/.exec(raw);
  if (template) return { kind: "template", url: raw, expression: template[0] };
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
