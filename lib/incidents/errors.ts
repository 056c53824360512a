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
export class FieldValidationError extends Error {
  constructor(
    readonly fields: Record<string, string>,
    message = Object.values(fields)[0] ?? "Invalid input",
  ) {
    super(message);
    this.name = "FieldValidationError";
  }
}
