import { setOwn } from "@/lib/own-property";

/**
 * URL search parameters → the plain object the list schemas parse: a key
 * given once is a string, a repeated key (`status=open&status=mitigated`) an
 * array. Pure; usable in the browser too.
 */
export function searchParamsToRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    setOwn(record, key, values.length === 1 ? values[0] : values);
  }
  return record;
}
