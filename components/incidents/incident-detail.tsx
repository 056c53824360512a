"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { WhenAllowed, useViewer } from "@/components/shell/viewer-context";
import { buttonClass } from "@/components/ui/button";
import type { IncidentDetailDto } from "@/lib/incidents/incident-dto";
import type { IncidentSuggestions } from "@/lib/search/find-incident-suggestions";
import { AddNoteForm } from "./add-note-form";
import { IncidentFacts } from "./incident-facts";
import { IncidentTimeline } from "./incident-timeline";
import { IncidentWriteUps } from "./incident-write-ups";
import { RunbookLinks } from "./runbook-links";
import { SimilarIncidents } from "./similar-incidents";
import { SeverityBadge, StatusBadge } from "./severity-badge";
import { StatusActions } from "./status-actions";
import { useIncident } from "./hooks/use-incident";
import { SECTION_FIELDS } from "./lib/form-values";
import type { RunbookOption } from "./lib/runbook-options";

/**
 * The incident page: what happened, what is being done, and the log of it. Starts from the server's render, then stays live.
 * Viewers who may not change incidents get no edit, status or note controls (the server would refuse them anyway).
 * `sections` is the server's rendering of `initial`'s four Markdown sections; when the live copy's sections
 * differ (someone edited them elsewhere), the page asks the server for a fresh rendering.
 */
export function IncidentDetail({
  initial,
  sections,
  runbookOptions,
  suggestions,
}: {
  initial: IncidentDetailDto;
  sections: ReactNode;
  runbookOptions: RunbookOption[];
  suggestions: IncidentSuggestions;
}) {
  const { data: incident } = useIncident(initial);
  const router = useRouter();
  const sectionsChanged = SECTION_FIELDS.some(({ name }) => incident[name] !== initial[name]);
  useEffect(() => {
    if (sectionsChanged) router.refresh();
  }, [sectionsChanged, router]);
  return (
    <article>
      <header className="mb-6 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="mb-1 flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
            <span>Incident #{incident.id}</span>
            <SeverityBadge severity={incident.severity} />
            <StatusBadge status={incident.status} />
          </p>
          <h1 className="break-words text-2xl font-semibold tracking-tight">{incident.title}</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {incident.service} · {incident.environment}
            {incident.host ? ` · ${incident.host}` : ""}
          </p>
        </div>
        <WhenAllowed permission="incidents:write">
          <Link href={`/incidents/${incident.id}/edit`} className={buttonClass("secondary")} data-print="hide">
            Edit
          </Link>
        </WhenAllowed>
      </header>
      <IncidentWriteUps incidentId={incident.id} />
      {/* The aside comes first in the document because it comes first on a phone: content that streams
          in later only ever lands below what is already painted (with CSS order the sections painted
          first and then jumped down when the aside arrived: a layout shift of 0.29). Wide screens
          place it in the right column; print puts it after the sections. */}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] print:flex print:flex-col">
        <aside className="grid min-w-0 grid-cols-1 content-start gap-4 lg:col-start-2 lg:row-start-1 print:order-last print:mt-8">
          <div data-print="hide">
            <WhenAllowed permission="incidents:write">
              <StatusActions incident={incident} />
            </WhenAllowed>
          </div>
          <IncidentFacts incident={incident} />
          <RunbookLinks incident={incident} options={runbookOptions} suggestions={suggestions.runbooks} />
        </aside>
        <div className="grid min-w-0 grid-cols-1 content-start gap-8 lg:col-start-1 lg:row-start-1">
          {sections}
          <IncidentTimeline events={incident.events} />
          <div data-print="hide">
            <WhenAllowed permission="incidents:write" otherwise={<ReadOnlyNotice />}>
              <AddNoteForm incidentId={incident.id} />
            </WhenAllowed>
          </div>
          <div data-print="hide">
            <SimilarIncidents incidents={suggestions.similar} />
          </div>
        </div>
      </div>
    </article>
  );
}

function ReadOnlyNotice() {
  const { name, role } = useViewer();
  return (
    <p className="rounded-lg border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400" data-testid="read-only">
      Read only: {name} has the {role ?? "no"} role, which cannot log or change incidents. An admin can map your group to responder (TRIAGE_ROLE_MAP).
    </p>
  );
}
