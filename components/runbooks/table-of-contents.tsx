import type { TocEntry } from "@/lib/runbooks/table-of-contents";

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <nav aria-label="On this page" className="text-sm" data-print="hide">
      <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">On this page</h2>
      <ul className="space-y-1">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "pl-3" : ""}>
            <a href={`#${entry.id}`} className="text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white">
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
