import Link from "next/link";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { SeverityBadge, StatusBadge } from "@/components/incidents/severity-badge";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Incidents" };
export const dynamic = "force-dynamic";

export default async function IncidentsPage() {
  const { items } = await listIncidents({ limit: 50 });
  return (
    <>
      <PageHeader title="Incidents" description="Every incident logged by hand, through the API or from Alertmanager." />
      <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
        <table className="w-full text-left text-sm">
          <thead className="bg-zinc-50 text-xs uppercase text-zinc-500 dark:bg-zinc-900">
            <tr>
              <th className="p-2">Severity</th>
              <th className="p-2">Status</th>
              <th className="p-2">Title</th>
              <th className="p-2">Service</th>
              <th className="p-2">Started</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {items.map((incident) => (
              <tr key={incident.id}>
                <td className="p-2"><SeverityBadge severity={incident.severity} /></td>
                <td className="p-2"><StatusBadge status={incident.status} /></td>
                <td className="p-2"><Link href={`/incidents/${incident.id}`} className="hover:underline">{incident.title}</Link></td>
                <td className="p-2">{incident.service}</td>
                <td className="whitespace-nowrap p-2">{formatDateTime(incident.startedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
