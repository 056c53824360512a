import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { incidentListHref } from "@/components/incidents/lib/list-state";
import type { Counted } from "@/lib/metrics/dashboard-dto";

/**
 * A figure that opens the incident list filtered to exactly the incidents it counts.
 * Underlined (dotted) so it reads as a link without relying on colour, and at least 24 px square
 * as a touch target (axe: link-in-text-block, target-size).
 */
export function CountLink({ figure, label, className = "", children }: { figure: Counted; label: string; className?: string; children?: ReactNode }) {
  return (
    <Link href={incidentListHref(figure.link)} aria-label={label} data-count={figure.count} className={`inline-block min-h-6 min-w-6 tabular-nums underline decoration-dotted underline-offset-2 hover:decoration-solid ${className}`}>
      {children ?? figure.count}
    </Link>
  );
}
