import { db } from "./client";

/** Empties every table (tests and e2e set-up only: refuses unless NODE_ENV is test or TRIAGE_ALLOW_RESET=1). */
export async function resetDatabase(): Promise<void> {
  if (process.env.NODE_ENV !== "test" && process.env.TRIAGE_ALLOW_RESET !== "1") {
    throw new Error("resetDatabase() refuses to run outside tests (set TRIAGE_ALLOW_RESET=1 to force).");
  }
  await db().$transaction([
    db().incidentEvent.deleteMany(),
    db().incidentRunbook.deleteMany(),
    db().incident.deleteMany(),
    db().apiToken.deleteMany(),
    db().session.deleteMany(),
    db().account.deleteMany(),
    db().verification.deleteMany(),
    db().user.deleteMany(),
  ]);
}
