import "server-only";
import { getRunbookEntry, listRunbooks } from "@/lib/runbooks/runbook-index";
import type { RunbookSearchSource } from "./rank-runbooks";

/** A runbook body split into its Phenomenon section and the rest (the sections are `## ` headings). */
export function splitPhenomenon(body: string): { phenomenon: string; rest: string } {
  const parts = body.split(/^(?=## )/m);
  const phenomenon = parts.find((p) => /^## Phenomenon\b/.test(p)) ?? "";
  const rest = parts.filter((p) => p !== phenomenon).join("\n");
  return { phenomenon: phenomenon.replace(/^## Phenomenon\s*/, ""), rest };
}

/** Every runbook as the search ranker reads it. */
export function readRunbookSearchSources(): RunbookSearchSource[] {
  return listRunbooks().map((meta) => {
    const { phenomenon, rest } = splitPhenomenon(getRunbookEntry(meta.slug)?.body ?? "");
    return {
      slug: meta.slug,
      title: meta.title,
      summary: meta.summary,
      kind: meta.kind,
      symptoms: meta.symptoms,
      alerts: meta.alerts,
      tags: [...meta.tags],
      components: [...meta.components],
      phenomenon,
      body: rest,
    };
  });
}
