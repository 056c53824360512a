import { Skeleton } from "@/components/ui/skeleton";

/** Stands in for the edit form until the browser can show the incident's times on its own clock. */
export function FormSkeleton() {
  return (
    <div role="status" aria-label="Loading the form" className="grid max-w-3xl gap-4">
      <Skeleton className="h-9 w-full" />
      <div className="grid gap-4 sm:grid-cols-2">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-9" />
        ))}
      </div>
      <Skeleton className="h-32 w-full" />
    </div>
  );
}
