"use client";

import { useSyncExternalStore } from "react";
import { browserTimeZone } from "../lib/datetime";

// Asking Intl for the zone loads the browser's time zone data: tens of milliseconds the first time,
// a blocking task if asked while the form hydrates (it was, in Lighthouse's trace of /incidents/new).
// So the zone is asked for once the page is idle, and remembered for the page's lifetime.
let zone = "";

function subscribe(onChange: () => void): () => void {
  if (zone) return () => {};
  const ask = () => {
    zone = browserTimeZone();
    onChange();
  };
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(ask, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(ask, 0);
  return () => clearTimeout(id);
}

/** The browser's IANA time zone, "" on the server and until the page has been idle once. */
export function useBrowserTimeZone(): string {
  return useSyncExternalStore(
    subscribe,
    () => zone,
    () => "",
  );
}
