import { describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config/env";
import { adapterFactory } from "@/lib/db/migrations/schema-engine";

const database = getConfig().database;

describe(`schema engine adapter on ${database.kind}`, () => {
  it("runs a migration script whose comments and strings contain semicolons", async () => {
    const adapter = await adapterFactory(database).connect();
    try {
      await adapter.executeScript(`DROP TABLE IF EXISTS "SemicolonCheck";
-- A comment; with semicolons; in it
CREATE TABLE "SemicolonCheck" ("v" TEXT NOT NULL);
INSERT INTO "SemicolonCheck" ("v") VALUES ('a;b');`);
      const result = await adapter.queryRaw({ sql: `SELECT "v" FROM "SemicolonCheck"`, args: [], argTypes: [] });
      expect(result.rows).toEqual([["a;b"]]);
      await adapter.executeScript(`DROP TABLE "SemicolonCheck";`);
    } finally {
      await adapter.dispose();
    }
  });
});
