import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePage } from "@/lib/auth/page-context";
import { NotFoundError } from "@/lib/incidents/errors";
import { getIncident } from "@/lib/incidents/get-incident";
import { parseIncidentId } from "@/lib/incidents/incident-id";

/**
 * The incident of an `[id]` route, or the 404 page (or the sign-in page, for someone who may not read
 * incidents). Cached per request: metadata and page share one query.
 */
export const loadIncident = cache(async (rawId: string) => {
  const ctx = await requirePage("incidents:read", `/incidents/${encodeURIComponent(rawId)}`);
  try {
    return await getIncident(ctx, parseIncidentId(rawId));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
