import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { EditIncidentForm } from "@/components/incidents/edit-incident-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/page-context";
import { loadIncident } from "../../_lib/load-incident";
import { loadRunbookOptions } from "../../_lib/runbook-options";

// Always the current incident: it changes through the API and Alertmanager, not only here.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const incident = await loadIncident((await params).id);
  return { title: `Edit #${incident.id}` };
}

export default async function EditIncidentPage({ params }: Props) {
  const { id } = await params;
  await requirePage("incidents:write", `/incidents/${encodeURIComponent(id)}/edit`);
  const incident = await loadIncident(id);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/incidents" className="hover:underline">
          Incidents
        </Link>
        {" / "}
        <Link href={`/incidents/${incident.id}`} className="hover:underline">
          #{incident.id}
        </Link>
      </nav>
      <PageHeader title={`Edit incident #${incident.id}`} description={incident.title} />
      <EditIncidentForm incident={incident} runbookOptions={loadRunbookOptions()} />
    </>
  );
}
