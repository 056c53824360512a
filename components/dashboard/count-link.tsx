import Link from "next/link";
import type { ReactNode } from "react";
import { incidentListHref } from "@/components/incidents/lib/list-state";
import type { Counted } from "@/lib/metrics/dashboard-dto";

/** A figure that opens the incident list filtered to exactly the incidents it counts. */
export function CountLink({ figure, label, className = "", children }: { figure: Counted; label: string; className?: string; children?: ReactNode }) {
  return (
    <Link href={incidentListHref(figure.link)} aria-label={label} data-count={figure.count} className={`tabular-nums hover:underline ${className}`}>
      {children ?? figure.count}
    </Link>
  );
}
