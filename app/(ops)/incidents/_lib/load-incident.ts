import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { NotFoundError } from "@/lib/incidents/errors";
import { getIncident } from "@/lib/incidents/get-incident";
import { parseIncidentId } from "@/lib/incidents/incident-id";

/** The incident of an `[id]` route, or the 404 page. Cached per request: metadata and page share one query. */
export const loadIncident = cache(async (rawId: string) => {
  try {
    return await getIncident(parseIncidentId(rawId));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
