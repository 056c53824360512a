import { FieldValidationError } from "@/lib/incidents/errors";
import { truncateText } from "@/lib/incidents/incident-limits";
import { setOwn } from "@/lib/own-property";

/** At most this many unknown names are given one by one; a request with hundreds gets a count for the rest. */
const MAX_NAMED = 5;
/** A name is quoted up to this length (the field key too), so an absurd name cannot bloat the answer. */
const MAX_NAME = 100;

/**
 * A query parameter or a body field that an API route does not take is refused with 400 instead of
 * being ignored: a misspelt filter (`/api/incidents?severty=SEV1`, `/api/runbooks?tag=network`)
 * would otherwise answer with every row, and a misspelt field (`"namespce": "shop"`) would be
 * dropped from a create that then succeeds. Each unknown name is a field of the error, with the
 * closest known name when it looks like a typo. Pages are not checked (links carry tracking
 * parameters; the page's URL state is parsed leniently), nor is the webhook (api-route.ts). Pure.
 */
export function unknownQueryParamsError(params: URLSearchParams, known: readonly string[]): FieldValidationError | undefined {
  return unknownNamesError(new Set(params.keys()), known, "query parameter", "query parameters");
}

/** The same for the top-level fields of a JSON body; anything but a plain object is the schema's to refuse. */
export function unknownBodyFieldsError(body: unknown, known: readonly string[]): FieldValidationError | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  return unknownNamesError(Object.keys(body), known, "field", "fields");
}

function unknownNamesError(names: Iterable<string>, known: readonly string[], noun: string, nouns: string): FieldValidationError | undefined {
  const knownSet = new Set(known);
  const unknown = [...names].filter((name) => !knownSet.has(name));
  if (unknown.length === 0) return undefined;
  const takes = known.length === 0 ? `this endpoint takes no ${nouns}` : `this endpoint takes ${[...known].sort().join(", ")}`;
  const fields: Record<string, string> = {};
  for (const name of unknown.slice(0, MAX_NAMED)) {
    const shown = truncateText(name, MAX_NAME);
    const guess = closestName(name, known);
    // setOwn: a name may be "__proto__" (lib/own-property.ts).
    setOwn(fields, shown, `Unknown ${noun} "${shown}"${guess ? ` (did you mean ${guess}?)` : ""}: ${takes}`);
  }
  const first = Object.values(fields)[0] ?? takes;
  const more = unknown.length - 1;
  return new FieldValidationError(fields, more > 0 ? `${first} (and ${more} more unknown ${more > 1 ? nouns : noun})` : first);
}

/** The known name a typo most likely meant: the same letters in another case, or at most two edits away (one for short names). */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase(), 2);
    const allowed = Math.min(2, Math.floor(candidate.length / 3));
    if (distance <= allowed && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** Levenshtein distance, or `cap + 1` as soon as it is certain to exceed `cap` (names are short; a long one is dismissed early). */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > cap) return cap + 1;
    previous = current;
  }
  return previous[b.length];
}
