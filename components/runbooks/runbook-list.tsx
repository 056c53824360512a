import { Link } from "@/components/ui/link";
import type { RunbookMeta } from "@/lib/runbooks/runbook-index";
import { TaxonomyLinks } from "./taxonomy-links";

/** `counts` is null for a reader who may not read incidents: the cards leave the figure out. */
export function RunbookList({ runbooks, counts }: { runbooks: RunbookMeta[]; counts: ReadonlyMap<string, number> | null }) {
  if (runbooks.length === 0) {
    return <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-500 dark:text-zinc-400 dark:border-zinc-700">No runbook matches these filters.</p>;
  }
  return (
    <ul className="grid gap-3 md:grid-cols-2" data-testid="runbook-list">
      {runbooks.map((r) => (
        // rb-* classes (app/globals.css): this markup repeats per runbook, in the HTML and the RSC payload.
        <li key={r.slug} className="rb-card">
          <div className="rb-head">
            <Link href={`/runbooks/${r.slug}`} className="font-medium hover:underline">{r.title}</Link>
            {counts ? (
              <span className="rb-meta shrink-0" title="Linked incidents">
                {counts.get(r.slug) ?? 0} incident{(counts.get(r.slug) ?? 0) === 1 ? "" : "s"}
              </span>
            ) : null}
          </div>
          <p className="rb-summary">{r.summary}</p>
          <TaxonomyLinks tags={r.tags} components={r.components} />
          <p className="rb-meta">{r.kind === "reference" ? "Reference · " : ""}updated {r.updated}</p>
        </li>
      ))}
    </ul>
  );
}
