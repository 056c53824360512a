"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { incidentListHref } from "@/components/incidents/lib/list-state";
import { SEVERITIES } from "@/lib/incidents/incident-vocabulary";
import type { WeekDto } from "@/lib/metrics/dashboard-dto";
import { Chart } from "./chart-setup";
import { useChartColors } from "./use-chart-colors";

/** Incidents per ISO week, stacked by severity; a click on a bar opens the list of those incidents. */
export function WeeklyIncidentsChart({ weeks }: { weeks: WeekDto[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const colors = useChartColors();
  const router = useRouter();

  useEffect(() => {
    if (!canvas.current) return;
    const severityColor = { SEV1: colors.sev1, SEV2: colors.sev2, SEV3: colors.sev3, SEV4: colors.sev4 };
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels: weeks.map((w) => w.label),
        datasets: SEVERITIES.map((severity) => ({ label: severity, data: weeks.map((w) => w.bySeverity[severity].count), backgroundColor: severityColor[severity] })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, grid: { display: false }, ticks: { color: colors.text, maxRotation: 0, autoSkip: true } },
          y: { stacked: true, beginAtZero: true, grid: { color: colors.grid }, ticks: { color: colors.text, precision: 0 }, title: { display: true, text: "incidents", color: colors.text } },
        },
        plugins: {
          legend: { position: "bottom", labels: { color: colors.text, boxWidth: 12 } },
          tooltip: {
            mode: "index",
            intersect: false,
            callbacks: {
              title: ([item]) => `${weeks[item.dataIndex].label}: ${weeks[item.dataIndex].fromDay} – ${weeks[item.dataIndex].toDay} (UTC)`,
              footer: ([item]) => `${weeks[item.dataIndex].total.count} in total`,
            },
          },
        },
        onHover: (event, elements) => {
          if (event.native?.target instanceof HTMLElement) event.native.target.style.cursor = elements.length ? "pointer" : "default";
        },
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (hit) router.push(incidentListHref(weeks[hit.index].bySeverity[SEVERITIES[hit.datasetIndex]].link));
        },
      },
    });
    return () => chart.destroy();
  }, [weeks, colors, router]);

  return (
    <div className="relative h-64">
      <canvas ref={canvas} role="img" aria-label="Bar chart of incidents per ISO week, stacked by severity. The same figures are in the table that follows." />
    </div>
  );
}
