import { searchPageHref, type SearchParams } from "./search-path";

/**
 * Opens /search for these parameters: a client navigation when they fit in the query string, else
 * the fragment form, set by the browser itself so that /search hears it (hashchange) when it is
 * already open, and loads it when it is not. The router would change the fragment silently.
 */
export function openSearchPage(push: (href: string) => void, params: SearchParams): void {
  const href = searchPageHref(params);
  if (href.startsWith("/search#")) window.location.assign(href);
  else push(href);
}
