import { NotFoundError } from "./errors";

const MAX_ID = 2_147_483_647; // the id column is a 32-bit integer on both providers

/** The `{id}` of a URL: anything that cannot be an incident id is simply an unknown incident (404). */
export function parseIncidentId(raw: string): number {
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id > MAX_ID) throw new NotFoundError(`Incident ${raw} not found`);
  return id;
}
