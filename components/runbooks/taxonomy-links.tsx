import { Link } from "@/components/ui/link";
import { runbookListHref } from "@/lib/runbooks/filter-runbooks";

/** Tags and components as links to the filtered runbook list. */
export function TaxonomyLinks({ tags, components }: { tags: readonly string[]; components: readonly string[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Tags and components">
      {tags.map((tag) => (
        <li key={`t-${tag}`}>
          <Link href={runbookListHref({ tag })} className="chip-tag">
            #{tag}
          </Link>
        </li>
      ))}
      {components.map((component) => (
        <li key={`c-${component}`}>
          <Link href={runbookListHref({ component })} className="chip-component">
            {component}
          </Link>
        </li>
      ))}
    </ul>
  );
}
