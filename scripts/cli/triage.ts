/**
 * `triage <command>`: the command line (bin/triage.mjs starts main.ts under tsx
 * from the repository root). Each command parses its options from one
 * declaration, calls domain functions, and returns an exit code:
 * 0 ok, 1 problems found, 2 bad usage or input.
 */
import { formatProblem } from "@/lib/runbooks/check-runbooks";
import { InvalidRunbookContentError } from "@/lib/runbooks/runbook-index";
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
  if (name === "help" && rest.length > 0) {
    // `triage help import` printed the general help.
    const asked = COMMANDS.find((c) => c.spec.name === rest[0]);
    if (!asked) {
      io.stderr(`triage help: unknown command "${rest[0]}" (commands: ${COMMANDS.map((c) => c.spec.name).join(", ")})\n`);
      return EXIT_USAGE;
    }
    io.stdout(formatHelp(asked.spec));
    return 0;
  }
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
    if (error instanceof InvalidRunbookContentError) {
      io.stderr(invalidRunbooksMessage(name, error));
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** How many of content:check's problems the message repeats; `npm run content:check` lists them all. */
const SHOWN_PROBLEMS = 5;

/**
 * check-rules and import read the runbooks; a file that does not pass content:check (most often
 * a skeleton from `triage new-runbook` whose TODOs are not filled in yet) stopped them with a stack
 * trace and every problem line. Say which files, and what to do.
 */
function invalidRunbooksMessage(command: string, error: InvalidRunbookContentError): string {
  const files = [...new Set(error.problems.map((p) => p.file))];
  const shown = error.problems.slice(0, SHOWN_PROBLEMS).map((p) => `  ${formatProblem(p)}\n`).join("");
  const more = error.problems.length > SHOWN_PROBLEMS ? `  … and ${error.problems.length - SHOWN_PROBLEMS} more\n` : "";
  return (
    `triage ${command}: cannot read the runbooks: ${files.length === 1 ? files[0] : `${files.length} files`} ${files.length === 1 ? "does" : "do"} not pass the content check ` +
    `(${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}). Finish or fix ${files.length === 1 ? "it" : "them"} (a runbook from \`triage new-runbook\` is not valid until every TODO(draft) is filled in), ` +
    `then run \`npm run content:check\`.\n${shown}${more}`
  );
}
