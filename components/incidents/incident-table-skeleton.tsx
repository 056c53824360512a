import { Skeleton } from "@/components/ui/skeleton";

export const LIST_COLUMNS = 8;

/** Placeholder rows with the table's shape, while a page the browser asked for (a filter with no page yet, a query the server refused) loads. */
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
