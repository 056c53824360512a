/**
 * `triage <command>`: the command line (bin/triage.mjs starts main.ts under tsx
 * from the repository root). Each command parses its options from one
 * declaration, calls domain functions, and returns an exit code:
 * 0 ok, 1 problems found, 2 bad usage or input.
 */
import { EXIT_USAGE, formatHelp, formatMainHelp, parseCommandLine, UsageError, type CommandSpec, type ParsedCommandLine } from "@/lib/cli/parse-command-line";
import { checkRules, checkRulesSpec } from "./check-rules";
import type { CliIo } from "./io";
import { importCommand, importSpec } from "./import";
import { newRunbook, newRunbookSpec } from "./new-runbook";

interface Command {
  spec: CommandSpec;
  run: (parsed: ParsedCommandLine, io: CliIo) => Promise<number>;
}

export const COMMANDS: Command[] = [
  { spec: checkRulesSpec, run: checkRules },
  { spec: newRunbookSpec, run: newRunbook },
  { spec: importSpec, run: importCommand },
];

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io[name ? "stdout" : "stderr"](formatMainHelp(COMMANDS.map((c) => c.spec)));
    return name ? 0 : EXIT_USAGE;
  }
  const command = COMMANDS.find((c) => c.spec.name === name);
  if (!command) {
    io.stderr(`triage: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.spec.name).join(", ")})\n`);
    return EXIT_USAGE;
  }
  try {
    const parsed = parseCommandLine(command.spec, rest);
    if (parsed.help) {
      io.stdout(formatHelp(command.spec));
      return 0;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`triage ${name}: ${error.message}\nRun \`triage ${name} --help\` for usage.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
