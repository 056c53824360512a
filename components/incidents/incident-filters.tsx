"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { MILESTONE_TIMES, SEVERITIES, STATUSES, splitListParam } from "@/lib/incidents/incident-vocabulary";
import { ChoiceFilter } from "./choice-filter";
import { TextFilter } from "./text-filter";
import { changeFilters, DEFAULT_LIST_STATE, hasFilters, type ListState, type YesNo } from "./lib/list-state";
import { FIX_WORKED_LABEL, MILESTONE_LABEL, STATUS_LABEL } from "./lib/labels";
import type { RunbookOption } from "./lib/runbook-options";

const SEVERITY_SHORT = Object.fromEntries(SEVERITIES.map((s) => [s, s])) as Record<(typeof SEVERITIES)[number], string>;

/** Filters of the incident list; each change goes straight to the URL and back to page one. */
export function IncidentFilters({ state, onChange, runbookOptions }: { state: ListState; onChange: (next: ListState) => void; runbookOptions: RunbookOption[] }) {
  const set = (change: Partial<ListState>) => onChange(changeFilters(state, change));
  // On a phone the filters fold away under the search box, so the list is on the first screen.
  const [expanded, setExpanded] = useState(false);
  const active =
    state.status.length +
    state.severity.length +
    state.has.length +
    [state.service, state.namespace.join(), state.runbook, state.from, state.to, state.alertname, state.hasAlert, state.hasRunbook, state.fixWorked, state.similar].filter(Boolean).length;
  return (
    <section aria-label="Filters" className="mb-4 grid gap-4 rounded-lg border border-zinc-200 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-zinc-800">
      <div className="flex items-end gap-2 sm:col-span-2">
        <div className="flex-1">
          <TextFilter id="filter-q" type="search" label="Search" placeholder="Title, sections, service, cluster, alert…" value={state.q} onCommit={(q) => set({ q })} />
        </div>
        <Button className="sm:hidden" aria-expanded={expanded} aria-controls="more-filters" onClick={() => setExpanded(!expanded)}>
          Filters{active ? ` (${active})` : ""}
        </Button>
      </div>
      <div id="more-filters" className={`${expanded ? "grid" : "hidden"} gap-4 sm:contents`}>
      <ChoiceFilter legend="Status" values={STATUSES} labels={STATUS_LABEL} selected={state.status} onChange={(status) => set({ status })} />
      <ChoiceFilter legend="Severity" values={SEVERITIES} labels={SEVERITY_SHORT} selected={state.severity} onChange={(severity) => set({ severity })} />
      <TextFilter id="filter-service" label="Service" value={state.service} onCommit={(service) => set({ service })} />
      <TextFilter
        id="filter-namespace"
        label="Namespace"
        placeholder="api, shop"
        value={state.namespace.join(", ")}
        onCommit={(text) => {
          const namespace = splitListParam([text]);
          // A half-typed list ("api,") means the same filter: leave the URL, and the text being typed, alone.
          if (namespace.join() !== state.namespace.join()) set({ namespace });
        }}
      />
      <Field id="filter-runbook" label="Runbook">
        {(aria) => (
          <Select {...aria} value={state.runbook} onChange={(e) => set({ runbook: e.target.value })}>
            <option value="">Any runbook</option>
            {runbookOptions.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.title}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="filter-from" label="Started from" hint="UTC date, inclusive.">
        {(aria) => <Input {...aria} type="date" value={state.from} max={state.to || undefined} onChange={(e) => set({ from: e.target.value })} />}
      </Field>
      <Field id="filter-to" label="Started to" hint="UTC date, inclusive.">
        {(aria) => <Input {...aria} type="date" value={state.to} min={state.from || undefined} onChange={(e) => set({ to: e.target.value })} />}
      </Field>
      <YesNoFilter id="filter-has-runbook" label="Runbook linked" yes="Linked" no="Not linked" value={state.hasRunbook} onChange={(hasRunbook) => set({ hasRunbook })} />
      <Field id="filter-fix-worked" label="Runbook fix" hint={state.runbook ? "Feedback on the runbook above." : "Feedback on any linked runbook."}>
        {(aria) => (
          <Select {...aria} value={state.fixWorked} onChange={(e) => set({ fixWorked: e.target.value as ListState["fixWorked"] })}>
            <option value="">Any</option>
            {Object.entries(FIX_WORKED_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <TextFilter id="filter-alertname" label="Alert name" value={state.alertname} onCommit={(alertname) => set({ alertname })} />
      <YesNoFilter id="filter-has-alert" label="Opened by an alert" yes="Yes" no="No" value={state.hasAlert} onChange={(hasAlert) => set({ hasAlert })} />
      <ChoiceFilter legend="Has time" values={MILESTONE_TIMES} labels={MILESTONE_LABEL} selected={state.has} onChange={(has) => set({ has })} />
      <TextFilter id="filter-similar" label="Similar title" value={state.similar} onCommit={(similar) => set({ similar })} />
      </div>
      {hasFilters(state) ? (
        <div className="flex items-end sm:col-span-2 lg:col-span-4">
          <Button size="sm" variant="ghost" onClick={() => onChange({ ...DEFAULT_LIST_STATE, sort: state.sort, order: state.order, limit: state.limit })}>
            Clear filters
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function YesNoFilter({ id, label, yes, no, value, onChange }: { id: string; label: string; yes: string; no: string; value: YesNo; onChange: (next: YesNo) => void }) {
  return (
    <Field id={id} label={label}>
      {(aria) => (
        <Select {...aria} value={value} onChange={(e) => onChange(e.target.value as YesNo)}>
          <option value="">Either</option>
          <option value="true">{yes}</option>
          <option value="false">{no}</option>
        </Select>
      )}
    </Field>
  );
}
