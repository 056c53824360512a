import type { IncidentEventDto } from "@/lib/incidents/incident-dto";
import { LocalTime } from "@/components/ui/local-time";
import { EVENT_KIND_LABEL, viaLabel } from "./lib/labels";

/** Everything that happened to the incident, oldest first, so it reads like a log. */
export function IncidentTimeline({ events }: { events: IncidentEventDto[] }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">
        Timeline
      </h2>
      {events.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No events yet.</p> : null}
      <ol className="relative space-y-3 border-l border-zinc-200 pl-4 dark:border-zinc-800">
        {events.map((event) => {
          const pending = event.id < 0;
          return (
            <li key={event.id} className={`relative text-sm ${pending ? "opacity-60" : ""}`} aria-busy={pending || undefined}>
              <span aria-hidden className="absolute -left-[21px] top-1.5 h-2 w-2 rounded-full bg-zinc-400 dark:bg-zinc-500" />
              <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-zinc-600 dark:text-zinc-400">
                <LocalTime iso={event.at} />
                <span className="font-semibold text-zinc-800 dark:text-zinc-200">{EVENT_KIND_LABEL[event.kind] ?? event.kind}</span>
                <span>by {event.author}</span>
                {viaLabel(event.via) ? <span className="text-zinc-500 dark:text-zinc-400">via {viaLabel(event.via)}</span> : null}
                {pending ? <span>· saving…</span> : null}
              </p>
              <p className="mt-0.5 whitespace-pre-wrap break-words">{event.message}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
