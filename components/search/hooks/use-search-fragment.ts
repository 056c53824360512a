"use client";

import { useMemo, useSyncExternalStore } from "react";
import { readSearchFragment, type SearchParams } from "../lib/search-path";

function subscribe(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener("popstate", onChange);
  };
}

/** The search in the page's fragment (`/search#q=…`, a query too long for the URL's query string), or null. None on the server, which never sees a fragment. */
export function useSearchFragment(): SearchParams | null {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => "");
  return useMemo(() => readSearchFragment(hash), [hash]);
}
