"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from "react";
import { openSearchPage } from "@/components/search/lib/open-search-page";
import { PaletteLoading } from "@/components/search/palette-loading";

/** The palette's code (cmdk, Radix dialog, TanStack Query) loads on first use, not with the page. */
const CommandPalette = lazy(() => import("@/components/search/command-palette"));

/** Typing "/" in a field types a slash; elsewhere it opens the palette. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The header's search field (a plain GET form to /search, so it works without
 * JavaScript; with it, a pasted log too long for a URL opens /search with the
 * query in the fragment) and the command palette: Ctrl+K or Cmd+K anywhere, or
 * "/" when the focus is not in a field.
 */
export function SearchSlot() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  // What was typed before the palette's code arrived; the palette starts from it.
  const [early, setEarly] = useState("");
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const shortcut = (event.key === "k" || event.key === "K") && (event.ctrlKey || event.metaKey) && !event.altKey;
      const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
      if (!shortcut && !slash) return;
      event.preventDefault();
      setUsed(true);
      setOpen((wasOpen) => (shortcut ? !wasOpen : true));
    }
    window.addEventListener("keydown", onKeyDown);
    // Marks the moment the shortcuts work (after hydration), for tests and curious users.
    button.current?.setAttribute("data-shortcuts", "on");
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <div className="flex flex-1 items-center gap-2 sm:flex-none">
      <form
        action="/search"
        method="get"
        role="search"
        className="flex-1 sm:flex-none"
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          const q = new FormData(event.currentTarget).get("q");
          openSearchPage((href) => router.push(href), { q: typeof q === "string" ? q : "" });
        }}
      >
        <label htmlFor="site-search" className="sr-only">
          Search runbooks and incidents by symptom
        </label>
        <input
          id="site-search"
          name="q"
          type="search"
          required
          maxLength={8000}
          placeholder="Search by symptom or error…"
          className="w-full rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm placeholder:text-zinc-400 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-500/30 sm:w-64 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </form>
      <button
        ref={button}
        type="button"
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
        aria-label="Open the command palette (Ctrl+K)"
        aria-keyshortcuts="Control+K Meta+K /"
        className="hidden rounded-md border border-zinc-300 px-2 py-1.5 font-mono text-xs text-zinc-600 sm:inline-block dark:border-zinc-700 dark:text-zinc-400"
      >
        Ctrl K
      </button>
      {used ? (
        <Suspense fallback={open ? <PaletteLoading text={early} onText={setEarly} onClose={() => setOpen(false)} /> : null}>
          <CommandPalette open={open} onOpenChange={setOpen} initialQuery={early} />
        </Suspense>
      ) : null}
    </div>
  );
}
