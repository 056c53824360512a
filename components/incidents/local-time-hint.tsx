"use client";

import { useBrowserTimeZone } from "./hooks/use-browser-time-zone";

/** The hint under a time field. A leaf of its own: learning the zone re-renders this text, not the form. */
export function LocalTimeHint() {
  const zone = useBrowserTimeZone();
  return <>{zone ? `Your local time (${zone}); stored in UTC.` : "Your local time; stored in UTC."}</>;
}
