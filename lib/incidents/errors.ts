/**
 * Domain errors. The API wrapper (lib/http) maps them to 404, 409 and 400;
 * server actions and forms can show `fields` next to the inputs they name.
 */

export class NotFoundError extends Error {
  constructor(message = "Not found") {
    super(message);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends Error {
  constructor(message = "The record was changed by someone else; reload and try again") {
    super(message);
    this.name = "ConflictError";
  }
}

/** Input that passed the schema but not a check that needs the server (an unknown runbook slug, a resolve without result). */
/**
 * The one-line summary of field problems that an error body's `message` carries: the first field
 * named, and how many more ("title: Title is required (and 1 more problem)"). Schema errors and the
 * domain's own field checks read alike; the domain's said only "Resolved at cannot be before started
 * at", without the field.
 */
export function fieldsSummary(first: { field: string; message: string } | undefined, more: number): string {
  if (!first) return "Invalid input";
  const summary = first.field ? `${first.field}: ${first.message}` : first.message;
  return more > 0 ? `${summary} (and ${more} more problem${more > 1 ? "s" : ""})` : summary;
}

export class FieldValidationError extends Error {
  constructor(
    readonly fields: Record<string, string>,
    message = fieldsSummary(Object.entries(fields).map(([field, text]) => ({ field, message: text }))[0], Object.keys(fields).length - 1),
  ) {
    super(message);
    this.name = "FieldValidationError";
  }
}
