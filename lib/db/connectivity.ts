import pg from "pg";
import { ConfigError, redact } from "@/lib/config/env";

/** Turns an error into one line for a message (first line, with its code). */
export function oneLine(error: unknown): string {
  const err = error as { code?: string; message?: string };
  const message = (err.message ?? String(error)).split("\n")[0];
  return err.code && !message.includes(err.code) ? `${err.code} ${message}` : message;
}

/** Connects once with a short timeout; a failure becomes a ConfigError that says how to fix it. */
export async function assertPostgresReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw new ConfigError(
      `Cannot reach PostgreSQL at ${redact(url)}: ${oneLine(error)}. Start the server, or fix DATABASE_URL (unset it to use the embedded SQLite database).`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
