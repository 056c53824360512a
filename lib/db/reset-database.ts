import { clearIncidentSearchIndex } from "@/lib/search/incident-search-index";
import { searchDialect } from "@/lib/search/search-dialect";
import { db } from "./client";

/** Empties every table (tests and e2e set-up only: refuses unless NODE_ENV is test or TRIAGE_ALLOW_RESET=1). */
export async function resetDatabase(): Promise<void> {
  if (process.env.NODE_ENV !== "test" && process.env.TRIAGE_ALLOW_RESET !== "1") {
    throw new Error("resetDatabase() refuses to run outside tests (set TRIAGE_ALLOW_RESET=1 to force).");
  }
  await db().$transaction(async (tx) => {
    await tx.incidentEvent.deleteMany();
    await tx.incidentRunbook.deleteMany();
    await tx.incident.deleteMany();
    await tx.apiToken.deleteMany();
    await tx.session.deleteMany();
    await tx.account.deleteMany();
    await tx.verification.deleteMany();
    await tx.user.deleteMany();
    await tx.rateLimitBucket.deleteMany();
    await clearIncidentSearchIndex(tx, searchDialect());
  });
}
