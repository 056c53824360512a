import { parseArgs } from "node:util";

/**
 * Argument parsing and help for the `triage` commands, on node's
 * util.parseArgs: each command declares its options once, and the same
 * declaration parses argv and prints `--help`. Pure (no I/O, no exit).
 */

export const EXIT_OK = 0;
/** The check ran and found problems (rules without runbooks, invalid rows). */
export const EXIT_PROBLEMS = 1;
/** Bad usage or input: unknown option, missing argument, unreadable file, unreachable server. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** Shown in --help, e.g. "<url>". */
  value?: string;
  description: string;
  /** Allowed values of a string option. */
  choices?: readonly string[];
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** After `triage <name>`, e.g. "<files or folders>…". */
  args: string;
  /** Fewest positional arguments. */
  minArgs: number;
  maxArgs?: number;
  options: Record<string, OptionSpec>;
  /** Lines after the options: exit codes, examples. */
  details?: string[];
}

export type ParsedValues = Record<string, string | boolean | undefined>;

export interface ParsedCommandLine {
  help: boolean;
  values: ParsedValues;
  positionals: string[];
}

export function parseCommandLine(spec: CommandSpec, argv: string[]): ParsedCommandLine {
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    // Asking for help wins over a mistake elsewhere on the line (`--help --bogus` was an error).
    if (argv.includes("--help") || argv.includes("-h")) return { help: true, values: {}, positionals: [] };
    // util.parseArgs messages name the option; drop its advice about "--" which only confuses here.
    throw new UsageError((error instanceof Error ? error.message : String(error)).replace(/\. To specify a positional argument.*$/s, ""));
  }
  const values = parsed.values as ParsedValues;
  if (values.help) return { help: true, values, positionals: parsed.positionals };
  for (const [name, o] of Object.entries(spec.options)) {
    const value = values[name];
    if (typeof value === "string" && o.choices && !o.choices.includes(value)) throw new UsageError(`--${name} must be one of ${o.choices.join(", ")}, got "${value}"`);
    if (typeof value === "string" && value.trim() === "") throw new UsageError(`--${name} needs a value`);
  }
  if (parsed.positionals.length < spec.minArgs) throw new UsageError(`missing ${spec.args}`);
  if (spec.maxArgs !== undefined && parsed.positionals.length > spec.maxArgs) {
    throw new UsageError(`too many arguments: ${parsed.positionals.slice(spec.maxArgs).join(" ")} (usage: triage ${spec.name} ${spec.args})`);
  }
  return { help: false, values, positionals: parsed.positionals };
}

export function formatHelp(spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.options, help: { type: "boolean", short: "h", description: "Show this help." } as OptionSpec }).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : "    "}--${name}${o.value ? ` ${o.value}` : ""}`,
    o.description,
  ]);
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    `Usage: triage ${spec.name} ${spec.args}${Object.keys(spec.options).length ? " [options]" : ""}`,
    "",
    spec.summary,
    "",
    "Options:",
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    ...(spec.details?.length ? ["", ...spec.details] : []),
    "",
  ].join("\n");
}

export function formatMainHelp(commands: CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "Usage: triage <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.split("\n")[0]}`),
    "",
    "`triage <command> --help` describes a command. Exit codes: 0 ok, 1 problems found, 2 bad usage or input.",
    "",
  ].join("\n");
}
