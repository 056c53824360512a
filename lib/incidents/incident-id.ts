import { readRecordId } from "@/lib/whole-number";
import { NotFoundError } from "./errors";
import { truncateText } from "./incident-limits";

/** How much of a refused id a 404 repeats: a URL's `{id}` can be kilobytes long. */
const SHOWN_ID_LENGTH = 40;

/** A refused id as a message shows it (cut at a character boundary, with "…"). */
export function shownId(raw: string): string {
  return truncateText(raw, SHOWN_ID_LENGTH);
}

/** The `{id}` of a URL: anything that cannot be an incident id is simply an unknown incident (404). */
export function parseIncidentId(raw: string): number {
  const id = readRecordId(raw);
  if (id === null) throw new NotFoundError(`Incident ${shownId(raw)} not found`);
  return id;
}
