import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { Suspense } from "react";
import { IncidentList } from "@/components/incidents/incident-list";
import { IncidentTableSkeleton } from "@/components/incidents/incident-table-skeleton";
import { WhenAllowed } from "@/components/shell/viewer-context";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/page-context";
import { loadRunbookOptions } from "./_lib/runbook-options";

export const metadata: Metadata = { title: "Incidents" };

/** The list itself is fetched in the browser (filters live in the URL, the API checks the reader again), so this page is a shell. */
export default async function IncidentsPage() {
  await requirePage("incidents:read", "/incidents");
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
      <Suspense fallback={<IncidentTableSkeleton />}>
        <IncidentList runbookOptions={loadRunbookOptions()} />
      </Suspense>
    </>
  );
}
