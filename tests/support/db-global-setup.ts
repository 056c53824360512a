import { getConfig } from "@/lib/config/env";
import { prepareDatabase } from "@/lib/db/prepare-database";

/**
 * The db project runs once per database (scripts/test-db.ts sets
 * DATABASE_URL for each leg); here the target gets every migration applied.
 */
export default async function setup() {
  if (!process.env.DATABASE_URL) throw new Error("The db tests need DATABASE_URL: run them with `npm run test:db`.");
  await prepareDatabase(getConfig().database);
}
