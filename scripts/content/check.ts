/**
 * `npm run content:check [dir-or-files…]`: validates runbooks and prints every
 * problem as `file:line: field: message`; exits 1 when there is any.
 * Also run by `npm test` and before `next build`.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { checkRunbooks, formatProblem, type ContentProblem } from "@/lib/runbooks/check-runbooks";
import { DEFAULT_CONTENT_DIR } from "@/lib/runbooks/read-runbook-files";
import { compileInParallel } from "./compile-in-parallel";

const args = process.argv.slice(2);
const dirArg = args.find((a) => statSync(a, { throwIfNoEntry: false })?.isDirectory());
const onlyFiles = new Set(args.filter((a) => a !== dirArg).map((a) => path.relative(process.cwd(), path.resolve(a))));
const dir = dirArg ? path.resolve(dirArg) : DEFAULT_CONTENT_DIR;

const started = performance.now();
const { runbooks, problems } = checkRunbooks(dir);
const toCompile = runbooks.map(({ source }) => source.file).filter((file) => !onlyFiles.size || onlyFiles.has(file));
const compileProblems: ContentProblem[] = await compileInParallel(toCompile.map((file) => path.resolve(file)));
const shown = [...problems, ...compileProblems].filter((p) => !onlyFiles.size || onlyFiles.has(p.file));
for (const problem of shown) console.error(formatProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (shown.length) {
  console.error(`content:check: ${shown.length} problem(s) in ${new Set(shown.map((p) => p.file)).size} file(s).`);
  process.exit(1);
}
console.log(`content:check: ${runbooks.length} runbooks OK (${seconds} s).`);
