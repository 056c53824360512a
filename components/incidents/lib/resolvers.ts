import type { FieldValues, Resolver } from "react-hook-form";
import type { IncidentEventCreateInput } from "@/lib/incidents/incident-event-schemas";
import type { IncidentCreateInput, IncidentUpdateInput } from "@/lib/incidents/incident-schemas";
import type { IncidentFormValues } from "./form-values";

/**
 * The incident and note forms' resolvers, whose schemas load on first use.
 *
 * Zod builds every schema of a module when the module loads. Imported with the
 * page, zod (32 KB gzipped) and the schemas were evaluated during hydration, in
 * tasks React cannot split. A form asks for its schemas when it is first focused
 * (preloadFormSchemas); the first validation, on the first blur or submit,
 * waits for them if they are still on their way.
 */
const load = () => import("./schema-resolvers");
type SchemaResolvers = Awaited<ReturnType<typeof load>>;

export function preloadFormSchemas(): void {
  // A failed load is not an error yet: the validation that needs the schemas loads them again and reports it.
  load().catch(() => {});
}

function lazyResolver<Values extends FieldValues, Output>(pick: (r: SchemaResolvers) => Resolver<Values, unknown, Output>): Resolver<Values, unknown, Output> {
  return async (values, context, options) => pick(await load())(values, context, options);
}

export const createIncidentResolver: Resolver<IncidentFormValues, unknown, IncidentCreateInput> = lazyResolver((r) => r.createIncidentResolver);
export const anonymousCreateIncidentResolver: Resolver<IncidentFormValues, unknown, IncidentCreateInput> = lazyResolver((r) => r.anonymousCreateIncidentResolver);
export const updateIncidentResolver: Resolver<IncidentFormValues, unknown, IncidentUpdateInput> = lazyResolver((r) => r.updateIncidentResolver);
export const noteResolver: Resolver<IncidentEventCreateInput, unknown, IncidentEventCreateInput> = lazyResolver((r) => r.noteResolver);
export const anonymousNoteResolver: Resolver<IncidentEventCreateInput, unknown, IncidentEventCreateInput> = lazyResolver((r) => r.anonymousNoteResolver);
