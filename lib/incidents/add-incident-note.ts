import "server-only";
import { authorize, eventVia, type RequestContext } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { authorOf } from "./author";
import { NotFoundError } from "./errors";
import { toIncidentEventDto, type IncidentEventDto } from "./incident-dto";
import type { IncidentEventCreate } from "./incident-schemas";

/**
 * Adds a note to an incident's timeline. A note does not change the
 * incident's fields, so it does not bump `version`: someone editing the
 * incident while another person adds notes gets no conflict.
 */
export async function addIncidentNote(ctx: RequestContext, incidentId: number, note: IncidentEventCreate, now = new Date()): Promise<IncidentEventDto> {
  authorize(ctx, "incidents:write");
  const author = authorOf(ctx, note.author, "author");
  const via = eventVia(ctx);
  return db().$transaction(async (tx) => {
    const exists = await tx.incident.count({ where: { id: incidentId } });
    if (!exists) throw new NotFoundError(`Incident ${incidentId} not found`);
    const event = await tx.incidentEvent.create({ data: { incidentId, kind: "note_added", at: now, author, via, message: note.message } });
    return toIncidentEventDto(event);
  });
}
