/**
 * Whether a click on a link should become a client-side navigation, and to
 * where (path, query and hash), or null to let the browser follow it: other
 * sites, new tabs, downloads, API and static files (JSON, Markdown, assets: not
 * pages the router can render), and jumps within the current page.
 */
export interface AnchorFacts {
  /** The attribute as written; null for an anchor without one. */
  href: string | null;
  /** The absolute URL the browser resolved it to. */
  resolved: string;
  target: string | null;
  download: boolean;
}

const NOT_PAGES = ["/api/", "/_next/"];

export function clientNavigationTarget(anchor: AnchorFacts, current: string): string | null {
  if (anchor.href === null || anchor.download) return null;
  if (anchor.target && anchor.target !== "_self") return null;
  let url: URL;
  let here: URL;
  try {
    url = new URL(anchor.resolved);
    here = new URL(current);
  } catch {
    return null;
  }
  if (url.origin !== here.origin) return null;
  if (NOT_PAGES.some((prefix) => url.pathname.startsWith(prefix))) return null;
  if (url.pathname === here.pathname && url.search === here.search && url.hash) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
