"use client";

import { useEffect, useRef } from "react";
import type { TrendWeekDto } from "@/lib/metrics/dashboard-dto";
import type { ResponseTimeKey } from "@/lib/metrics/response-time-columns";
import { durationUnitFor, formatSeconds } from "../lib/figure-text";
import { Chart } from "./chart-setup";
import { useChartColors } from "./use-chart-colors";

/** The weekly median of one response time, as a line (gaps where a week has none). */
export function ResponseTimeTrendChart({ weeks, metric, label }: { weeks: TrendWeekDto[]; metric: ResponseTimeKey; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const colors = useChartColors();

  useEffect(() => {
    if (!canvas.current) return;
    const color = colors[metric];
    const seconds = weeks.map((w) => w.p50[metric]);
    const unit = durationUnitFor(Math.max(0, ...seconds.map((s) => s ?? 0)));
    const chart = new Chart(canvas.current, {
      type: "line",
      data: {
        labels: weeks.map((w) => w.label),
        datasets: [{ label: `Median ${label.toLowerCase()}`, data: seconds.map((s) => (s === null ? null : s / unit.seconds)), borderColor: color, backgroundColor: color, pointRadius: 2, spanGaps: false }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { grid: { display: false }, ticks: { color: colors.text, maxRotation: 0, autoSkip: true, maxTicksLimit: 4 } },
          y: { beginAtZero: true, grid: { color: colors.grid }, ticks: { color: colors.text, maxTicksLimit: 4 }, title: { display: true, text: unit.label, color: colors.text } },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => `median ${formatSeconds(seconds[item.dataIndex])} (${weeks[item.dataIndex].count[metric]} incidents)`,
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [weeks, metric, label, colors]);

  return (
    <div className="relative h-28">
      <canvas ref={canvas} role="img" aria-label={`Line chart of the weekly median ${label.toLowerCase()}. The same figures are in the table that follows.`} />
    </div>
  );
}
