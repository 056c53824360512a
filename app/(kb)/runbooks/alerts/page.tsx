import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { listKnownAlerts, type AlertSource } from "@/lib/runbooks/list-known-alerts";

export const metadata: Metadata = { title: "Alerts" };
// Rendered per request like every page: the CSP nonce (proxy.ts) cannot be baked into a static page.

function SourceCell({ source }: { source: AlertSource }) {
  if (source.kind === "shipped") return <span>Rule shipped in the runbook</span>;
  return (
    <a href={`https://github.com/${source.repo}/blob/HEAD/${source.path}`} className="hover:underline" rel="noreferrer">
      {source.mixin} <span className="text-zinc-500 dark:text-zinc-400">· {source.group}</span>
    </a>
  );
}

export default function AlertsPage() {
  const { answered, unanswered } = listKnownAlerts();
  const shipped = answered.filter((a) => a.source.kind === "shipped").length;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-zinc-500 dark:text-zinc-400">
        <Link href="/runbooks" className="hover:underline">Runbooks</Link>
      </nav>
      <PageHeader
        title="Alerts"
        description={
          <>
            Every alert name a runbook answers. Point a Prometheus rule&apos;s <code>runbook_url</code> at{" "}
            <code>/runbooks/alerts/&lt;AlertName&gt;</code> and it redirects to the runbook. Upstream names come from
            kubernetes-mixin, node-mixin, etcd&apos;s mixin and kube-prometheus; the others are shipped by their runbook in a{" "}
            <code>yaml rules</code> block.
          </>
        }
      />
      <p className="mb-3 text-sm text-zinc-500 dark:text-zinc-400" data-testid="alert-count">
        {answered.length} alerts: {answered.length - shipped} upstream, {shipped} shipped by runbooks
      </p>
      <div className="relative overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
        {/* Fixed layout: the columns' widths do not change as later rows arrive (with automatic layout
            a long name further down widened a column after the first rows had painted: a layout shift). */}
        <table className="w-full min-w-[36rem] table-fixed text-left text-sm" aria-label="Alerts and their runbooks">
          <colgroup>
            <col className="w-[34%]" />
            <col className="w-[26%]" />
            <col />
          </colgroup>
          <thead className="bg-zinc-50 text-xs uppercase tracking-wide text-zinc-500 dark:text-zinc-400 dark:bg-zinc-900">
            <tr>
              <th scope="col" className="px-3 py-2">Alert</th>
              <th scope="col" className="px-3 py-2">Source</th>
              <th scope="col" className="px-3 py-2">Runbook</th>
            </tr>
          </thead>
          <tbody>
            {answered.map(({ alert, source, runbook }) => (
              <tr key={alert} id={`alert-${alert}`} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                <td className="px-3 py-2 break-words">
                  <code>{alert}</code>
                </td>
                <td className="px-3 py-2 break-words text-zinc-600 dark:text-zinc-400">
                  <SourceCell source={source} />
                </td>
                <td className="px-3 py-2">
                  <Link href={`/runbooks/${runbook.slug}`} className="font-medium text-sky-700 hover:underline dark:text-sky-400">{runbook.title}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="unanswered" className="mt-10">
        <h2 id="unanswered" className="text-lg font-semibold">Upstream alerts without a runbook</h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {unanswered.length} alerts of the same rule files that no runbook answers yet. To add one, list it in a runbook&apos;s{" "}
          <code>alerts:</code> frontmatter.
        </p>
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Upstream alerts without a runbook">
          {unanswered.map(({ alert, source }) => (
            <li key={alert} title={`${source.mixin} · ${source.group}`}>
              <code className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs dark:bg-zinc-800">{alert}</code>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
