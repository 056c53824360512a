/**
 * Child process of compile-in-parallel.ts: compiles the runbook files named in
 * the JSON file given as argv[2] and prints one JSON object with the problems.
 */
import { readFileSync } from "node:fs";
import { findCompileProblem } from "@/lib/runbooks/compile-runbook";
import { readRunbookSource } from "@/lib/runbooks/read-runbook-files";
import type { ContentProblem } from "@/lib/runbooks/check-runbooks";

const files: string[] = JSON.parse(readFileSync(process.argv[2], "utf8"));
const problems: ContentProblem[] = [];
for (const absPath of files) {
  const source = readRunbookSource(absPath);
  const problem = await findCompileProblem(source.body, source.bodyStartLine);
  if (problem) problems.push({ file: source.file, line: problem.line, field: "body", message: problem.message });
}
process.stdout.write(`${JSON.stringify({ compiled: files.length, problems })}\n`);
