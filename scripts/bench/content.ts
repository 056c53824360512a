/**
 * `npm run bench:content`: 1,000 synthetic runbooks (copies of the real ones
 * under new slugs, so the MDX is realistic) in a temp dir; reports the time to
 * validate them and to bundle every one with mdx-bundler (one process per core). Target: < 60 s on 2 cores.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkRunbooks, formatProblem } from "@/lib/runbooks/check-runbooks";
import { compileInParallel } from "../content/compile-in-parallel";
import { writeSyntheticLibrary } from "../lib/synthetic-runbooks";

const COUNT = Number(process.env.BENCH_RUNBOOKS ?? 1000);
const dir = mkdtempSync(path.join(os.tmpdir(), "triage-bench-content-"));

try {
  writeSyntheticLibrary(dir, COUNT);

  let started = performance.now();
  const { runbooks, problems } = checkRunbooks(dir);
  const validateMs = performance.now() - started;
  if (problems.length) throw new Error(`synthetic runbooks are invalid:\n${problems.slice(0, 5).map(formatProblem).join("\n")}`);

  started = performance.now();
  const compileProblems = await compileInParallel(runbooks.map(({ source }) => path.resolve(source.file)));
  const bundleMs = performance.now() - started;
  if (compileProblems.length) throw new Error(`synthetic runbooks do not compile:\n${compileProblems.slice(0, 5).map(formatProblem).join("\n")}`);

  const total = (validateMs + bundleMs) / 1000;
  console.log(`content: ${runbooks.length} runbooks, ${os.availableParallelism()} cores`);
  console.log(`content: validate ${(validateMs / 1000).toFixed(2)} s, bundle ${(bundleMs / 1000).toFixed(2)} s (${(bundleMs / runbooks.length).toFixed(1)} ms each), total ${total.toFixed(1)} s (target < 60 s: ${total < 60 ? "met" : "MISSED"})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
