/**
 * Inputs ↔ URL query string. The raw strings go into the URL as typed, so a copied
 * link reproduces the form exactly, including an invalid value and its message.
 */
import type { ParamsLike, RawInputs } from "./types";

/** Writes every field (in the order of `defaults`) into a new URLSearchParams. */
export function rawToParams<F extends string>(raw: RawInputs<F>, fields: readonly F[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of fields) params.set(field, raw[field] ?? "");
  return params;
}

/** Reads the known fields from `params`; a field that is absent takes its default. */
export function rawFromParams<F extends string>(params: ParamsLike | null | undefined, defaults: RawInputs<F>): RawInputs<F> {
  const out = { ...defaults };
  if (!params) return out;
  for (const field of Object.keys(defaults) as F[]) {
    const value = params.get(field);
    if (value !== null) out[field] = value.slice(0, 2000);
  }
  return out;
}

/** True when at least one known field is present in `params`. */
export function hasAnyParam(params: ParamsLike | null | undefined, fields: readonly string[]): boolean {
  return !!params && fields.some((f) => params.get(f) !== null);
}

/** Props from an MDX embed (numbers or strings, all optional) → raw strings over the defaults. */
export function rawFromProps<F extends string>(
  props: Partial<Record<F, string | number | null | undefined>>,
  defaults: RawInputs<F>,
): RawInputs<F> {
  const out = { ...defaults };
  for (const field of Object.keys(defaults) as F[]) {
    const value = props[field];
    if (value !== undefined && value !== null) out[field] = String(value);
  }
  return out;
}

/** `/calculators/<id>?<params>` for an "Open in calculator" link or a copied link. */
export function calculatorHref<F extends string>(path: string, raw: RawInputs<F>, fields: readonly F[]): string {
  const qs = rawToParams(raw, fields).toString();
  return qs ? `${path}?${qs}` : path;
}
