"use client";

import { Link } from "@/components/ui/link";
import { decodePathSegment } from "@/lib/http/decode-path-segment";
import { usePathname } from "next/navigation";
import { suggestRunbooks, type SuggestionCandidate } from "@/lib/runbooks/suggest-runbooks";

export function AlertNotFound({ candidates }: { candidates: SuggestionCandidate[] }) {
  const pathname = usePathname();
  const last = pathname.split("/").pop() ?? "";
  const alertname = decodePathSegment(last) ?? last;
  const suggestions = suggestRunbooks(alertname, candidates);
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-semibold tracking-tight">No runbook answers the alert {alertname ? <code>{alertname}</code> : null}</h1>
      {suggestions.length ? (
        <>
          <p className="mt-3 text-zinc-600 dark:text-zinc-400">These runbooks are the closest match:</p>
          <ul className="mt-3 space-y-2" aria-label="Closest runbooks">
            {suggestions.map((s) => (
              <li key={s.slug}>
                <Link href={`/runbooks/${s.slug}`} className="font-medium text-sky-700 hover:underline dark:text-sky-400">{s.title}</Link>
                {s.alerts.length ? <span className="ml-2 text-xs text-zinc-500 dark:text-zinc-400">answers {s.alerts.join(", ")}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-3 text-zinc-600 dark:text-zinc-400">No runbook looks close. <Link href="/runbooks" className="text-sky-700 hover:underline dark:text-sky-400">Browse all runbooks</Link>.</p>
      )}
      <h2 className="mt-8 text-lg font-semibold">Add this alert to a runbook</h2>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        List the alert name in the runbook&apos;s frontmatter, run <code>npm run content:check</code>, and redeploy. Each alert name may belong to one runbook.
        Names from kubernetes-mixin, node-mixin, etcd&apos;s mixin and kube-prometheus are known; any other alert also needs its Prometheus rule in a{" "}
        <code>yaml rules</code> block of the runbook (see <Link href="/runbooks/alerts" className="text-sky-700 hover:underline dark:text-sky-400">the alert list</Link> and{" "}
        <code>docs/writing-runbooks.md</code>).
      </p>
      <pre tabIndex={0} className="mt-3 overflow-x-auto rounded-lg bg-zinc-950 p-3 text-sm text-zinc-100">{`---\ntitle: "…"\nalerts: [${alertname || "YourAlertName"}]\n---`}</pre>
    </div>
  );
}
