// Colours pass WCAG AA (4.5:1) for the badge text in both themes.
const SEVERITY_STYLE: Record<string, string> = {
  SEV1: "bg-rose-700 text-white",
  SEV2: "bg-orange-700 text-white",
  SEV3: "bg-amber-300 text-amber-950",
  SEV4: "bg-zinc-200 text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100",
};
const STATUS_STYLE: Record<string, string> = {
  open: "border-rose-600 text-rose-700 dark:border-rose-400 dark:text-rose-300",
  mitigated: "border-amber-600 text-amber-800 dark:border-amber-400 dark:text-amber-300",
  resolved: "border-emerald-600 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300",
};

export function SeverityBadge({ severity }: { severity: string }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${SEVERITY_STYLE[severity] ?? ""}`}>{severity}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[status] ?? ""}`}>{status}</span>;
}
