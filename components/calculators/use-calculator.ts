"use client";

import { useId, useMemo } from "react";
import { CALCULATORS } from "@/lib/calculators/registry";
import type { FieldErrors, ParseResult, RawInputs } from "@/lib/calculators/types";
import { calculatorHref } from "@/lib/calculators/url";
import type { CalculatorId } from "@/lib/runbooks/taxonomy";
import { useCalculatorInputs, type CalculatorMode } from "./use-calculator-inputs";

interface CalculatorSpec<F extends string, I, R> {
  id: CalculatorId;
  initial: RawInputs<F>;
  fields: readonly F[];
  mode: CalculatorMode;
  /** Module-level functions (stable identities), so the memos below hold. */
  parse: (raw: RawInputs<F>) => ParseResult<I, F>;
  calculate: (input: I) => R;
}

/**
 * What every calculator component needs: the raw inputs (kept in the URL in page
 * mode), their parse, the result (null while any field is invalid, so no NaN is
 * ever shown), the per-field errors, the shareable link and stable field ids.
 */
export function useCalculator<F extends string, I, R>({ id, initial, fields, mode, parse, calculate }: CalculatorSpec<F, I, R>) {
  const uid = useId();
  const { raw, set, reset } = useCalculatorInputs(initial, fields, mode);
  const parsed = useMemo(() => parse(raw), [parse, raw]);
  const result = useMemo(() => (parsed.ok ? calculate(parsed.input) : null), [calculate, parsed]);
  const errors: FieldErrors<F> = parsed.ok ? {} : parsed.errors;
  return {
    raw,
    set,
    reset,
    errors,
    input: parsed.ok ? parsed.input : null,
    result,
    href: calculatorHref(CALCULATORS[id].path, raw, fields),
    fieldId: (field: string) => `${uid}-${field}`,
  };
}
