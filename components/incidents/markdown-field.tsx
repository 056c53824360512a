"use client";

import { lazy, Suspense, useState, type ComponentProps } from "react";
import { focusRing } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";

// The Markdown parser loads when someone first opens a preview, not with the form.
const Markdown = lazy(() => import("./markdown").then((m) => ({ default: m.Markdown })));

type Tab = "write" | "preview";

/**
 * A Markdown textarea with Write / Preview tabs. The textarea stays mounted (only
 * hidden) during preview, so react-hook-form keeps its ref and can still focus it.
 */
export function MarkdownField({ value, ...textarea }: ComponentProps<"textarea"> & { id: string; value: string }) {
  const [tab, setTab] = useState<Tab>("write");
  const tabId = (t: Tab) => `${textarea.id}-tab-${t}`;
  const tabButton = (t: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={tabId(t)}
      aria-selected={tab === t}
      aria-controls={t === "write" ? textarea.id : `${textarea.id}-preview`}
      tabIndex={tab === t ? 0 : -1}
      onClick={() => setTab(t)}
      onKeyDown={(e) => {
        if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
          const next = tab === "write" ? "preview" : "write";
          setTab(next);
          document.getElementById(tabId(next))?.focus();
        }
      }}
      className={`rounded px-2 py-0.5 text-xs font-medium ${focusRing} ${
        tab === t ? "bg-zinc-200 text-zinc-900 dark:bg-zinc-700 dark:text-white" : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white"
      }`}
    >
      {label}
    </button>
  );
  return (
    <div>
      <div role="tablist" aria-label="Markdown editor" className="mb-1 flex gap-1">
        {tabButton("write", "Write")}
        {tabButton("preview", "Preview")}
      </div>
      <Textarea {...textarea} value={value} hidden={tab !== "write"} />
      {tab === "preview" ? (
        <div
          id={`${textarea.id}-preview`}
          role="tabpanel"
          aria-labelledby={tabId("preview")}
          className="min-h-24 rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
        >
          <Suspense fallback={<p className="text-sm text-zinc-500 dark:text-zinc-400">Loading the preview…</p>}>
            <Markdown source={value} emptyText="Nothing to preview." />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
