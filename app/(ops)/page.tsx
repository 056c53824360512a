import { Link } from "@/components/ui/link";
import { CountLink } from "@/components/dashboard/count-link";
import { describeChange } from "@/components/dashboard/lib/figure-text";
import { OpenNowCard } from "@/components/dashboard/open-now-card";
import { RangeSelector } from "@/components/dashboard/range-selector";
import { RecurringCard } from "@/components/dashboard/recurring-card";
import { ResponseTimesCard } from "@/components/dashboard/response-times-card";
import { RunbookEffectivenessCard } from "@/components/dashboard/runbook-effectiveness-card";
import { RunbookGapsCard } from "@/components/dashboard/runbook-gaps-card";
import { ServicesCard } from "@/components/dashboard/services-card";
import { UpdatedRunbooksCard } from "@/components/dashboard/updated-runbooks-card";
import { WeeklyIncidentsCard } from "@/components/dashboard/weekly-incidents-card";
import { WhenAllowed } from "@/components/shell/viewer-context";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/page-context";
import { dashboardQuerySchema } from "@/lib/metrics/dashboard-query-schema";
import { getDashboard } from "@/lib/metrics/get-dashboard";
import { DEFAULT_RANGE_DAYS } from "@/lib/metrics/metric-range";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const params = await searchParams;
  const ctx = await requirePage("incidents:read", "/");
  const query = dashboardQuerySchema.safeParse(params);
  const days = query.success ? query.data.range : DEFAULT_RANGE_DAYS;
  const data = await getDashboard(ctx, days);
  const change = describeChange(data.incidents.change, String);

  return (
    <>
      <PageHeader
        title="Dashboard"
        description="What is burning now, whether we are getting better, what keeps coming back, and which runbooks work."
        actions={
          <WhenAllowed permission="incidents:write">
            <Link href="/incidents/new" className={buttonClass("primary")}>
              Log an incident
            </Link>
          </WhenAllowed>
        }
      />
      {query.success ? null : (
        <div className="mb-4">
          <Alert tone="info" title={`${query.error.issues[0].message}; showing the last ${days} days.`} />
        </div>
      )}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm" data-testid="range-summary">
          <CountLink figure={data.incidents.current} label={`${data.incidents.current.count} incidents in the range`} className="text-lg font-semibold" /> incident
          {data.incidents.current.count === 1 ? "" : "s"} in the last {data.range.days} days ({data.range.fromDay} – {data.range.toDay}, UTC):{" "}
          <span className="text-zinc-600 dark:text-zinc-400">
            {change.text} against the {data.range.days} days before (
            <CountLink figure={data.incidents.previous} label={`${data.incidents.previous.count} incidents in the previous range`} />)
          </span>
        </p>
        <RangeSelector days={data.range.days} />
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <OpenNowCard open={data.open} generatedAt={data.generatedAt} />
        <ServicesCard services={data.services} />
        <div className="lg:col-span-2">
          <WeeklyIncidentsCard weeks={data.weeks} />
        </div>
        <div className="lg:col-span-2">
          <ResponseTimesCard times={data.responseTimes} trend={data.trend} previous={data.range.previous} />
        </div>
        <RecurringCard alerts={data.recurringAlerts} runbooks={data.recurringRunbooks} />
        <RunbookGapsCard gaps={data.gaps} />
        <div className="lg:col-span-2">
          <RunbookEffectivenessCard rows={data.effectiveness} />
        </div>
        <UpdatedRunbooksCard runbooks={data.runbooks} days={data.range.days} />
      </div>
    </>
  );
}
