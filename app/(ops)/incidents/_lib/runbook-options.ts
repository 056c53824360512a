import "server-only";
import type { RunbookOption } from "@/components/incidents/lib/runbook-options";
import { listRunbooks } from "@/lib/runbooks/runbook-index";

/** Slug and title of every runbook, for the pickers and labels (the rest of the metadata stays on the server). */
export function loadRunbookOptions(): RunbookOption[] {
  return listRunbooks().map(({ slug, title }) => ({ slug, title }));
}
