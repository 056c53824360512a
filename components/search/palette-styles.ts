/**
 * The palette's frame, shared by the palette and the stand-in shown while its
 * code loads (components/shell/search-slot.tsx), so the swap does not move anything.
 */
export const paletteOverlayClass = "fixed inset-0 z-50 bg-zinc-950/40";
export const paletteContentClass =
  "fixed left-1/2 top-[12vh] z-50 w-[min(42rem,calc(100vw-2rem))] -translate-x-1/2 overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-2xl dark:border-zinc-700 dark:bg-zinc-900";
export const paletteInputClass =
  "w-full border-b border-zinc-200 bg-transparent px-4 py-3 text-sm outline-none placeholder:text-zinc-400 dark:border-zinc-700";
export const palettePlaceholder = "Paste an error or type a symptom… (Esc to close)";
export const paletteLabel = "Search runbooks and incidents, or run an action";
