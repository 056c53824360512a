"use client";

import { useState } from "react";
import { Button, Spinner } from "@/components/ui/button";
import { useCopy } from "@/components/ui/use-copy";
import { usePostmortem } from "./hooks/use-postmortem";
import { useRunbookDraft } from "./hooks/use-runbook-draft";
import { errorMessage } from "./lib/api-client";

type Panel = "runbook" | "postmortem" | null;

/**
 * "Draft a runbook" and "Postmortem" on the incident page: the generated text
 * in a preview, to copy or download; "Print" gives the page's own print
 * layout (app/globals.css, @media print). Nothing here prints.
 */
export function IncidentWriteUps({ incidentId }: { incidentId: number }) {
  const [open, setOpen] = useState<Panel>(null);
  const toggle = (panel: Exclude<Panel, null>) => setOpen((current) => (current === panel ? null : panel));
  return (
    <div className="mb-6" data-print="hide">
      <div role="toolbar" aria-label="Write-ups" className="flex flex-wrap gap-2">
        <Button size="sm" aria-expanded={open === "runbook"} aria-controls="write-up" onClick={() => toggle("runbook")}>
          Draft a runbook
        </Button>
        <Button size="sm" aria-expanded={open === "postmortem"} aria-controls="write-up" onClick={() => toggle("postmortem")}>
          Postmortem
        </Button>
        <Button size="sm" variant="ghost" onClick={() => window.print()}>
          Print / PDF
        </Button>
      </div>
      {open === "runbook" ? <RunbookDraftPanel incidentId={incidentId} onClose={() => setOpen(null)} /> : null}
      {open === "postmortem" ? <PostmortemPanel incidentId={incidentId} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

function RunbookDraftPanel({ incidentId, onClose }: { incidentId: number; onClose: () => void }) {
  const query = useRunbookDraft([incidentId], true);
  const draft = query.data;
  return (
    <WriteUpPanel
      title="Runbook draft"
      note={draft ? `Save as content/runbooks/<area>/${draft.fileName}. content:check fails until every TODO(draft) placeholder is filled and the review callout is gone${draft.placeholders.length ? ` (to do: ${draft.placeholders.join(", ")})` : ""}.` : undefined}
      fileName={draft?.fileName}
      mediaType="text/mdx"
      content={draft?.content}
      pending={query.isPending}
      error={query.error}
      onClose={onClose}
    />
  );
}

function PostmortemPanel({ incidentId, onClose }: { incidentId: number; onClose: () => void }) {
  const query = usePostmortem(incidentId, true);
  return (
    <WriteUpPanel
      title="Postmortem"
      note="Markdown for your postmortem document; fill in the action items at the review."
      fileName={query.data?.fileName}
      mediaType="text/markdown"
      content={query.data?.content}
      pending={query.isPending}
      error={query.error}
      onClose={onClose}
    />
  );
}

interface WriteUpPanelProps {
  title: string;
  note?: string;
  fileName?: string;
  mediaType: string;
  content?: string;
  pending: boolean;
  error: unknown;
  onClose: () => void;
}

function download(fileName: string, mediaType: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: `${mediaType};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function WriteUpPanel({ title, note, fileName, mediaType, content, pending, error, onClose }: WriteUpPanelProps) {
  const { state, copy } = useCopy();
  return (
    <section id="write-up" aria-label={title} className="mt-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold">
          {title}
          {fileName ? <span className="ml-2 font-mono text-xs font-normal text-zinc-600 dark:text-zinc-400">{fileName}</span> : null}
        </h2>
        <div className="flex gap-2">
          <Button size="sm" disabled={!content} onClick={() => content && copy(content)}>
            {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "Copy"}
          </Button>
          <Button size="sm" disabled={!content || !fileName} onClick={() => content && fileName && download(fileName, mediaType, content)}>
            Download
          </Button>
          <Button size="sm" variant="ghost" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
      {note ? <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">{note}</p> : null}
      {pending ? (
        <p className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
          <Spinner /> Generating…
        </p>
      ) : error ? (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {errorMessage(error)}
        </p>
      ) : (
        <pre data-testid="write-up-text" className="max-h-[28rem] overflow-auto whitespace-pre-wrap break-words rounded-md bg-zinc-50 p-3 font-mono text-xs dark:bg-zinc-900">
          {content}
        </pre>
      )}
    </section>
  );
}
