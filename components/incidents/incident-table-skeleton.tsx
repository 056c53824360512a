import { Skeleton } from "@/components/ui/skeleton";

export const LIST_COLUMNS = 8;

/** Placeholder rows with the table's shape, so the page does not jump when data arrives. */
export function SkeletonRows({ rows = 8 }: { rows?: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, row) => (
        <tr key={row}>
          {Array.from({ length: LIST_COLUMNS }, (_, col) => (
            <td key={col} className="p-2">
              <Skeleton className={col === 2 ? "h-4 w-56" : "h-4 w-16"} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}

/** The whole list area while the client part of the page loads. */
export function IncidentTableSkeleton() {
  return (
    <div role="status" aria-label="Loading incidents" className="overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full">
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          <SkeletonRows />
        </tbody>
      </table>
    </div>
  );
}
