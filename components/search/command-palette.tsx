"use client";

import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Providers } from "@/components/shell/providers";
import type { SearchResult } from "@/lib/search/search-dto";
import { HighlightedText } from "./highlighted-text";
import { useDebouncedValue } from "./hooks/use-debounced-value";
import { useSearch } from "./hooks/use-search";
import { highlightAfterFirstChanged } from "./lib/palette-highlight";
import { openSearchPage } from "./lib/open-search-page";
import { matchingActions, type PaletteAction } from "./palette-actions";
import { paletteContentClass, paletteInputClass, paletteLabel, paletteOverlayClass, palettePlaceholder } from "./palette-styles";

/**
 * The command palette (Ctrl+K, Cmd+K or /): search as you type, arrows to move,
 * Enter to open, Esc to close; with an empty query it lists actions and pages.
 * Loaded only when first opened (see components/shell/search-slot.tsx).
 */
export default function CommandPalette({ open, onOpenChange, initialQuery = "" }: { open: boolean; onOpenChange: (open: boolean) => void; initialQuery?: string }) {
  return (
    <Providers>
      <Palette open={open} onOpenChange={onOpenChange} initialQuery={initialQuery} />
    </Providers>
  );
}

const itemClass =
  "flex cursor-pointer items-baseline gap-2 rounded-md px-3 py-2 text-sm aria-selected:bg-sky-100 aria-selected:text-sky-950 dark:aria-selected:bg-sky-900/60 dark:aria-selected:text-sky-50";
const groupClass = "[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-zinc-500";

function Palette({ open, onOpenChange, initialQuery }: { open: boolean; onOpenChange: (open: boolean) => void; initialQuery: string }) {
  const router = useRouter();
  const [query, setQuery] = useState(initialQuery);
  // Text typed while this code loaded is still being typed: on the first focus the caret goes after it,
  // where the dialog's autofocus would otherwise select it all and the next key would replace it.
  const continueTyping = useRef(initialQuery !== "");
  const settled = useDebouncedValue(query, 150);
  const search = useSearch({ q: settled, limit: 10 }, { enabled: open });
  const results = settled.trim() ? (search.data?.results ?? []) : [];
  const runbooks = results.filter((r) => r.type === "runbook");
  const incidents = results.filter((r) => r.type === "incident");
  const actions = matchingActions(query);
  // New results put the highlight back on the first entry (cmdk keeps the old one when it does not filter),
  // unless the reader moved it for this query (palette-highlight.ts).
  const first = runbooks[0] ?? incidents[0];
  const firstValue = first ? `${first.type}-${first.id}` : query.trim() ? "search-page" : (actions[0]?.id ?? "");
  const [selected, setSelected] = useState(firstValue);
  const [shownFirst, setShownFirst] = useState(firstValue);
  const [movedForQuery, setMovedForQuery] = useState<string | null>(null);
  if (shownFirst !== firstValue) {
    setShownFirst(firstValue);
    setSelected(highlightAfterFirstChanged({ selected, movedForQuery }, query, firstValue));
  }

  function go(href: string) {
    onOpenChange(false);
    router.push(href);
  }

  return (
    <Command.Dialog
      open={open}
      onOpenChange={onOpenChange}
      label={paletteLabel}
      shouldFilter={false}
      value={selected}
      onValueChange={(value) => {
        setSelected(value);
        if (value !== firstValue) setMovedForQuery(query);
      }}
      loop
      overlayClassName={paletteOverlayClass}
      contentClassName={paletteContentClass}
    >
      <Command.Input
        value={query}
        onValueChange={setQuery}
        onFocus={(event) => {
          if (!continueTyping.current) return;
          continueTyping.current = false;
          const input = event.currentTarget;
          queueMicrotask(() => input.setSelectionRange(input.value.length, input.value.length));
        }}
        placeholder={palettePlaceholder}
        className={paletteInputClass}
      />
      <Command.List className="max-h-[60vh] overflow-y-auto p-2" aria-busy={search.isFetching || undefined}>
        {settled.trim() && search.isError ? <p className="px-3 py-2 text-sm text-red-700 dark:text-red-400">{search.error.message}</p> : null}
        {settled.trim() && search.isSuccess && results.length === 0 && actions.length === 0 ? (
          <p className="px-3 py-2 text-sm text-zinc-500">No runbook or incident matches. Try other words, or paste the exact error.</p>
        ) : null}
        {runbooks.length ? <ResultGroup heading="Runbooks" results={runbooks} onSelect={go} /> : null}
        {incidents.length ? <ResultGroup heading="Incidents" results={incidents} onSelect={go} /> : null}
        {query.trim() ? (
          <Command.Group heading="Search" className={groupClass}>
            <Command.Item value="search-page" onSelect={() => {
                onOpenChange(false);
                openSearchPage((href) => router.push(href), { q: query });
              }} className={itemClass}>
              See all results for “{query.trim().slice(0, 60)}”
            </Command.Item>
          </Command.Group>
        ) : null}
        {(["Actions", "Calculators", "Go to"] as const).map((group) => (
          <ActionGroup key={group} heading={group} actions={actions.filter((a) => a.group === group)} onSelect={go} />
        ))}
      </Command.List>
    </Command.Dialog>
  );
}

function ResultGroup({ heading, results, onSelect }: { heading: string; results: SearchResult[]; onSelect: (href: string) => void }) {
  return (
    <Command.Group heading={heading} className={groupClass}>
      {results.map((r) => (
        <Command.Item key={`${r.type}-${r.id}`} value={`${r.type}-${r.id}`} onSelect={() => onSelect(r.url)} className={`${itemClass} flex-col !items-start gap-0.5`}>
          <span className="font-medium">{r.type === "incident" ? `#${r.id} ${r.title}` : r.title}</span>
          {r.snippet ? (
            <span className="line-clamp-2 text-xs text-zinc-600 dark:text-zinc-400">
              <HighlightedText text={r.snippet} highlights={r.highlights} />
            </span>
          ) : null}
        </Command.Item>
      ))}
    </Command.Group>
  );
}

function ActionGroup({ heading, actions, onSelect }: { heading: string; actions: PaletteAction[]; onSelect: (href: string) => void }) {
  if (actions.length === 0) return null;
  return (
    <Command.Group heading={heading} className={groupClass}>
      {actions.map((a) => (
        <Command.Item key={a.id} value={a.id} onSelect={() => onSelect(a.href)} className={itemClass}>
          {a.label}
        </Command.Item>
      ))}
    </Command.Group>
  );
}
