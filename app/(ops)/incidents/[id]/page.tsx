import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { IncidentDetail } from "@/components/incidents/incident-detail";
import { IncidentSections } from "@/components/incidents/incident-sections";
import { pageContext } from "@/lib/auth/page-context";
import { findIncidentSuggestions } from "@/lib/search/find-incident-suggestions";
import { loadIncident } from "../_lib/load-incident";
import { loadRunbookOptions } from "../_lib/runbook-options";

// Always the current incident: it changes through the API and Alertmanager, not only here.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const incident = await loadIncident((await params).id);
  return { title: `#${incident.id} ${incident.title}` };
}

export default async function IncidentPage({ params }: Props) {
  const incident = await loadIncident((await params).id);
  const suggestions = await findIncidentSuggestions(await pageContext(), incident.id);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-zinc-600 dark:text-zinc-400" data-print="hide">
        <Link href="/incidents" className="hover:underline">
          Incidents
        </Link>
      </nav>
      {/* The four sections are Markdown rendered here, on the server: the Markdown parser (about 200 KB of script) stays out of the browser. */}
      <IncidentDetail initial={incident} sections={<IncidentSections incident={incident} />} runbookOptions={loadRunbookOptions()} suggestions={suggestions} />
    </>
  );
}
