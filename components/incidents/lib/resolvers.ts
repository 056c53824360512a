import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import { toast } from "sonner";
import type { IncidentEventCreateInput } from "@/lib/incidents/incident-event-schemas";
import type { IncidentCreateInput, IncidentUpdateInput } from "@/lib/incidents/incident-schemas";
import type { IncidentFormValues } from "./form-values";

/**
 * The incident and note forms' resolvers, whose schemas load on first use.
 *
 * Zod builds every schema of a module when the module loads. Imported with the
 * page, zod (31 KB gzipped) and the schemas were evaluated during hydration, in
 * tasks React cannot split. A form asks for its schemas when it is first focused
 * (preloadFormSchemas); the first validation, on the first blur or submit,
 * waits for them if they are still on their way.
 */
const load = () => import("./schema-resolvers");
type SchemaResolvers = Awaited<ReturnType<typeof load>>;

export function preloadFormSchemas(): void {
  // A failed preload is reported by the validation that needs the schemas (lazyResolver), if it fails too.
  load().catch(() => {});
}

export const SCHEMA_LOAD_FAILED = "The form's checks could not be loaded (offline, or Triage was updated). Copy what you wrote, then reload the page.";

/**
 * A resolver that loads the schemas first. If they cannot be loaded, the form is
 * not submitted: the error is the form's (`errors.root.schemas`), and a toast says so.
 */
export function lazyResolver<Values extends FieldValues, Output>(
  loadResolvers: () => Promise<SchemaResolvers>,
  pick: (r: SchemaResolvers) => Resolver<Values, unknown, Output>,
  onLoadFailed: (message: string) => void = (message) => toast.error(message, { id: "form-schemas" }),
): Resolver<Values, unknown, Output> {
  return async (values, context, options) => {
    let resolvers: SchemaResolvers;
    try {
      resolvers = await loadResolvers();
    } catch {
      onLoadFailed(SCHEMA_LOAD_FAILED);
      const errors: FieldErrors<Values> = {};
      errors.root = { schemas: { type: "load", message: SCHEMA_LOAD_FAILED } };
      return { values: {}, errors };
    }
    return pick(resolvers)(values, context, options);
  };
}

export const createIncidentResolver: Resolver<IncidentFormValues, unknown, IncidentCreateInput> = lazyResolver(load, (r) => r.createIncidentResolver);
export const anonymousCreateIncidentResolver: Resolver<IncidentFormValues, unknown, IncidentCreateInput> = lazyResolver(load, (r) => r.anonymousCreateIncidentResolver);
export const updateIncidentResolver: Resolver<IncidentFormValues, unknown, IncidentUpdateInput> = lazyResolver(load, (r) => r.updateIncidentResolver);
export const noteResolver: Resolver<IncidentEventCreateInput, unknown, IncidentEventCreateInput> = lazyResolver(load, (r) => r.noteResolver);
export const anonymousNoteResolver: Resolver<IncidentEventCreateInput, unknown, IncidentEventCreateInput> = lazyResolver(load, (r) => r.anonymousNoteResolver);
