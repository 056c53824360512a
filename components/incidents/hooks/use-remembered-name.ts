"use client";

import { useSyncExternalStore } from "react";

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

/** Remember `name` for the next form on this browser (and tell the forms open in this tab). */
export function rememberName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
    window.dispatchEvent(new Event(EVENT));
  } catch {
    // Storage disabled: the name is simply not remembered next time.
  }
}

export function useRememberedName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, readRememberedName, () => "");
  return [name, rememberName];
}
