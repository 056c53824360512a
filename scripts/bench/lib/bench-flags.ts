import { parseArgs } from "node:util";

export type BenchFlags<N extends string> = { ok: true; flags: Partial<Record<N, string>> } | { ok: false; problem: string };

/**
 * A bench's `--name=value` flags (node:util's parseArgs). A value keeps every "=" after the
 * first, so `--pages=/search?q=OOMKilled` is that whole path: splitting on each "=" cut it to
 * "/search?q". A flag the bench does not know is a problem naming it, not silently ignored.
 */
export function readBenchFlags<N extends string>(argv: string[], names: readonly N[]): BenchFlags<N> {
  try {
    const { values } = parseArgs({ args: argv, options: Object.fromEntries(names.map((name) => [name, { type: "string" as const }])), strict: true, allowPositionals: false });
    const flags: Partial<Record<N, string>> = {};
    for (const name of names) {
      const value = values[name];
      if (typeof value === "string") flags[name] = value;
    }
    return { ok: true, flags };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}
