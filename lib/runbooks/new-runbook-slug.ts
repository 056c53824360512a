/**
 * A slug for a runbook not written yet: lower-case kebab-case words of the
 * text (at most 8 words, 60 characters), `fallback` when none are left, and
 * `-2`, `-3`… when the library already has it. Used for the drafts built from
 * incidents (from the title) and by `triage check-rules` for an alert nothing
 * answers (from the alert name split at its capitals). Pure.
 */
export function newRunbookSlug(text: string, fallback: string, isTaken: (slug: string) => boolean): string {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, 8);
  let base = words.join("-").slice(0, 60).replace(/-+$/, "") || fallback;
  if (!/[a-z]/.test(base)) base = fallback;
  let slug = base;
  for (let n = 2; isTaken(slug); n++) slug = `${base}-${n}`;
  return slug;
}
