import Link from "next/link";
import { runbookListHref } from "@/lib/runbooks/filter-runbooks";

/** Tags and components as links to the filtered runbook list. */
export function TaxonomyLinks({ tags, components }: { tags: readonly string[]; components: readonly string[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Tags and components">
      {tags.map((tag) => (
        <li key={`t-${tag}`}>
          <Link href={runbookListHref({ tag })} className="rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-800 hover:bg-sky-100 dark:bg-sky-950 dark:text-sky-200">
            #{tag}
          </Link>
        </li>
      ))}
      {components.map((component) => (
        <li key={`c-${component}`}>
          <Link href={runbookListHref({ component })} className="rounded-full border border-zinc-300 px-2 py-0.5 text-xs text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800">
            {component}
          </Link>
        </li>
      ))}
    </ul>
  );
}
