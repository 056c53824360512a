"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders `children` once the placeholder comes near the viewport, so a chart
 * below the fold costs nothing (no chunk download, no drawing) until the
 * reader scrolls to it: the dashboard's first screen on a phone stays light.
 */
export function WhenVisible({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = anchor.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return <div ref={anchor}>{visible ? children : placeholder}</div>;
}
