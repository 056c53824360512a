import { runbookExists } from "@/lib/runbooks/runbook-index";
import { FieldValidationError } from "./errors";

/** Throws a FieldValidationError on `field` naming every slug that is not a runbook. */
export function assertRunbooksExist(slugs: string[], field = "runbooks"): void {
  const unknown = slugs.filter((slug) => !runbookExists(slug));
  if (unknown.length === 0) return;
  const list = unknown.map((s) => `"${s}"`).join(", ");
  throw new FieldValidationError({ [field]: `No runbook ${list}: it may have been renamed or removed` });
}
