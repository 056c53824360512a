"use client";

import { useSyncExternalStore } from "react";
import { Toaster as Sonner } from "sonner";

/** Follows the `dark` class the theme toggle sets on <html> (not only the system preference). */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}
const isDark = () => document.documentElement.classList.contains("dark");

/** Sonner's toaster (an aria-live region): mount once, high enough that toasts survive navigation. */
export function Toaster() {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  return <Sonner theme={dark ? "dark" : "light"} richColors closeButton position="bottom-right" />;
}
