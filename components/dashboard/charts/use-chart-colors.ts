"use client";

import { useMemo, useSyncExternalStore } from "react";

export const CHART_COLOR_NAMES = ["text", "grid", "sev1", "sev2", "sev3", "sev4", "detect", "mitigate", "resolve"] as const;
export type ChartColors = Record<(typeof CHART_COLOR_NAMES)[number], string>;

function subscribe(onChange: () => void): () => void {
  // The theme is a class on <html> (lib/theme.ts): watch it.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains("dark");

/** The chart colours of the current theme, from the --chart-* CSS variables (app/globals.css); follows theme changes. */
export function useChartColors(): ChartColors {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  return useMemo(() => {
    const style = getComputedStyle(document.documentElement);
    return Object.fromEntries(CHART_COLOR_NAMES.map((name) => [name, style.getPropertyValue(`--chart-${name}`).trim()])) as ChartColors;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the variables change with the theme class, which `dark` tracks.
  }, [dark]);
}
