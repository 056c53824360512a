import { readRecordId } from "@/lib/whole-number";
import { NotFoundError } from "./errors";

/** The `{id}` of a URL: anything that cannot be an incident id is simply an unknown incident (404). */
export function parseIncidentId(raw: string): number {
  const id = readRecordId(raw);
  if (id === null) throw new NotFoundError(`Incident ${raw} not found`);
  return id;
}
