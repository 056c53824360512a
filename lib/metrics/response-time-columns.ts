/**
 * The three response times of the dashboard, each a derived column in whole
 * seconds from the start (lib/incidents/incident-derived-columns.ts), and the
 * incident time the list's `has` filter needs for the same rows. Pure.
 */
export const RESPONSE_TIMES = [
  { key: "detect", column: "detectSeconds", has: "detectedAt", label: "Time to detect" },
  { key: "mitigate", column: "mitigateSeconds", has: "mitigatedAt", label: "Time to mitigate" },
  { key: "resolve", column: "resolveSeconds", has: "resolvedAt", label: "Time to resolve" },
] as const;

export type ResponseTimeKey = (typeof RESPONSE_TIMES)[number]["key"];
