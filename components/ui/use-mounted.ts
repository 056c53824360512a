"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * False during the server render and hydration, true after. For UI that depends on
 * the browser (time zone, localStorage, "now") and must not mismatch the server HTML.
 *
 * The switch is a transition, so React may render what it reveals (the incident
 * forms) in slices that yield to the browser. useSyncExternalStore with a
 * different server snapshot, what this was, re-renders synchronously after
 * hydration. The cost: after a client-side navigation, one frame of the fallback.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => startTransition(() => setMounted(true)), []);
  return mounted;
}
