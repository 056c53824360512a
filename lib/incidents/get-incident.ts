import { db } from "@/lib/db/client";
import { NotFoundError } from "./errors";
import { toIncidentDto, toIncidentEventDto, type IncidentDetailDto } from "./incident-dto";
import { INCIDENT_INCLUDE } from "./query-incidents";

/** One incident with its timeline (oldest event first); NotFoundError when there is none. */
export async function getIncident(id: number): Promise<IncidentDetailDto> {
  const row = await db().incident.findUnique({
    where: { id },
    include: { ...INCIDENT_INCLUDE, events: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
  });
  if (!row) throw new NotFoundError(`Incident ${id} not found`);
  return { ...toIncidentDto(row), events: row.events.map(toIncidentEventDto) };
}
