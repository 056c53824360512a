import "@/lib/zod-jitless";
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver, ResolverOptions, ResolverResult } from "react-hook-form";
import type { z } from "zod";
import { anonymousIncidentEventCreateSchema, incidentEventCreateSchema } from "@/lib/incidents/incident-event-schemas";
import { anonymousIncidentCreateSchema, incidentCreateSchema, incidentUpdateSchema, type IncidentCreateInput, type IncidentUpdateInput } from "@/lib/incidents/incident-schemas";
import { toCreateInput, toUpdateInput, type IncidentFormValues } from "./form-values";

/**
 * The forms' resolvers: the shared zod schemas. Loaded on first use through
 * resolvers.ts, never imported by a component (zod and the schemas would then
 * load and build with the page).
 *
 * The shared schemas, applied to the form's values after the datetime-local → ISO
 * conversion. Field names are the same on both sides, so errors land on the
 * inputs as they are. `raw` keeps the submitted values JSON-ready (strings, not Dates).
 */
function wrap<Input extends object>(
  schemaResolver: Resolver<Input, unknown, Input>,
  convert: (values: IncidentFormValues) => Input,
): Resolver<IncidentFormValues, unknown, Input> {
  return async (values, context, options) => {
    // react-hook-form types a resolver's options and errors by the form's field names; these are the
    // same names on both sides (see above), which its types cannot know: the two casts say so.
    const result = await schemaResolver(convert(values), context, options as unknown as ResolverOptions<Input>);
    return result as unknown as ResolverResult<IncidentFormValues, Input>;
  };
}

/** Anonymous visitors (sign-in off) must say who reports; a known viewer is the reporter. */
export const anonymousCreateIncidentResolver: Resolver<IncidentFormValues, unknown, IncidentCreateInput> = wrap<z.input<typeof anonymousIncidentCreateSchema>>(
  zodResolver(anonymousIncidentCreateSchema, undefined, { raw: true }),
  (v) => ({ ...toCreateInput(v, true), reporter: v.reporter }),
);
export const createIncidentResolver = wrap<IncidentCreateInput>(zodResolver(incidentCreateSchema, undefined, { raw: true }), (v) => toCreateInput(v, false));
export const updateIncidentResolver = wrap<IncidentUpdateInput>(zodResolver(incidentUpdateSchema, undefined, { raw: true }), toUpdateInput);

/** A timeline note; anonymous visitors (sign-in off) also give a name. */
const notes = (anonymous: boolean) => zodResolver(anonymous ? anonymousIncidentEventCreateSchema : incidentEventCreateSchema, undefined, { raw: true });
export const noteResolver = notes(false);
export const anonymousNoteResolver = notes(true);
