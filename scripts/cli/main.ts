/** Entry point of `triage` (bin/triage.mjs runs this under tsx); the commands are in triage.ts. */
import { EXIT_USAGE } from "@/lib/cli/parse-command-line";
import { processIo } from "./io";
import { main } from "./triage";

main(process.argv.slice(2), processIo()).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("triage: unexpected error:", error);
    process.exit(EXIT_USAGE);
  },
);
