import { Link } from "@/components/ui/link";
import type { DashboardDto } from "@/lib/metrics/dashboard-dto";
import { DashboardCard } from "./dashboard-card";

/** The runbooks most recently updated (frontmatter `updated`), and how many were updated in the range. */
export function UpdatedRunbooksCard({ runbooks, days }: { runbooks: DashboardDto["runbooks"]; days: number }) {
  return (
    <DashboardCard
      id="updated-runbooks"
      title="Recently updated runbooks"
      note={`${runbooks.updatedInRange} runbook${runbooks.updatedInRange === 1 ? "" : "s"} updated in the last ${days} days.`}
      action={
        <Link href="/runbooks" className="text-xs font-medium text-sky-700 hover:underline dark:text-sky-400">
          All runbooks
        </Link>
      }
    >
      <ul className="space-y-1.5 text-sm">
        {runbooks.latest.map((r) => (
          <li key={r.slug} className="flex items-baseline gap-2">
            <Link href={`/runbooks/${r.slug}`} className="min-w-0 truncate hover:underline">
              {r.title}
            </Link>
            <time dateTime={r.updated} className={`ml-auto shrink-0 text-xs ${r.inRange ? "text-zinc-700 dark:text-zinc-300" : "text-zinc-500 dark:text-zinc-400"}`}>
              {r.updated}
            </time>
          </li>
        ))}
      </ul>
    </DashboardCard>
  );
}
