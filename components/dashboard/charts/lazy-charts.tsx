"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { WhenVisible } from "./when-visible";

/**
 * The charts are drawn in the browser after the page's numbers, and only when
 * they come near the viewport: their code (Chart.js) is a separate chunk that
 * is not part of the dashboard's first load (npm run bench:first-load), and
 * every figure is also in the HTML as text and tables, so nothing waits on it.
 */
function ChartPlaceholder({ height }: { height: string }) {
  return <div className={`${height} animate-pulse rounded bg-zinc-100 motion-reduce:animate-none dark:bg-zinc-900`} aria-hidden />;
}

const WeeklyIncidentsChart = dynamic(() => import("./weekly-incidents-chart").then((m) => m.WeeklyIncidentsChart), {
  ssr: false,
  loading: () => <ChartPlaceholder height="h-64" />,
});

const ResponseTimeTrendChart = dynamic(() => import("./response-time-trend-chart").then((m) => m.ResponseTimeTrendChart), {
  ssr: false,
  loading: () => <ChartPlaceholder height="h-28" />,
});

export function LazyWeeklyIncidentsChart(props: ComponentProps<typeof WeeklyIncidentsChart>) {
  return (
    <WhenVisible placeholder={<ChartPlaceholder height="h-64" />}>
      <WeeklyIncidentsChart {...props} />
    </WhenVisible>
  );
}

export function LazyResponseTimeTrendChart(props: ComponentProps<typeof ResponseTimeTrendChart>) {
  return (
    <WhenVisible placeholder={<ChartPlaceholder height="h-28" />}>
      <ResponseTimeTrendChart {...props} />
    </WhenVisible>
  );
}
