import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { IncidentList } from "@/components/incidents/incident-list";
import { WhenAllowed } from "@/components/shell/viewer-context";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/page-context";
import { loadFirstListPage } from "./_lib/load-first-list-page";
import { loadRunbookOptions } from "./_lib/runbook-options";

export const metadata: Metadata = { title: "Incidents" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Filters live in the URL. The page of rows for the URL is loaded here, for the same API path the
 * list would fetch, so the rows come with the HTML, and with each filter or page change (a server
 * navigation). The browser asks the API itself only when the server's query was refused.
 */
export default async function IncidentsPage({ searchParams }: Props) {
  const ctx = await requirePage("incidents:read", "/incidents");
  const initial = await loadFirstListPage(ctx, await searchParams);
  return (
    <>
      <PageHeader
        title="Incidents"
        description="Every incident logged by hand, through the API or from Alertmanager."
        actions={
          <WhenAllowed permission="incidents:write">
            <Link href="/incidents/new" className={buttonClass("primary")}>
              Log an incident
            </Link>
          </WhenAllowed>
        }
      />
      <IncidentList runbookOptions={loadRunbookOptions()} initial={initial} />
    </>
  );
}
