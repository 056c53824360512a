import { Link } from "@/components/ui/link";
import { RANGE_DAYS } from "@/lib/metrics/metric-range";

const LABEL: Record<(typeof RANGE_DAYS)[number], string> = { 7: "7 days", 30: "30 days", 90: "90 days", 365: "365 days" };

/** The range of every widget, kept in the URL (?range=30): plain links, so it works before any script loads. */
export function RangeSelector({ days }: { days: number }) {
  return (
    <nav aria-label="Time range" className="inline-flex rounded-md border border-zinc-300 p-0.5 text-sm dark:border-zinc-700">
      {RANGE_DAYS.map((d) => (
        <Link
          key={d}
          href={`/?range=${d}`}
          aria-current={d === days ? "page" : undefined}
          className="rounded px-2.5 py-1 font-medium text-zinc-700 hover:bg-zinc-100 aria-[current=page]:bg-sky-700 aria-[current=page]:text-white dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-[current=page]:bg-sky-700"
        >
          {LABEL[d]}
        </Link>
      ))}
    </nav>
  );
}
