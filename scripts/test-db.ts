/**
 * `npm run test:db`: the database integration tests, once on a real SQLite
 * file and once on a real PostgreSQL (TEST_DATABASE_URL, or a throwaway
 * cluster started here from the installed server binaries). Without a
 * PostgreSQL server the second leg is skipped with a visible line, except
 * under CI=true, where it must run.
 */
import { runOnBothDatabases } from "./lib/database-legs";

process.exit((await runOnBothDatabases("db", "db integration tests", { NODE_ENV: "test" })) ? 0 : 1);
