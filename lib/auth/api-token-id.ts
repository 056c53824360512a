import { NotFoundError } from "@/lib/incidents/errors";
import { shownId } from "@/lib/incidents/incident-id";
import { readRecordId } from "@/lib/whole-number";

/** The token id the admin page sends to revoke one: anything that cannot be a token id is an unknown token (404), as for incident ids. */
export function parseApiTokenId(raw: string): number {
  const id = readRecordId(raw);
  if (id === null) throw new NotFoundError(`API token ${shownId(raw)} not found`);
  return id;
}
