import { NextResponse } from "next/server";
import { getRunbookIncidentSummary } from "@/lib/incidents/get-runbook-incident-summary";
import { runbookExists } from "@/lib/runbooks/runbook-index";

export const dynamic = "force-dynamic";

/** The incident panel's data for one runbook (per request, so new incidents show without a rebuild). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!runbookExists(slug)) {
    return NextResponse.json({ error: { code: "not_found", message: `No runbook has the slug "${slug}".` } }, { status: 404 });
  }
  return NextResponse.json(await getRunbookIncidentSummary(slug), { headers: { "Cache-Control": "no-store" } });
}
