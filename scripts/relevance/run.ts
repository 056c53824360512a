/**
 * `npm run test:relevance`: ranks tests/relevance against the real runbooks
 * and the sample incidents, prints top-1 and top-3 (overall and by query
 * style), the Chinese segmentation comparison (character bigrams, the
 * default, against @node-rs/jieba), and fails below 95% top-3 or 80% top-1
 * for runbooks and below 90% top-3 for incidents.
 *
 * Flags: --misses prints every query whose answer is not first;
 * --zh=jieba ranks the runbook queries with jieba instead of bigrams.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { RelevanceCase } from "@/tests/relevance/relevance-case";
import { INCIDENT_QUERIES } from "@/tests/relevance/incident-queries";
import { RUNBOOK_QUERIES } from "@/tests/relevance/runbook-queries";

const RUNBOOK_TOP3 = 0.95;
const RUNBOOK_TOP1 = 0.8;
const INCIDENT_TOP3 = 0.9;
const showMisses = process.argv.includes("--misses");
const zh = process.argv.find((a) => a.startsWith("--zh="))?.slice(5) ?? "bigram";

// A scratch SQLite database for the incident half; set before the domain modules read the configuration.
const scratch = mkdtempSync(path.join(os.tmpdir(), "triage-relevance-"));
process.env.DATABASE_URL = `file:${path.join(scratch, "relevance.db")}`;

interface Score {
  top1: number;
  top3: number;
  total: number;
}

function measure(cases: RelevanceCase[], rank: (c: RelevanceCase) => string[], label = ""): Score {
  const score = { top1: 0, top3: 0, total: cases.length };
  for (const c of cases) {
    const ranked = rank(c);
    const at = ranked.findIndex((id) => c.expect.includes(id));
    if (at === 0) score.top1 += 1;
    if (at >= 0 && at < 3) score.top3 += 1;
    if (showMisses && label && at !== 0) console.log(`  ${label} ${at === -1 ? "miss" : `#${at + 1}`} [${c.style}] ${c.query.replace(/\s+/g, " ").slice(0, 100)} → ${ranked.slice(0, 3).join(", ") || "nothing"} (want ${c.expect.join(" or ")})`);
  }
  return score;
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const line = (label: string, s: Score) => `${label.padEnd(22)} top-1 ${pct(s.top1, s.total).padStart(6)}  top-3 ${pct(s.top3, s.total).padStart(6)}  (${s.total} queries)`;

async function main(): Promise<boolean> {
  const { RunbookRanker } = await import("@/lib/search/rank-runbooks");
  const { readRunbookSearchSources } = await import("@/lib/search/read-runbook-search-sources");
  const { jiebaSegmenter } = await import("@/lib/search/jieba-segmenter");
  const sources = readRunbookSearchSources();
  const bigrams = new RunbookRanker(sources);
  const jieba = new RunbookRanker(sources, { segmenter: jiebaSegmenter });
  const ranker = zh === "jieba" ? jieba : bigrams;
  const rankRunbooks = (r: InstanceType<typeof RunbookRanker>) => (c: RelevanceCase) => r.search(c.query, { limit: 5 }).map((x) => x.slug);

  console.log(`Runbooks (${sources.length} runbooks, Chinese: ${zh === "jieba" ? "@node-rs/jieba" : "character bigrams"})`);
  const runbooks = measure(RUNBOOK_QUERIES, rankRunbooks(ranker), "runbook");
  console.log(line("all", runbooks));
  for (const style of [...new Set(RUNBOOK_QUERIES.map((c) => c.style))]) {
    console.log(line(`  ${style}`, measure(RUNBOOK_QUERIES.filter((c) => c.style === style), rankRunbooks(ranker))));
  }
  const chinese = RUNBOOK_QUERIES.filter((c) => c.style === "zh" || c.style === "mixed");
  const quiet = (cases: RelevanceCase[], r: InstanceType<typeof RunbookRanker>) => {
    const score = { top1: 0, top3: 0, total: cases.length };
    for (const c of cases) {
      const at = rankRunbooks(r)(c).findIndex((id) => c.expect.includes(id));
      if (at === 0) score.top1 += 1;
      if (at >= 0 && at < 3) score.top3 += 1;
    }
    return score;
  };
  console.log(`Chinese segmentation, runbook zh+mixed queries: bigrams ${line("", quiet(chinese, bigrams)).trim()} | jieba ${line("", quiet(chinese, jieba)).trim()}`);
  console.log(`                        all runbook queries: bigrams ${line("", quiet(RUNBOOK_QUERIES, bigrams)).trim()} | jieba ${line("", quiet(RUNBOOK_QUERIES, jieba)).trim()}`);

  const { getConfig } = await import("@/lib/config/env");
  const { prepareDatabase } = await import("@/lib/db/prepare-database");
  const { seedSampleIncidents, readSampleIncidents } = await import("@/lib/incidents/seed-sample-incidents");
  const { searchIncidents } = await import("@/lib/search/search-incidents");
  const { disconnectDb } = await import("@/lib/db/client");
  const { listIncidents } = await import("@/lib/incidents/list-incidents");
  const { cliContext } = await import("@/lib/auth/cli-context");
  await prepareDatabase(getConfig().database);
  await seedSampleIncidents();
  const samples = readSampleIncidents();
  // Incident id → sample key, read through the list (a page at a time) like any other reader.
  const keyOf = new Map<number, string>();
  let cursor: string | undefined;
  do {
    const page = await listIncidents(cliContext("relevance"), { limit: 100, cursor });
    for (const r of page.items) keyOf.set(r.id, samples.find((s) => s.title === r.title)!.key);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const ranked = new Map<string, string[]>();
  for (const c of INCIDENT_QUERIES) ranked.set(c.query, (await searchIncidents(c.query, { limit: 5 })).results.map((r) => keyOf.get(r.id)!));
  await disconnectDb();
  console.log(`\nIncidents (${samples.length} sample incidents, SQLite)`);
  const incidents = measure(INCIDENT_QUERIES, (c) => ranked.get(c.query)!, "incident");
  console.log(line("all", incidents));

  const failures = [
    runbooks.top3 / runbooks.total < RUNBOOK_TOP3 && `runbook top-3 ${pct(runbooks.top3, runbooks.total)} is under ${RUNBOOK_TOP3 * 100}%`,
    runbooks.top1 / runbooks.total < RUNBOOK_TOP1 && `runbook top-1 ${pct(runbooks.top1, runbooks.total)} is under ${RUNBOOK_TOP1 * 100}%`,
    incidents.top3 / incidents.total < INCIDENT_TOP3 && `incident top-3 ${pct(incidents.top3, incidents.total)} is under ${INCIDENT_TOP3 * 100}%`,
  ].filter(Boolean);
  for (const failure of failures) console.error(`test:relevance: ${failure} (run with --misses to see the queries)`);
  return failures.length === 0;
}

let ok = false;
try {
  ok = await main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
