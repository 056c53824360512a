"use client";

import { Button } from "@/components/ui/button";
import { nextPage, previousPage, type ListState } from "./lib/list-state";

/** Cursor pages: the URL keeps the trail of cursors, so Previous and a shared link both work. */
export function ListPagination({ state, nextCursor, onChange }: { state: ListState; nextCursor: string | null; onChange: (next: ListState) => void }) {
  const page = state.cursors.length + 1;
  if (page === 1 && !nextCursor) return null;
  return (
    <nav aria-label="Pagination" className="mt-3 flex items-center justify-between gap-2">
      <Button size="sm" disabled={page === 1} onClick={() => onChange(previousPage(state))}>
        ← Previous page
      </Button>
      <span className="text-sm text-zinc-600 dark:text-zinc-400">Page {page}</span>
      <Button size="sm" disabled={!nextCursor} onClick={() => nextCursor && onChange(nextPage(state, nextCursor))}>
        Next page →
      </Button>
    </nav>
  );
}
