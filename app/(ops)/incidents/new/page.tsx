import type { Metadata } from "next";
import { CreateIncidentForm } from "@/components/incidents/create-incident-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/page-context";
import { runbookExists } from "@/lib/runbooks/runbook-index";
import { loadRunbookOptions } from "../_lib/runbook-options";

export const metadata: Metadata = { title: "Log an incident" };

type Props = { searchParams: Promise<{ runbook?: string | string[] }> };

/** `?runbook=<slug>` (the link on every runbook page) pre-links that runbook; unknown slugs are ignored. */
export default async function NewIncidentPage({ searchParams }: Props) {
  const { runbook } = await searchParams;
  // Viewers are sent to the sign-in page's "your role does not allow that" rather than to a form the server would refuse.
  await requirePage("incidents:write", "/incidents/new");
  const initialRunbooks = [runbook ?? []].flat().filter(runbookExists);
  return (
    <>
      <PageHeader title="Log an incident" description="What you saw, why, what you did and what changed. Fields marked * are required." />
      <CreateIncidentForm runbookOptions={loadRunbookOptions()} initialRunbooks={initialRunbooks} />
    </>
  );
}
