import "server-only";
import { authorize, type RequestContext } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "./errors";
import { toIncidentDto, toIncidentEventDto, type IncidentDetailDto } from "./incident-dto";
import { INCIDENT_INCLUDE } from "./query-incidents";

/** One incident with its timeline (oldest event first); NotFoundError when there is none. */
export async function getIncident(ctx: RequestContext, id: number): Promise<IncidentDetailDto> {
  authorize(ctx, "incidents:read");
  const row = await db().incident.findUnique({
    where: { id },
    include: { ...INCIDENT_INCLUDE, events: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
  });
  if (!row) throw new NotFoundError(`Incident ${id} not found`);
  return { ...toIncidentDto(row), events: row.events.map(toIncidentEventDto) };
}
