"use client";

import dynamic from "next/dynamic";

/**
 * The charts are drawn in the browser after the page's numbers: their code
 * (Chart.js) is a separate chunk that is not part of the dashboard's first
 * load (npm run bench:first-load), and every figure is also in the HTML as
 * text and tables, so nothing waits on it.
 */
const placeholder = (height: string) =>
  function ChartPlaceholder() {
    return <div className={`${height} animate-pulse rounded bg-zinc-100 motion-reduce:animate-none dark:bg-zinc-900`} aria-hidden />;
  };

export const LazyWeeklyIncidentsChart = dynamic(() => import("./weekly-incidents-chart").then((m) => m.WeeklyIncidentsChart), {
  ssr: false,
  loading: placeholder("h-64"),
});

export const LazyResponseTimeTrendChart = dynamic(() => import("./response-time-trend-chart").then((m) => m.ResponseTimeTrendChart), {
  ssr: false,
  loading: placeholder("h-28"),
});
