"use client";

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";

/**
 * Chart.js, tree-shaken to what the dashboard draws (stacked bars, lines,
 * tooltips, legend): about 60 KB gzipped, loaded after the page's numbers
 * (see lazy-charts.tsx). Registered once per page load.
 */
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;

export { Chart };
