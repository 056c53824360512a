import { ConfigError } from "@/lib/config/env";

/** Ends a script with one clear line for configuration errors; anything else keeps its stack. */
export function exitWithError(error: unknown): never {
  if (error instanceof ConfigError) console.error(`triage: ${error.message}`);
  else console.error(error);
  process.exit(1);
}
