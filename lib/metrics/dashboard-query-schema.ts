import { z } from "zod";
import { DEFAULT_RANGE_DAYS, RANGE_DAYS, type RangeDays } from "./metric-range";

const RANGE_MESSAGE = `range must be one of ${RANGE_DAYS.join(", ")} (days)`;

/** The dashboard's URL parameters: `range`, one of 7, 30, 90, 365 days (default 90). */
export const dashboardQuerySchema = z.object({
  range: z
    .string({ error: RANGE_MESSAGE })
    .optional()
    .transform((text, ctx): RangeDays => {
      if (text === undefined || text === "") return DEFAULT_RANGE_DAYS;
      const days = RANGE_DAYS.find((d) => String(d) === text.trim());
      if (days) return days;
      ctx.addIssue({ code: "custom", message: RANGE_MESSAGE });
      return z.NEVER;
    }),
});

export type DashboardQuery = z.output<typeof dashboardQuerySchema>;
