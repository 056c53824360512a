"use client";

import { useEffect, useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY, type ThemeChoice } from "@/lib/theme";

const ORDER: ThemeChoice[] = ["system", "light", "dark"];
const LABEL: Record<ThemeChoice, string> = { system: "System theme", light: "Light theme", dark: "Dark theme" };
const ICON: Record<ThemeChoice, string> = { system: "◐", light: "☀", dark: "☾" };
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
      <span aria-hidden>{ICON[choice]}</span>
    </button>
  );
}
