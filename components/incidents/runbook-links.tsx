"use client";

import { Link } from "@/components/ui/link";
import { toast } from "sonner";
import { Button, focusRing } from "@/components/ui/button";
import { useCan } from "@/components/shell/viewer-context";
import { Field } from "@/components/ui/field";
import type { IncidentDto, RunbookLinkDto } from "@/lib/incidents/incident-dto";
import type { IncidentUpdateInput } from "@/lib/incidents/incident-schemas";
import { RunbookPicker } from "./runbook-picker";
import { useTimelineAuthor } from "./hooks/use-timeline-author";
import { useUpdateIncident } from "./hooks/use-update-incident";
import { changeErrorMessage } from "./lib/api-client";
import type { RunbookOption } from "./lib/runbook-options";
import { SidePanel } from "./side-panel";
import { SuggestedRunbookList, type RunbookSuggestion } from "./suggested-runbook-list";

const FEEDBACK = [
  { value: true, label: "Worked" },
  { value: false, label: "Didn't work" },
  { value: null, label: "Unknown" },
] as const;

/**
 * Linked runbooks: whether each one's fix worked, unlink, and a picker to link more. Every change is optimistic.
 * For viewers who may not change incidents: the links and the recorded feedback, read only.
 */
export function RunbookLinks({ incident, options, suggestions = [] }: { incident: IncidentDto; options: RunbookOption[]; suggestions?: RunbookSuggestion[] }) {
  const canWrite = useCan("incidents:write");
  const update = useUpdateIncident(incident.id);
  const author = useTimelineAuthor();
  const titles = new Map(options.map((o) => [o.slug, o.title]));
  const titleOf = (slug: string) => titles.get(slug) ?? slug;

  function save(patch: IncidentUpdateInput, done: string) {
    update.mutate(
      { ...patch, version: incident.version, ...author },
      {
        onSuccess: () => toast.success(done),
        onError: (error) => toast.error("The runbook change was undone", { description: changeErrorMessage(error) }),
      },
    );
  }

  function setLinks(slugs: string[]) {
    const added = slugs.filter((s) => !incident.runbooks.includes(s));
    const removed = incident.runbooks.filter((s) => !slugs.includes(s));
    const what = added.length ? `Linked ${added.map(titleOf).join(", ")}` : `Unlinked ${removed.map(titleOf).join(", ")}`;
    save({ runbooks: slugs }, what);
  }

  return (
    <SidePanel id="runbooks" title="Runbooks">
      {incident.runbookLinks.length === 0 ? <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">No runbook linked yet.</p> : null}
      {incident.runbookLinks.length === 0 ? (
        <div className="mb-4">
          <SuggestedRunbookList suggestions={suggestions} onLink={canWrite ? (slug) => setLinks([slug]) : undefined} />
        </div>
      ) : null}
      <ul className="mb-4 space-y-3">
        {incident.runbookLinks.map((link) => (
          <LinkRow
            key={link.slug}
            link={link}
            title={titleOf(link.slug)}
            readOnly={!canWrite}
            onFeedback={(fixWorked) => save({ runbookFeedback: [{ slug: link.slug, fixWorked }] }, `Feedback saved for ${titleOf(link.slug)}`)}
            onUnlink={() => setLinks(incident.runbooks.filter((s) => s !== link.slug))}
          />
        ))}
      </ul>
      {canWrite ? (
        <Field id="link-runbook" label="Link a runbook" hint="Type to search; Enter links or unlinks.">
          {(aria) => <RunbookPicker {...aria} options={options} value={incident.runbooks} onChange={setLinks} showChips={false} />}
        </Field>
      ) : null}
    </SidePanel>
  );
}

function LinkRow({
  link,
  title,
  readOnly,
  onFeedback,
  onUnlink,
}: {
  link: RunbookLinkDto;
  title: string;
  readOnly: boolean;
  onFeedback: (fixWorked: boolean | null) => void;
  onUnlink: () => void;
}) {
  return (
    <li className="text-sm">
      <div className="flex items-start justify-between gap-2">
        <Link href={`/runbooks/${link.slug}`} className={`font-medium text-sky-700 hover:underline dark:text-sky-400 ${focusRing}`}>
          {title}
        </Link>
        {readOnly ? null : (
          <Button size="sm" variant="ghost" onClick={onUnlink} aria-label={`Unlink ${title}`}>
            Unlink
          </Button>
        )}
      </div>
      {/* Buttons, not radios: each choice is saved at once, and radios change (so would save) on every arrow key. */}
      <fieldset className="mt-1" disabled={readOnly}>
        <legend className="sr-only">Did the fix in {title} work?</legend>
        <div className="inline-flex overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700">
          {FEEDBACK.map((option) => {
            const chosen = link.fixWorked === option.value;
            return (
              <button
                key={option.label}
                type="button"
                aria-pressed={chosen}
                onClick={() => (chosen ? undefined : onFeedback(option.value))}
                className="border-r border-zinc-300 px-2 py-0.5 text-xs last:border-r-0 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-sky-500 disabled:cursor-default aria-pressed:bg-sky-700 aria-pressed:text-white dark:border-zinc-700"
              >
                {option.label}
              </button>
            );
          })}
        </div>
      </fieldset>
    </li>
  );
}
