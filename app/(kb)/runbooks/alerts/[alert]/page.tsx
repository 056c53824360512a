import { notFound, permanentRedirect } from "next/navigation";
import { decodePathSegment } from "@/lib/http/decode-path-segment";
import { findRunbookForAlertPage } from "@/lib/runbooks/runbook-index";

// Resolved per request: any alert name may be asked for.
export const dynamic = "force-dynamic";

/**
 * `/runbooks/alerts/<AlertName>`: the target for a Prometheus rule's
 * `runbook_url` annotation. 308 to the runbook whose `alerts` lists the name
 * (in any case: kubernetes-mixin's runbookURLPattern lower-cases it);
 * otherwise a 404 that suggests the closest runbooks (not-found.tsx).
 */
export default async function AlertRedirect({ params }: { params: Promise<{ alert: string }> }) {
  const alertname = decodePathSegment((await params).alert);
  const runbook = alertname === undefined ? undefined : findRunbookForAlertPage(alertname);
  if (!runbook) notFound();
  permanentRedirect(`/runbooks/${runbook.slug}`);
}
