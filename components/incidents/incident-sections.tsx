import type { IncidentDto } from "@/lib/incidents/incident-dto";
import { Markdown } from "./markdown";
import { SECTION_FIELDS } from "./lib/form-values";

/** Phenomenon, cause, fix, result: the same four sections as a runbook, rendered from Markdown (no raw HTML). */
export function IncidentSections({ incident }: { incident: IncidentDto }) {
  return (
    <div className="grid grid-cols-1 gap-6">
      {SECTION_FIELDS.map((section) => (
        <section key={section.name} aria-labelledby={`section-${section.name}`} className="min-w-0">
          <h2 id={`section-${section.name}`} className="mb-2 text-lg font-semibold">
            {section.label}
          </h2>
          <Markdown source={incident[section.name]} />
        </section>
      ))}
    </div>
  );
}
