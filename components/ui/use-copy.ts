"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type CopyState = "idle" | "copied" | "failed";

/**
 * Clipboard copy with a short-lived "copied" / "failed" state for the button's
 * label. One implementation for every copy button (code blocks, config lines,
 * calculator links).
 */
export function useCopy(resetAfterMs = 1500) {
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = useCallback(
    async (text: string) => {
      try {
        // navigator.clipboard is missing on insecure origins (plain http on a LAN address).
        if (!navigator.clipboard) throw new Error("Clipboard unavailable");
        await navigator.clipboard.writeText(text);
        setState("copied");
      } catch {
        setState("failed");
      }
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setState("idle"), resetAfterMs);
    },
    [resetAfterMs],
  );
  return { state, copy };
}
