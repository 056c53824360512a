import { setOwn } from "@/lib/own-property";

/**
 * URL search parameters → the plain object the list schemas parse: a key
 * given once is a string, a repeated key (`status=open&status=mitigated`) an
 * array. An empty value counts as not given, for every parameter alike (a
 * form's "any" choice sends `hasAlert=`): `status=` and `service=` were
 * ignored while `hasAlert=`, `sort=` and `limit=` were refused. Pure; usable
 * in the browser too.
 */
export function searchParamsToRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((value) => value !== "");
    if (values.length > 0) setOwn(record, key, values.length === 1 ? values[0] : values);
  }
  return record;
}

/**
 * The one rule for a parameter that takes a single value and arrives as a list (given more than
 * once, above): it says so, instead of what the parameter's own rule would say of a list
 * (`limit=10&limit=10` is not "limit must be a whole number", nor `sort=title&sort=title` "sort must
 * be one of …"). Any other bad value gets `message`. For zod's `error` option, on the schema that
 * reads the single value (`z.string`, `z.enum`); zod-free, so pages can import it.
 */
export const givenOnceOr =
  (label: string, message: string) =>
  (issue: { input?: unknown }): string =>
    Array.isArray(issue.input) ? `${label} must be given once` : message;
