"use client";

import { useEffect, useState } from "react";
import type { Me } from "@/lib/auth/viewer";

let pending: Promise<Me | null> | null = null;

/** GET /api/me, once per page load for every component that asks. */
function loadMe(): Promise<Me | null> {
  pending ??= fetch("/api/me", { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? (r.json() as Promise<Me>) : null))
    .catch(() => null);
  return pending;
}

export function useMe(): Me | null {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    let live = true;
    loadMe().then((data) => live && setMe(data));
    return () => {
      live = false;
    };
  }, []);
  return me;
}
