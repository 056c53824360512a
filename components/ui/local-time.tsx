"use client";

import { useMounted } from "@/components/ui/use-mounted";
import { formatDateTime, formatLocalDateTime } from "@/lib/format";

/**
 * A time in the viewer's time zone, named ("2027-01-01 00:05 GMT+8"), with UTC
 * on hover. The server and the first client render show UTC (the server does
 * not know the viewer's zone), then it switches: no hydration mismatch, and
 * for a viewer on UTC the text does not change at all.
 */
export function LocalTime({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  const mounted = useMounted();
  const date = new Date(iso);
  const utc = formatDateTime(date);
  const text = mounted ? formatLocalDateTime(date) : utc;
  return (
    <time dateTime={iso} title={utc}>
      {dateOnly ? text.slice(0, 10) : text}
    </time>
  );
}
