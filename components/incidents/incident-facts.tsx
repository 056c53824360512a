import type { ReactNode } from "react";
import type { IncidentDto } from "@/lib/incidents/incident-dto";
import { LocalTime } from "@/components/ui/local-time";
import { formatDuration } from "@/lib/format";
import { SidePanel } from "./side-panel";

function Time({ iso }: { iso: string | null }) {
  return iso ? <LocalTime iso={iso} /> : <span className="text-zinc-500 dark:text-zinc-400">—</span>;
}

/** Times (the viewer's zone, UTC on hover), where it happened and where it came from. */
export function IncidentFacts({ incident }: { incident: IncidentDto }) {
  const facts: [string, ReactNode][] = [
    ["Started", <Time key="s" iso={incident.startedAt} />],
    ["Detected", <Time key="d" iso={incident.detectedAt} />],
    ["Mitigated", <Time key="m" iso={incident.mitigatedAt} />],
    ["Resolved", <Time key="r" iso={incident.resolvedAt} />],
    ["Time to resolve", incident.timeToResolveMs === null ? "not resolved" : formatDuration(incident.timeToResolveMs)],
    ["Service", incident.service],
    ["Namespace", incident.namespace ?? "—"],
    ["Environment", incident.environment],
    ["Host", incident.host ?? "—"],
    ["Reporter", incident.reporter],
    ["Source", incident.source],
  ];
  if (incident.alertname) facts.push(["Alert", <code key="a">{incident.alertname}</code>]);
  return (
    <SidePanel id="facts" title="Details">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {incident.alertLabels && Object.keys(incident.alertLabels).length > 0 ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">Alert labels</summary>
          <ul className="mt-2 space-y-0.5 font-mono text-xs">
            {Object.entries(incident.alertLabels).map(([key, value]) => (
              <li key={key} className="break-all">
                {key}={value}
              </li>
            ))}
          </ul>
          {incident.fingerprint ? <p className="mt-2 font-mono text-xs text-zinc-500 dark:text-zinc-400">fingerprint {incident.fingerprint}</p> : null}
        </details>
      ) : null}
    </SidePanel>
  );
}
