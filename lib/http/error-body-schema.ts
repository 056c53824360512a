import { z } from "zod";
import { ERROR_CODES } from "./error-codes";

export const errorCodeSchema = z.enum(ERROR_CODES);

/** The error body every route and server action answers with. */
export const apiErrorBodySchema = z
  .object({
    error: z.object({
      code: errorCodeSchema,
      message: z.string().min(1),
      /** Field path (dotted, as react-hook-form names fields: "runbooks", "alerts.0.startsAt") → message. */
      fields: z.record(z.string(), z.string()),
    }),
  })
  .meta({ id: "Error", description: "Every non-2xx answer: a code from the closed set, a message naming what is wrong and where, and per-field messages." });

export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
