"use client";

import { useCallback, useSyncExternalStore } from "react";

/** The last reporter name typed on this browser: prefilled as reporter, note author and timeline author. */
const KEY = "triage-reporter";
const EVENT = "triage-reporter-change";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

export function readRememberedName(): string {
  try {
    return localStorage.getItem(KEY) ?? "";
  } catch {
    return ""; // storage disabled (private mode, policy): nothing remembered, nothing breaks
  }
}

export function useRememberedName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, readRememberedName, () => "");
  const remember = useCallback((next: string) => {
    try {
      localStorage.setItem(KEY, next.trim());
      window.dispatchEvent(new Event(EVENT));
    } catch {
      // Storage disabled: the name is simply not remembered next time.
    }
  }, []);
  return [name, remember];
}
