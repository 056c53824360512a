import { FieldValidationError } from "@/lib/incidents/errors";
import { truncateText } from "@/lib/incidents/incident-limits";
import { setOwn } from "@/lib/own-property";
import { withinOneEdit } from "@/lib/search/edit-distance";

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

/** Names this short get no guess: one edit turns "q" into any two-letter name. */
const MIN_GUESS_LENGTH = 3;

/**
 * The known name a typo most likely meant: the same letters in another case, else the first known
 * name one edit away (the search's typo rule, lib/search/edit-distance.ts).
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const candidates = known.filter((candidate) => candidate.length >= MIN_GUESS_LENGTH);
  return candidates.find((candidate) => candidate.toLowerCase() === lower) ?? candidates.find((candidate) => withinOneEdit(lower, candidate.toLowerCase()));
}
