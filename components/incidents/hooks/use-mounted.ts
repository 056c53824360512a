"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * False during the server render and hydration, true after. For UI that depends on
 * the browser (time zone, localStorage, "now") and must not mismatch the server HTML.
 *
 * The switch is a transition, so React renders what it reveals in slices that
 * yield to the browser. useSyncExternalStore with a different server snapshot
 * (what this was) re-renders synchronously after hydration: on /incidents/new the
 * form's first render was one 100–175 ms task, most of the page's blocking time.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => startTransition(() => setMounted(true)), []);
  return mounted;
}
