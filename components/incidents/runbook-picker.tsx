"use client";

import { useEffect, useId, useMemo, useState, type FocusEvent, type KeyboardEvent, type Ref } from "react";
import { useDebouncedValue } from "@/components/search/hooks/use-debounced-value";
import { useSearch } from "@/components/search/hooks/use-search";
import { controlClass } from "@/components/ui/field";
import { focusRing } from "@/components/ui/button";
import type { RunbookOption } from "./lib/runbook-options";

const LIST_LIMIT = 50;

/**
 * Searchable multi-select for runbooks (the ARIA combobox pattern): type a title, slug,
 * symptom or error and the server's runbook search answers (/api/search?type=runbook);
 * arrows to move, Enter to toggle, Escape to close, Backspace on an empty query to drop
 * the last chip. With nothing typed it lists the runbooks by title.
 */
export function RunbookPicker({
  id,
  options,
  value,
  onChange,
  onBlur,
  inputRef,
  showChips = true,
  disabled,
  placeholder = "Type to search runbooks…",
  "aria-invalid": ariaInvalid,
  "aria-describedby": ariaDescribedBy,
}: {
  id: string;
  options: RunbookOption[];
  value: string[];
  onChange: (slugs: string[]) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  showChips?: boolean;
  disabled?: boolean;
  placeholder?: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}) {
  const listId = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const settled = useDebouncedValue(query, 120);
  const search = useSearch({ q: settled, type: "runbook", limit: 20 }, { enabled: open });
  const found = useMemo(() => search.data?.results.map((r) => ({ slug: r.id, title: r.title })) ?? [], [search.data]);
  const matches = query.trim() ? found : options.slice(0, LIST_LIMIT);
  const titles = useMemo(() => new Map(options.map((o) => [o.slug, o.title])), [options]);
  const activeOption = open ? matches[Math.min(active, matches.length - 1)] : undefined;
  const optionId = (slug: string) => `${listId}-${slug}`;

  useEffect(() => {
    if (activeOption) document.getElementById(`${listId}-${activeOption.slug}`)?.scrollIntoView({ block: "nearest" });
  }, [activeOption, listId]);

  function toggle(slug: string) {
    onChange(value.includes(slug) ? value.filter((s) => s !== slug) : [...value, slug]);
    setQuery("");
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (matches.length ? (Math.min(i, matches.length - 1) + step + matches.length) % matches.length : 0));
    } else if (event.key === "Enter" && open && activeOption) {
      event.preventDefault(); // choosing a runbook must not submit the surrounding form
      toggle(activeOption.slug);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === "Backspace" && query === "" && value.length > 0 && showChips) {
      onChange(value.slice(0, -1));
    }
  }

  function onContainerBlur(event: FocusEvent<HTMLDivElement>) {
    if (event.currentTarget.contains(event.relatedTarget)) return;
    setOpen(false);
    onBlur?.();
  }

  return (
    <div className="relative" onBlur={onContainerBlur}>
      {showChips && value.length > 0 ? (
        <ul aria-label="Linked runbooks" className="mb-2 flex flex-wrap gap-1.5">
          {value.map((slug) => (
            <li key={slug} className="flex items-center gap-1 rounded-full bg-sky-100 py-0.5 pl-2.5 pr-1 text-xs text-sky-950 dark:bg-sky-900/60 dark:text-sky-100">
              <span>{titles.get(slug) ?? slug}</span>
              <button
                type="button"
                disabled={disabled}
                onClick={() => onChange(value.filter((s) => s !== slug))}
                aria-label={`Remove runbook ${titles.get(slug) ?? slug}`}
                className={`rounded-full px-1.5 leading-5 hover:bg-sky-200 dark:hover:bg-sky-800 ${focusRing}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        placeholder={placeholder}
        value={query}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? optionId(activeOption.slug) : undefined}
        aria-invalid={ariaInvalid}
        aria-describedby={ariaDescribedBy}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        className={controlClass(ariaInvalid === true)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-multiselectable
        aria-label="Runbooks"
        hidden={!open}
        className="absolute z-30 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {/* Options exist only while the list is open: closed, 50 hidden options were 251 of the 569 elements of an incident page, parsed, styled and hydrated on every load for nothing. */}
        {open ? (
          <>
            {query.trim() && search.isError ? <li className="px-3 py-2 text-red-700 dark:text-red-400">{search.error.message}</li> : null}
            {query.trim() && matches.length === 0 && !search.isError ? (
              <li className="px-3 py-2 text-zinc-500 dark:text-zinc-400">{search.isFetching || settled !== query ? "Searching…" : `No runbook matches “${query}”.`}</li>
            ) : null}
            {matches.map((option) => {
              const selected = value.includes(option.slug);
              return (
                <li
                  key={option.slug}
                  id={optionId(option.slug)}
                  role="option"
                  aria-selected={selected}
                  onMouseDown={(e) => e.preventDefault()} // keep focus in the input
                  onClick={() => toggle(option.slug)}
                  className={`flex cursor-pointer items-baseline gap-2 px-3 py-1.5 ${option === activeOption ? "bg-sky-100 dark:bg-sky-900/60" : ""}`}
                >
                  <span aria-hidden className="w-3 shrink-0 text-sky-700 dark:text-sky-300">
                    {selected ? "✓" : ""}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block truncate">{option.title}</span>
                    <span className="block truncate font-mono text-xs text-zinc-500 dark:text-zinc-400">{option.slug}</span>
                  </span>
                </li>
              );
            })}
          </>
        ) : null}
      </ul>
    </div>
  );
}
