/** `npm run db:seed`: loads the sample incidents into an empty database (applies migrations first). */
import { getConfig } from "@/lib/config/env";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { seedSampleIncidents } from "@/lib/incidents/seed-sample-incidents";
import { disconnectDb } from "@/lib/db/client";
import { exitWithError } from "../lib/fail";

try {
  await prepareDatabase(getConfig().database);
  const { created, skippedLinks } = await seedSampleIncidents();
  console.log(created ? `Seeded ${created} sample incidents.` : "The database already has incidents: nothing seeded.");
  for (const link of skippedLinks) console.warn(`  skipped link to a runbook that does not exist: ${link}`);
  await disconnectDb();
} catch (error) {
  exitWithError(error);
}
