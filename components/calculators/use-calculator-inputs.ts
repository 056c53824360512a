"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useReducer, useRef } from "react";
import type { RawInputs } from "@/lib/calculators/types";
import { rawToParams } from "@/lib/calculators/url";

export type CalculatorMode = "page" | "embed";

type Action<F extends string> = { type: "set"; field: F; value: string } | { type: "reset"; raw: RawInputs<F> };

function reducer<F extends string>(state: RawInputs<F>, action: Action<F>): RawInputs<F> {
  if (action.type === "reset") return action.raw;
  return state[action.field] === action.value ? state : { ...state, [action.field]: action.value };
}

const URL_SYNC_DELAY_MS = 200;

/**
 * The raw input strings of one calculator, in one state object. In page mode every change is
 * mirrored into the query string (debounced), so the address bar always holds a link that
 * reproduces the result. With history.replaceState, which Next's router follows, rather than
 * router.replace: the page reads the query on the server only for the first render, and a
 * router.replace would ask the server to render the page again on every pause in typing.
 * Embeds never touch the URL.
 */
export function useCalculatorInputs<F extends string>(initial: RawInputs<F>, fields: readonly F[], mode: CalculatorMode) {
  const [raw, dispatch] = useReducer(reducer<F>, initial);
  const pathname = usePathname();
  const changed = useRef(false);

  useEffect(() => {
    if (mode !== "page" || !changed.current) return;
    const timer = window.setTimeout(() => {
      const query = rawToParams(raw, fields).toString();
      if (`?${query}` !== window.location.search) window.history.replaceState(window.history.state, "", `${pathname}?${query}`);
    }, URL_SYNC_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [raw, fields, mode, pathname]);

  const set = useCallback((field: F, value: string) => {
    changed.current = true;
    dispatch({ type: "set", field, value });
  }, []);
  const reset = useCallback((next: RawInputs<F>) => {
    changed.current = true;
    dispatch({ type: "reset", raw: next });
  }, []);

  return { raw, set, reset };
}
