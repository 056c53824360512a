/**
 * decodeURIComponent that answers undefined instead of throwing URIError on a
 * malformed escape ("%E0%A4%A", "%zz"): a URL a client typed is input, and
 * input never becomes a 500. Pure.
 */
export function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
