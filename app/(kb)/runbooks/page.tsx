import Link from "next/link";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { listRunbooks } from "@/lib/runbooks/runbook-index";

export const metadata: Metadata = { title: "Runbooks" };

export default function RunbooksPage() {
  const runbooks = listRunbooks();
  return (
    <>
      <PageHeader title="Runbooks" description={`${runbooks.length} runbooks: what you see, why, the exact fix, and what changed.`} />
      <ul className="grid gap-3 sm:grid-cols-2">
        {runbooks.map((r) => (
          <li key={r.slug} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <Link href={`/runbooks/${r.slug}`} className="font-medium hover:underline">
              {r.title}
            </Link>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{r.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
