"use client";

import { type ReactNode, useEffect, useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY, type ThemeChoice } from "@/lib/theme";

const ORDER: ThemeChoice[] = ["system", "light", "dark"];
const LABEL: Record<ThemeChoice, string> = { system: "System theme", light: "Light theme", dark: "Dark theme" };
// Drawn, not the ◐ ☀ ☾ characters: few sans-serif fonts have them, so each page's first layout went
// looking for a fallback font (about 9 ms of a header's 24 ms, measured in Chromium), and the
// result looked different on every system (☀ as a colour emoji on some).
const ICON: Record<ThemeChoice, ReactNode> = {
  system: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 2.5a5.5 5.5 0 0 0 0 11z" fill="currentColor" />
    </>
  ),
  light: (
    <>
      <circle cx="8" cy="8" r="3" fill="currentColor" />
      <path
        d="M8 1v2M8 13v2M1 8h2M13 8h2M3.05 3.05l1.4 1.4M11.55 11.55l1.4 1.4M3.05 12.95l1.4-1.4M11.55 4.45l1.4-1.4"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    </>
  ),
  dark: <path d="M13.5 9.6A5.75 5.75 0 1 1 6.4 2.5a4.6 4.6 0 0 0 7.1 7.1z" fill="currentColor" />,
};
const listeners = new Set<() => void>();

function readChoice(): ThemeChoice {
  const stored = localStorage.getItem(THEME_STORAGE_KEY);
  return stored === "light" || stored === "dark" ? stored : "system";
}

function apply(choice: ThemeChoice) {
  const dark = choice === "dark" || (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = matchMedia("(prefers-color-scheme: dark)");
  const onSystemChange = () => apply(readChoice());
  media.addEventListener("change", onSystemChange);
  return () => {
    listeners.delete(listener);
    media.removeEventListener("change", onSystemChange);
  };
}

const noSubscription = () => () => {};

export function ThemeToggle() {
  const choice = useSyncExternalStore(subscribe, readChoice, () => "system" as ThemeChoice);
  // Disabled in the server HTML: a click before hydration would be lost, and the label may still name the wrong theme.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  // The pre-paint script in <head> does not run when Next renders a page on the client
  // (its 404s for dynamic routes do), so apply the theme on mount as well.
  useEffect(() => apply(readChoice()), []);
  const next = ORDER[(ORDER.indexOf(choice) + 1) % ORDER.length];
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => {
        localStorage.setItem(THEME_STORAGE_KEY, next);
        apply(next);
        listeners.forEach((l) => l());
      }}
      className="rounded-md border border-zinc-300 px-2.5 py-1.5 text-sm dark:border-zinc-700"
      aria-label={`${LABEL[choice]} (switch to ${LABEL[next].toLowerCase()})`}
      title={`${LABEL[choice]}: click for ${LABEL[next].toLowerCase()}`}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="20" className="block">
        {ICON[choice]}
      </svg>
    </button>
  );
}
