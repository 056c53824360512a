import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import type { Counted, RecurringAlertDto, RecurringRunbookDto } from "@/lib/metrics/dashboard-dto";
import { CountLink } from "./count-link";
import { DashboardCard, EmptyState } from "./dashboard-card";
import { LocalTime } from "@/components/ui/local-time";

interface Row {
  key: string;
  name: ReactNode;
  lastSeen: string;
  figure: Counted;
  label: string;
}

function RecurringList({ title, rows, empty }: { title: string; rows: Row[]; empty: string }) {
  return (
    <div>
      <h3 className="mb-1 text-sm font-medium">{title}</h3>
      {rows.length === 0 ? (
        <EmptyState logLink={false}>{empty}</EmptyState>
      ) : (
        <ul className="space-y-1.5 text-sm">
          {rows.map((row) => (
            <li key={row.key} className="flex items-baseline gap-2">
              <span className="min-w-0 truncate">{row.name}</span>
              <span className="ml-auto shrink-0 text-xs text-zinc-500 dark:text-zinc-400">
                last <LocalTime iso={row.lastSeen} dateOnly />
              </span>
              <CountLink figure={row.figure} label={row.label} className="w-8 shrink-0 text-right font-semibold" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What keeps coming back: alert names and runbooks with the most incidents in the range. */
export function RecurringCard({ alerts, runbooks }: { alerts: RecurringAlertDto[]; runbooks: RecurringRunbookDto[] }) {
  return (
    <DashboardCard id="recurring" title="Recurring" note="Alert names and runbooks with at least two incidents in the range, most first.">
      <div className="grid grid-cols-1 gap-4">
        <RecurringList
          title="Alert names"
          empty="No alert opened two incidents in this range. Alerts that fire again and again will show here."
          rows={alerts.map((a) => ({ key: a.alertname, name: <code className="text-xs">{a.alertname}</code>, lastSeen: a.lastSeen, figure: a, label: `${a.count} incidents from alert ${a.alertname}` }))}
        />
        <RecurringList
          title="Runbooks"
          empty="No runbook was linked to two incidents in this range. Runbooks in steady use will show here."
          rows={runbooks.map((r) => ({
            key: r.slug,
            name: (
              // A block of 24 px line height: a 20 px inline link beside the count links fails axe's target-size.
              <Link href={`/runbooks/${r.slug}`} className="block min-h-6 truncate leading-6 hover:underline">
                {r.title}
              </Link>
            ),
            lastSeen: r.lastSeen,
            figure: r,
            label: `${r.count} incidents linked to ${r.title}`,
          }))}
        />
      </div>
    </DashboardCard>
  );
}
