/**
 * Copies prisma/models into each provider's schema folder, then generates both
 * Prisma clients. Runs on `npm install` (postinstall).
 *
 * Prisma's CLI would fetch a native schema engine it does not need for
 * `generate`; pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file stops
 * that download, which cannot work on an offline machine.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync, readFileSync, existsSync } from "node:fs";
import { PROVIDERS, composedModels, modelsCopyPath, schemaFolder } from "./schema-files";

const models = composedModels();
for (const provider of PROVIDERS) {
  const target = modelsCopyPath(provider);
  if (!existsSync(target) || readFileSync(target, "utf8") !== models) writeFileSync(target, models);
}

const env = {
  ...process.env,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false",
};
for (const provider of PROVIDERS) {
  execFileSync("npx", ["prisma", "generate", "--schema", schemaFolder(provider)], { stdio: "inherit", env });
}
