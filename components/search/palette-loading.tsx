"use client";

import { paletteContentClass, paletteInputClass, paletteLabel, paletteOverlayClass, palettePlaceholder } from "./palette-styles";

/**
 * What Ctrl+K shows while the palette's code is still loading: the same frame
 * and a field that already takes the text, so an error pasted or typed at once
 * is not lost. The palette starts from this text (search-slot.tsx).
 */
export function PaletteLoading({ text, onText, onClose }: { text: string; onText: (text: string) => void; onClose: () => void }) {
  return (
    <>
      <div className={paletteOverlayClass} onClick={onClose} aria-hidden="true" />
      <div role="dialog" aria-modal="true" aria-label={paletteLabel} aria-busy="true" className={paletteContentClass}>
        <input
          // Opened by the user's own shortcut, like the palette it stands in for.
          autoFocus
          aria-label={paletteLabel}
          value={text}
          onChange={(event) => onText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") onClose();
          }}
          placeholder={palettePlaceholder}
          className={paletteInputClass}
        />
        <p className="px-4 py-3 text-sm text-zinc-500">Loading search…</p>
      </div>
    </>
  );
}
