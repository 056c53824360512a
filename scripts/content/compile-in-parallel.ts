import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ContentProblem } from "@/lib/runbooks/check-runbooks";

/**
 * Compiling MDX is CPU-bound JavaScript, so one process uses one core. This
 * splits the files over one child process per core (content:check and the
 * content benchmark both use it).
 */
export async function compileInParallel(absPaths: string[], workers = os.availableParallelism()): Promise<ContentProblem[]> {
  const count = Math.max(1, Math.min(workers, Math.ceil(absPaths.length / 20)));
  const dir = mkdtempSync(path.join(os.tmpdir(), "triage-compile-"));
  try {
    const chunks = Array.from({ length: count }, (_, i) => absPaths.filter((_, j) => j % count === i));
    const results = await Promise.all(
      chunks.map((chunk, i) => {
        const list = path.join(dir, `chunk-${i}.json`);
        writeFileSync(list, JSON.stringify(chunk));
        return runWorker(list);
      }),
    );
    return results.flat();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runWorker(listFile: string): Promise<ContentProblem[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, "compile-worker.ts"), listFile], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !last.startsWith("{")) return reject(new Error(`compile worker exited with ${code}`));
      resolve((JSON.parse(last) as { problems: ContentProblem[] }).problems);
    });
  });
}
