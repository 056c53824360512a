import { notFound, permanentRedirect } from "next/navigation";
import { findRunbookByAlert } from "@/lib/runbooks/runbook-index";

/**
 * `/runbooks/alerts/<AlertName>`: the target for a Prometheus rule's
 * `runbook_url` annotation. 308 to the runbook whose `alerts` lists the name;
 * otherwise a 404 that suggests the closest runbooks (not-found.tsx).
 */
export default async function AlertRedirect({ params }: { params: Promise<{ alert: string }> }) {
  const alertname = decodeURIComponent((await params).alert);
  const runbook = findRunbookByAlert(alertname);
  if (!runbook) notFound();
  permanentRedirect(`/runbooks/${runbook.slug}`);
}
