import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROVIDERS, composedModels, modelsCopyPath } from "@/scripts/db/schema-files";

describe("provider schema folders", () => {
  it.each(PROVIDERS)("prisma/%s/models.prisma is the current copy of prisma/models (run npm run db:generate)", (provider) => {
    expect(readFileSync(modelsCopyPath(provider), "utf8")).toBe(composedModels());
  });
});
