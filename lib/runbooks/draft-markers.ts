/**
 * The marker a generated runbook draft puts on everything a person still has
 * to write or check (lib/runbooks/build-runbook-draft.ts). content:check
 * reports every line that still carries it, so a draft cannot be merged with a
 * placeholder left in, or with its "not yet reviewed" callout.
 */

export const DRAFT_MARKER = "TODO(draft)";

/** A placeholder: the marker and what to put there. */
export function placeholder(hint: string): string {
  return `${DRAFT_MARKER}: ${hint}`;
}

export interface DraftMarker {
  /** 1-based line in the file. */
  line: number;
  text: string;
}

/** Every line of `raw` that still carries the marker. */
export function findDraftMarkers(raw: string): DraftMarker[] {
  const found: DraftMarker[] = [];
  raw.split("\n").forEach((text, index) => {
    if (text.includes(DRAFT_MARKER)) found.push({ line: index + 1, text: text.trim() });
  });
  return found;
}
