import path from "node:path";
import { createRunbookFile, RunbookFileError } from "@/lib/runbooks/create-runbook-file";
import { EXIT_OK, UsageError, type CommandSpec, type ParsedCommandLine } from "@/lib/cli/parse-command-line";
import { displayPath } from "@/lib/cli/collect-files";
import type { CliIo } from "./io";

export const newRunbookSpec: CommandSpec = {
  name: "new-runbook",
  summary: "Write the skeleton of a new runbook to content/runbooks; content:check passes once its TODO(draft) parts are filled.",
  args: "<slug>",
  minArgs: 1,
  maxArgs: 1,
  options: {
    folder: { type: "string", value: "<area>", description: "Sub-folder of content/runbooks, e.g. kubernetes or linux (default: none)." },
    title: { type: "string", value: "<title>", description: "The title (default: a placeholder)." },
  },
  details: [
    "The slug is the file name and the URL (/runbooks/<slug>): lower-case words joined by hyphens, unique across folders.",
    "Exit codes: 0 written, 2 bad usage, an invalid slug or one that exists.",
    "",
    "Example: triage new-runbook systemd-start-limit-hit --folder linux",
  ],
};

export async function newRunbook({ values, positionals }: ParsedCommandLine, io: CliIo): Promise<number> {
  let file: string;
  try {
    file = createRunbookFile({ slug: positionals[0], folder: values.folder as string | undefined, title: values.title as string | undefined });
  } catch (error) {
    if (error instanceof RunbookFileError) throw new UsageError(error.message);
    throw error;
  }
  const shown = displayPath(file, io.cwd);
  io.stdout(`Wrote ${shown}. Fill in every TODO(draft), then check it: npm run content:check -- ${path.relative(process.cwd(), file)}\n`);
  return EXIT_OK;
}
