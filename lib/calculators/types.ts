/** Shared types for the calculators. Pure data: no React, no I/O. */

/** One intermediate step shown under a result: what, how, and the number it gives. */
export type Step = {
  label: string;
  formula: string;
  value: string;
};

/** A line (or block) the reader can paste: a sysctl, a cgroup file write, an nginx directive. */
export type ConfigLine = {
  label: string;
  code: string;
};

/** Raw inputs as typed: every field is a string, exactly as in the form and in the URL. */
export type RawInputs<F extends string> = Record<F, string>;

/** Per-field error messages; a field without an entry is valid. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export type ParseResult<I, F extends string> =
  | { ok: true; input: I }
  | { ok: false; errors: FieldErrors<F> };

/** Minimal read interface shared by URLSearchParams and Next's ReadonlyURLSearchParams. */
export type ParamsLike = { get(name: string): string | null };
