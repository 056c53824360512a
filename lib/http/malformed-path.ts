import { truncateText } from "@/lib/incidents/incident-limits";
import { decodePathSegment } from "./decode-path-segment";
import type { EdgeRefusal } from "./edge-guard";

/** The path of a request target: what comes before its query string or fragment. */
export function pathOf(url: string): string {
  return url.split(/[?#]/, 1)[0] ?? "";
}

/**
 * A request path with a malformed percent-escape ("/incidents/%zz", "/runbooks/%E0%A4%A") is
 * refused with 400 before Next sees it: Next's router decodes dynamic segments with
 * decodeURIComponent and answered such paths with a bare 500. Only the path is checked; a
 * malformed escape in the query string is already tolerated by URLSearchParams. Pure.
 */
export function refuseMalformedPath(url: string): EdgeRefusal | undefined {
  const path = pathOf(url);
  const segment = path.split("/").find((part) => decodePathSegment(part) === undefined);
  if (segment === undefined) return undefined;
  const message = `The path segment "${segment}" has a malformed percent-escape: write a literal % as %25, and encode text as UTF-8`;
  return { kind: "refuse", status: 400, code: "invalid_input", message, fields: { path: message }, log: `refused a malformed path: ${truncateText(path, 200)}` };
}
