"use client";

import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { IncidentDto } from "@/lib/incidents/incident-dto";
import type { IncidentStatus, IncidentUpdateInput } from "@/lib/incidents/incident-schemas";
import { ResolveForm } from "./resolve-form";
import { useTimelineAuthor } from "./hooks/use-timeline-author";
import { useUpdateIncident } from "./hooks/use-update-incident";
import { ApiError, changeErrorMessage } from "./lib/api-client";
import { SidePanel } from "./side-panel";

const DONE: Record<IncidentStatus, string> = { open: "Incident reopened", mitigated: "Marked mitigated", resolved: "Marked resolved" };

/**
 * Mark mitigated / resolved / reopen. The badge changes at once (optimistic) and
 * the toast (an aria-live region) says what happened or why it was undone.
 * Resolving needs a result; without one, the button opens a result field first.
 */
export function StatusActions({ incident }: { incident: IncidentDto }) {
  const update = useUpdateIncident(incident.id);
  const author = useTimelineAuthor();
  const [resolving, setResolving] = useState(false);
  const busy = update.isPending;
  const actions = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);

  // The button that was pressed goes away (the status it offered is now the status), and the
  // rest are disabled while the change is saved: without this, focus fell to <body> and a
  // keyboard user started over from the top of the page. Once settled, focus goes to the
  // next action here, unless the user has moved on elsewhere meanwhile.
  useEffect(() => {
    const panel = actions.current;
    if (!returnFocus.current || busy || resolving || !panel) return;
    returnFocus.current = false;
    const active = document.activeElement;
    if (active && active !== document.body && !panel.contains(active)) return;
    panel.querySelector<HTMLButtonElement>("button:not(:disabled)")?.focus();
  }, [busy, resolving, incident.status]);

  /** Resolves to the server's message for the result field, if that is why it refused (ResolveForm shows it there). */
  async function change(status: IncidentStatus, extra: IncidentUpdateInput = {}): Promise<string | undefined> {
    returnFocus.current = true;
    try {
      await update.mutateAsync({ ...extra, status, version: incident.version, ...author });
      setResolving(false);
      toast.success(DONE[status]);
      return undefined;
    } catch (error) {
      if (status === "resolved" && error instanceof ApiError && error.fields.result) {
        setResolving(true);
        return error.fields.result;
      }
      toast.error(`Could not change the status to ${status}`, { description: changeErrorMessage(error) });
      return undefined;
    }
  }

  const hasResult = incident.result.trim().length > 0;
  return (
    <SidePanel id="status" title="Status">
      <div ref={actions} className="flex flex-wrap gap-2">
        {incident.status === "open" ? (
          <Button variant="primary" pending={busy && update.variables?.status === "mitigated"} disabled={busy} onClick={() => change("mitigated")}>
            Mark mitigated
          </Button>
        ) : null}
        {incident.status !== "resolved" ? (
          <Button
            variant={incident.status === "mitigated" ? "primary" : "secondary"}
            pending={busy && update.variables?.status === "resolved"}
            disabled={busy || resolving}
            aria-expanded={hasResult ? undefined : resolving}
            onClick={() => (hasResult ? change("resolved") : setResolving(true))}
          >
            Mark resolved
          </Button>
        ) : null}
        {/* A mitigation that did not hold reopens too, not only a resolved incident. */}
        {incident.status !== "open" ? (
          <Button pending={busy && update.variables?.status === "open"} disabled={busy} onClick={() => change("open")}>
            Reopen
          </Button>
        ) : null}
      </div>
      {!hasResult && incident.status !== "resolved" && !resolving ? (
        <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">Resolving asks for the result: what changed and how you know it is fixed.</p>
      ) : null}
      {resolving && incident.status !== "resolved" ? (
        <ResolveForm
          onResolve={(result) => change("resolved", { result })}
          onCancel={() => {
            returnFocus.current = true;
            setResolving(false);
          }}
        />
      ) : null}
    </SidePanel>
  );
}
