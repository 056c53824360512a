/**
 * Lookups keyed by user data (a label, a query parameter, an error code from
 * a redirect) read own properties only: `record["constructor"]` on a plain
 * object is Object.prototype's function, and `"toString" in record` is true.
 * Use these, or a Map, wherever the key comes from outside. Pure.
 */

/** record[key] when `key` is the record's own property, else undefined. */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets record[key] as a plain own property, even for "__proto__" (which assignment would treat as the prototype). */
export function setOwn<V>(record: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
