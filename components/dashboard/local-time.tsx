"use client";

import { useMounted } from "@/components/incidents/hooks/use-mounted";
import { formatDateTime } from "@/lib/format";

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/**
 * A time in the viewer's time zone, UTC on hover. The server and the first
 * client render show UTC (the server does not know the viewer's zone), then
 * it switches: no hydration mismatch.
 */
export function LocalTime({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  const mounted = useMounted();
  const date = new Date(iso);
  const utc = formatDateTime(date);
  return (
    <time dateTime={iso} title={utc}>
      {mounted ? (dateOnly ? DATE : DATE_TIME).format(date) : dateOnly ? utc.slice(0, 10) : utc}
    </time>
  );
}
