import { describe, expect, it } from "vitest";
import { dashboardQuerySchema } from "./dashboard-query-schema";

describe("dashboardQuerySchema", () => {
  it.each([
    [{}, 90],
    [{ range: "" }, 90],
    [{ range: "7" }, 7],
    [{ range: "365" }, 365],
  ])("%o → %i days", (query, days) => {
    expect(dashboardQuerySchema.parse(query).range).toBe(days);
  });

  it.each([[{ range: "14" }], [{ range: "7d" }], [{ range: ["7", "30"] }]])("refuses %o, naming the parameter", (query) => {
    const result = dashboardQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["range"], message: "range must be one of 7, 30, 90, 365 (days)" });
  });
});
