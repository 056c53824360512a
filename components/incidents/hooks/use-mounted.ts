"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False during the server render and hydration, true after. For UI that depends on
 * the browser (time zone, localStorage, "now") and must not mismatch the server HTML.
 */
export function useMounted(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
