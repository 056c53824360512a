"use client";

import { useLayoutEffect, useRef, type ReactNode } from "react";
import { useMounted } from "@/components/ui/use-mounted";

/**
 * The incident form's controls, disabled until hydration when the form waits for values only
 * the browser knows (`onHydrated` fills them in): rendered on the server, the form paints at
 * once, yet nothing typed before its script runs is lost, and it cannot be submitted natively
 * (a GET with every field in the URL). Its own state: enabling it re-renders this element, not
 * the form inside (the children are the same elements).
 */
export function HydrationFieldset({ onHydrated, children }: { onHydrated?: () => void; children: ReactNode }) {
  const hydrated = useMounted();
  const pending = useRef(onHydrated);
  // In the commit that enables the controls, before the browser can deliver a keystroke to them.
  useLayoutEffect(() => {
    const fill = pending.current;
    if (!hydrated || !fill) return;
    pending.current = undefined;
    fill();
  }, [hydrated]);
  return (
    <fieldset disabled={onHydrated !== undefined && !hydrated} className="grid min-w-0 gap-8">
      {children}
    </fieldset>
  );
}
