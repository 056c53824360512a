import Link from "next/link";
import { WhenAllowed } from "@/components/shell/viewer-context";
import { PageHeader } from "@/components/ui/page-header";
import { SeverityBadge, StatusBadge } from "@/components/incidents/severity-badge";
import { requirePage } from "@/lib/auth/page-context";
import { getDashboardSummary } from "@/lib/incidents/get-dashboard-summary";
import { formatDateTime } from "@/lib/format";

export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  await requirePage("incidents:read", "/");
  const summary = await getDashboardSummary();
  const stats = [
    { label: "Open incidents", value: summary.openCount },
    { label: "Mitigated, not resolved", value: summary.mitigatedCount },
    ...Object.entries(summary.last30DaysBySeverity).map(([severity, value]) => ({ label: `${severity} in the last 30 days`, value })),
  ];
  return (
    <>
      <PageHeader title="Dashboard" description="What is burning now, and what happened lately." />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
            <dt className="text-xs text-zinc-500 dark:text-zinc-400">{s.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{s.value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-2 mt-8 text-lg font-semibold">Recent incidents</h2>
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {summary.recent.map((incident) => (
          <li key={incident.id} className="flex flex-wrap items-center gap-2 p-3 text-sm">
            <SeverityBadge severity={incident.severity} />
            <StatusBadge status={incident.status} />
            <Link href={`/incidents/${incident.id}`} className="font-medium hover:underline">
              {incident.title}
            </Link>
            <span className="ml-auto text-xs text-zinc-500 dark:text-zinc-400">
              {incident.service} · <time dateTime={incident.startedAt.toISOString()}>{formatDateTime(incident.startedAt)}</time>
            </span>
          </li>
        ))}
        {summary.recent.length === 0 ? (
          <li className="p-6 text-center text-sm text-zinc-500 dark:text-zinc-400">
            No incidents yet.{" "}
            <WhenAllowed permission="incidents:write">
              <Link href="/incidents/new" className="text-sky-600 hover:underline">Log one</Link>.
            </WhenAllowed>
          </li>
        ) : null}
      </ul>
    </>
  );
}
